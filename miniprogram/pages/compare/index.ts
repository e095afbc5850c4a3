/**
 * The comparison for people who would rather read than answer: the Official Account types
 * side by side and WeCom with its own rows, for a local or an overseas entity; one source mark
 * per cell opens its facts in the shared fact popup. Below, the account-name checker.
 */
import { t, type Lang } from '../../i18n/index';
import { COMPARE_REGIONS, type CompareRegion } from '../../rules/compare';
import { REVIEWED } from '../../rules/version';
import { PAGES } from '../../share/pages';
import { currentLang } from '../../utils/lang';
import { openPage, setTitle } from '../../utils/nav';
import { sendChanges } from '../../utils/patch';
import { strings } from '../../utils/text';
import { cellFacts, compareTables, type SectionView } from './view';

export interface CompareData {
  txt: Record<string, string>;
  /** For the components that word themselves (fact popup, name checker). */
  lang: Lang;
  region: CompareRegion;
  regions: { id: CompareRegion; label: string }[];
  tables: Record<CompareRegion, SectionView[]>;
  reviewed: string;
  /** The facts the popup shows; empty while it is closed. */
  factIds: string[];
}

Page({
  data: {
    txt: {},
    lang: 'zh',
    region: 'local',
    regions: [],
    tables: { local: [], overseas: [] },
    reviewed: '',
    factIds: [],
  } as CompareData,

  onLoad() {
    this.render(currentLang());
  },

  onShow() {
    const lang = currentLang();
    if (this.data.txt.nav && lang !== this.data.lang) this.render(lang);
  },

  render(lang: Lang) {
    setTitle(t(lang, 'compare.nav'));
    sendChanges(this, {
      txt: strings(lang, 'compare.'),
      lang,
      regions: COMPARE_REGIONS.map((id) => ({ id, label: t(lang, `compare.${id}`) })),
      tables: compareTables(lang),
      reviewed: t(lang, 'knowledge.reviewed', { date: REVIEWED }),
    });
  },

  onRegion(event: TapEvent<{ region: string }>) {
    const region = event.currentTarget.dataset.region;
    if (region !== 'local' && region !== 'overseas') return;
    sendChanges(this, { region });
  },

  /** A cell's source mark: its facts in the popup. */
  onSource(event: TapEvent<{ row: string; type: string }>) {
    const { row, type } = event.currentTarget.dataset;
    const factIds = cellFacts(this.data.region, row, type);
    if (factIds.length) sendChanges(this, { factIds });
  },

  /** A naming rule's source mark, from the name checker. */
  onNameFact(event: WechatMiniprogram.CustomEvent<{ id: string }>) {
    sendChanges(this, { factIds: [event.detail.id] });
  },

  onCloseFact() {
    sendChanges(this, { factIds: [] });
  },

  onStart() {
    openPage('quiz');
  },

  onShareAppMessage() {
    return { title: t(this.data.lang, 'compare.nav'), path: PAGES.compare };
  },
});
