/** The UI language: the person's saved choice, else the phone's language. */
import { loadLangSetting, saveLangSetting } from './storage';
import { systemLang, type Lang } from './system';

export function currentLang(): Lang {
  return loadLangSetting() ?? systemLang();
}

/** Persists the choice and mirrors it into the app's globalData for code that reads it there. */
export function setLang(lang: Lang): void {
  saveLangSetting(lang);
  try {
    const app = getApp<IAppOption>();
    if (app && app.globalData) app.globalData.lang = lang;
  } catch {
    // getApp is unavailable before App() runs; storage already holds the choice.
  }
}
