/** Thin wrappers over wx system information, so pages and tests share one code path. */
import type { Lang } from '../i18n/index';

/** The phone's WeChat language mapped to the two languages we ship; Chinese variants read zh. */
export function systemLang(): Lang {
  try {
    const info = wx.getAppBaseInfo();
    return /^zh/i.test(info.language || '') ? 'zh' : 'en';
  } catch {
    return 'zh';
  }
}

/** How the mini program was entered (1154 = a Moments share opened in single-page mode). */
export function enterScene(): number | undefined {
  try {
    return wx.getEnterOptionsSync().scene;
  } catch {
    return undefined;
  }
}
