/**
 * The comparison table for people who would rather read than answer: features down the side,
 * subscription / service / WeCom across, local or overseas entity chosen above. Every cell
 * names its fact ids; tapping one shows the fact, its confidence and sources.
 */
import { factView, type FactView } from '../../i18n/fact-view';
import { t, tt, type Lang } from '../../i18n/index';
import { COMPARE_REGIONS, COMPARE_ROWS, COMPARE_TYPES, type CompareRegion } from '../../rules/compare';
import { REVIEWED } from '../../rules/version';
import { PAGES } from '../../share/pages';
import { currentLang } from '../../utils/lang';
import { openPage, setTitle } from '../../utils/nav';
import { changedKeys } from '../../utils/patch';
import { strings } from '../../utils/text';

interface CellView {
  type: string;
  value: string;
  valueLabel: string;
  text: string;
  facts: string[];
}

interface RowView {
  id: string;
  label: string;
  cells: CellView[];
}

export interface CompareData {
  txt: Record<string, string>;
  region: CompareRegion;
  regions: { id: CompareRegion; label: string }[];
  columns: { type: string; label: string }[];
  tables: Record<CompareRegion, RowView[]>;
  reviewed: string;
  fact: FactView | null;
}

/** Both regions at once, built when the page opens, so switching only sends `region`. */
function tables(lang: Lang): Record<CompareRegion, RowView[]> {
  const out = {} as Record<CompareRegion, RowView[]>;
  for (const region of COMPARE_REGIONS) {
    out[region] = COMPARE_ROWS.map((row) => ({
      id: row.id,
      label: tt(lang, row.label),
      cells: COMPARE_TYPES.map((type) => {
        const cell = row.cells[type][region];
        return {
          type,
          value: cell.value,
          valueLabel: t(lang, `result.feature.${cell.value}`),
          text: tt(lang, cell.text),
          facts: cell.facts,
        };
      }),
    }));
  }
  return out;
}

Page({
  data: {
    txt: {},
    region: 'local',
    regions: [],
    columns: [],
    tables: { local: [], overseas: [] },
    reviewed: '',
    fact: null,
  } as CompareData,

  /** Kept off `data`: the WXML never shows it, and WeChat counts unread data as redundant setData. */
  lang: 'zh' as Lang,

  onLoad() {
    this.render(currentLang());
  },

  onShow() {
    const lang = currentLang();
    if (this.data.txt.nav && lang !== this.lang) this.render(lang);
  },

  render(lang: Lang) {
    setTitle(t(lang, 'compare.nav'));
    this.lang = lang;
    this.setData(
      changedKeys(this.data, {
        txt: { ...strings(lang, 'common.', 'compare.'), conflictAdvice: t(lang, 'result.conflictAdvice') },
        regions: COMPARE_REGIONS.map((id) => ({ id, label: t(lang, `compare.${id}`) })),
        columns: COMPARE_TYPES.map((type) => ({ type, label: t(lang, `compare.type.${type}`) })),
        tables: tables(lang),
        reviewed: t(lang, 'knowledge.reviewed', { date: REVIEWED }),
        fact: this.data.fact ? factView(lang, this.data.fact.id) : null,
      }),
    );
  },

  onRegion(event: TapEvent<{ region: string }>) {
    const region = event.currentTarget.dataset.region;
    if (region !== 'local' && region !== 'overseas') return;
    if (region !== this.data.region) this.setData(changedKeys(this.data, { region }));
  },

  onFact(event: TapEvent<{ id: string }>) {
    this.setData(changedKeys(this.data, { fact: factView(this.lang, event.currentTarget.dataset.id) }));
  },

  onCloseFact() {
    this.setData(changedKeys(this.data, { fact: null }));
  },

  onStart() {
    openPage('quiz');
  },

  onShareAppMessage() {
    return { title: t(this.lang, 'compare.nav'), path: PAGES.compare };
  },
});
