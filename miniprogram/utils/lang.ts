/** The UI language: the person's saved choice, else the phone's language. */
import type { Lang } from '../i18n/index';
import { loadLangSetting, saveLangSetting } from './storage';
import { systemLang } from './system';

export function currentLang(): Lang {
  return loadLangSetting() ?? systemLang();
}

/** Persists the choice; pages re-read it on their next onShow. */
export function setLang(lang: Lang): void {
  saveLangSetting(lang);
}
