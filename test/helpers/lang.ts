/** Sets the saved UI language as the language switch would, before a page opens. */
import type { Lang } from '../../miniprogram/i18n/index';
import { storage } from './flow';

export function useLang(lang: Lang): void {
  storage().set('oan.lang.v1', { f: 1, d: lang });
}
