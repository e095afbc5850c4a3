/**
 * One question of a result, in a vant popup: the person picks another answer and the result
 * changes in place. When the new answer brings a question the path did not ask before, it is
 * asked next in the same popup, one at a time (flow.ts).
 *
 * Properties: `lang`; `answers`, the result's answers; `question`, the id to edit ('' = closed).
 * Events: `done` { answers, dropped } with the finished answers (pruned) once nothing is left
 * to ask; `close` {} when closed without finishing (the result stays as it was).
 */
import { isLang, t, tt, type Lang } from '../../i18n/index';
import type { Answers } from '../../rules/types';
import { sendChanges } from '../../utils/patch';
import { beginEdit, choose, type Edit } from './flow';

interface QuestionView {
  id: string;
  multi: boolean;
  title: string;
  why: string;
  options: { id: string; label: string }[];
}

/** The edit in progress, per editor: kept off `data`, the view shows only the question. */
const edits = new WeakMap<object, Edit>();

function questionView(lang: Lang, edit: Edit): QuestionView {
  const q = edit.current;
  return {
    id: q.id,
    multi: q.multi,
    title: tt(lang, { key: q.titleKey }),
    why: tt(lang, { key: q.whyKey }),
    options: q.options.map((id) => ({ id, label: tt(lang, { key: `q.${q.id}.opt.${id}` }) })),
  };
}

function labels(lang: Lang) {
  return {
    done: t(lang, 'result.editDone'),
    added: t(lang, 'result.editNew'),
    close: t(lang, 'common.close'),
  };
}

Component({
  properties: {
    lang: { type: String, value: 'zh' },
    // type null: the page's answers object passes through as is.
    answers: { type: null, value: {} as Answers },
    question: { type: String, value: '' },
  },
  data: {
    show: false,
    q: null as QuestionView | null,
    selected: '',
    checked: [] as string[],
    added: false,
    txt: labels('zh'),
  },
  observers: {
    question(id: string) {
      const edit = id ? beginEdit(this.data.answers as Answers, id) : null;
      if (edit) edits.set(this, edit);
      else edits.delete(this);
      this.showEdit(edit);
    },
  },
  methods: {
    currentLang(): Lang {
      return isLang(this.data.lang) ? this.data.lang : 'zh';
    },
    showEdit(edit: Edit | null) {
      const lang = this.currentLang();
      if (!edit) {
        sendChanges(this, { show: false, q: null });
        return;
      }
      const value = edit.answers[edit.current.id];
      sendChanges(this, {
        show: true,
        q: questionView(lang, edit),
        selected: typeof value === 'string' ? value : '',
        checked: Array.isArray(value) ? value : [],
        added: edit.added,
        txt: labels(lang),
      });
    },
    apply(value: string | string[]) {
      const edit = edits.get(this);
      if (!edit) return;
      const next = choose(edit, value);
      if (next.kind === 'ask') {
        edits.set(this, next.edit);
        this.showEdit(next.edit);
        return;
      }
      edits.delete(this);
      sendChanges(this, { show: false });
      this.triggerEvent('done', { answers: next.answers, dropped: next.dropped });
    },
    onPick(event: TapEvent<{ option: string }>) {
      this.apply(event.currentTarget.dataset.option);
    },
    onToggle(event: TapEvent<{ option: string }>) {
      const option = event.currentTarget.dataset.option;
      const checked = this.data.checked.includes(option)
        ? this.data.checked.filter((o) => o !== option)
        : [...this.data.checked, option];
      sendChanges(this, { checked });
    },
    onDone() {
      this.apply(this.data.checked);
    },
    onClose() {
      edits.delete(this);
      sendChanges(this, { show: false });
      this.triggerEvent('close', {});
    },
  },
});
