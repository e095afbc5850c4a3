/** Sets the saved UI language as the language switch would, before a page opens. */
import { storage } from './flow';

export function useLang(lang: 'zh' | 'en'): void {
  storage().set('oan.lang.v1', { f: 1, d: lang });
}
