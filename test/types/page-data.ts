/**
 * Compile-time checks: `npm run typecheck` compiles this file (tsconfig.test.json takes test/**)
 * and jest never runs it. Each `@ts-expect-error` fails the type check the day the line under
 * it compiles, so a misspelt data key, update key or message key stays a compile error.
 *
 * WeChat's own `setData` accepts any key (its typings allow path keys such as `ticks.<id>`), so
 * pages write whole keys through `sendChanges`, which takes only the page's own keys and types.
 */
import { t } from '../../miniprogram/i18n/index';
import type { QuizData } from '../../miniprogram/pages/quiz/index';
import { sendChanges } from '../../miniprogram/utils/patch';

/** A page written as ours are; never called, only compiled. */
export function quizLikePage(data: QuizData): void {
  Page({
    data,
    onTap() {
      const shown: string = this.data.notice;
      // @ts-expect-error a misspelt data key does not exist on the page's data
      const misspelt: string = this.data.notcie;
      sendChanges(this, { selected: 'company', notice: shown + misspelt });
      // @ts-expect-error a misspelt key in an update
      sendChanges(this, { selectd: 'company' });
      // @ts-expect-error a value of the wrong type in an update
      sendChanges(this, { selected: 1 });
    },
  });
}

export function messages(): string[] {
  return [
    t('zh', 'quiz.next'),
    t('en', 'quiz.progress', { step: 1, total: 5 }),
    // @ts-expect-error a misspelt message key
    t('zh', 'quiz.nxet'),
  ];
}
