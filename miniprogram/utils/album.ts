/**
 * Saving an image to the phone's album, with every permission step WeChat may put in the way.
 * Each outcome is a typed result the UI turns into a message (albumMessage): none is silent.
 */
import { t, type Lang } from '../i18n/index';
import { errText, isPrivacyError } from './wx-error';

const SCOPE = 'scope.writePhotosAlbum';

export type AlbumFailure =
  /** The user did not accept the privacy notice. */
  | 'privacy_denied'
  /** Album permission refused, and not granted in the settings page either. */
  | 'denied'
  /** The user backed out of the system save. */
  | 'cancelled'
  /** This WeChat cannot save images (too old, or a mode that forbids it). */
  | 'unsupported'
  /** The save itself failed (storage full, bad file...). */
  | 'failed';

export type AlbumResult = { ok: true } | { ok: false; reason: AlbumFailure; errMsg?: string };

function isAuthError(err: unknown): boolean {
  return /auth|deny|denied|permission/i.test(errText(err));
}

function can(api: string): boolean {
  try {
    return typeof wx.canIUse === 'function' && wx.canIUse(api);
  } catch {
    return false;
  }
}

function requirePrivacy(): Promise<{ ok: true } | { ok: false; errMsg: string }> {
  if (!can('requirePrivacyAuthorize')) return Promise.resolve({ ok: true });
  return new Promise((resolve) => {
    wx.requirePrivacyAuthorize({
      success: () => resolve({ ok: true }),
      fail: (err) => resolve({ ok: false, errMsg: errText(err) }),
    });
  });
}

function albumSetting(): Promise<boolean | undefined> {
  return new Promise((resolve) => {
    wx.getSetting({
      success: (res) => resolve(res.authSetting[SCOPE]),
      // Unknown: let wx.authorize ask, which reports its own failure.
      fail: () => resolve(undefined),
    });
  });
}

function authorize(): Promise<{ ok: true } | { ok: false; err: unknown }> {
  return new Promise((resolve) => {
    wx.authorize({
      scope: SCOPE,
      success: () => resolve({ ok: true }),
      fail: (err) => resolve({ ok: false, err }),
    });
  });
}

/** Explains the refusal and offers the settings page; true when the permission is on afterwards. */
function askViaSettings(lang: Lang): Promise<boolean> {
  return new Promise((resolve) => {
    wx.showModal({
      title: t(lang, 'share.album.modal_title'),
      content: t(lang, 'share.album.modal_body'),
      confirmText: t(lang, 'share.album.open_settings'),
      cancelText: t(lang, 'share.album.cancel'),
      success: (res) => {
        if (!res.confirm) {
          resolve(false);
          return;
        }
        wx.openSetting({
          success: (settings) => resolve(settings.authSetting[SCOPE] === true),
          fail: () => resolve(false),
        });
      },
      fail: () => resolve(false),
    });
  });
}

function save(filePath: string): Promise<AlbumResult | { ok: false; reason: 'auth'; errMsg: string }> {
  return new Promise((resolve) => {
    wx.saveImageToPhotosAlbum({
      filePath,
      success: () => resolve({ ok: true }),
      fail: (err) => {
        const errMsg = errText(err);
        if (isPrivacyError(err)) resolve({ ok: false, reason: 'privacy_denied', errMsg });
        else if (/cancel/i.test(errMsg)) resolve({ ok: false, reason: 'cancelled', errMsg });
        else if (isAuthError(err)) resolve({ ok: false, reason: 'auth', errMsg });
        else resolve({ ok: false, reason: 'failed', errMsg });
      },
    });
  });
}

/**
 * Saves filePath to the album: privacy notice (where this WeChat has one), then
 * scope.writePhotosAlbum (asking once, or through the settings page after a refusal), then the save.
 */
export async function saveImageToAlbum(filePath: string, lang: Lang): Promise<AlbumResult> {
  if (!can('saveImageToPhotosAlbum')) return { ok: false, reason: 'unsupported' };

  const privacy = await requirePrivacy();
  if (!privacy.ok) return { ok: false, reason: 'privacy_denied', errMsg: privacy.errMsg };

  const setting = await albumSetting();
  if (setting === false) {
    // Refused before: WeChat will not ask again, only the settings page can change it.
    if (!(await askViaSettings(lang))) return { ok: false, reason: 'denied' };
  } else if (setting === undefined) {
    const asked = await authorize();
    if (!asked.ok) {
      if (isPrivacyError(asked.err))
        return { ok: false, reason: 'privacy_denied', errMsg: errText(asked.err) };
      if (!(await askViaSettings(lang))) return { ok: false, reason: 'denied', errMsg: errText(asked.err) };
    }
  }

  const saved = await save(filePath);
  if (saved.ok || saved.reason !== 'auth') return saved;
  // The permission was withdrawn between the check and the save: offer the settings page once.
  if (!(await askViaSettings(lang))) return { ok: false, reason: 'denied', errMsg: saved.errMsg };
  const again = await save(filePath);
  return again.ok || again.reason !== 'auth' ? again : { ok: false, reason: 'denied', errMsg: again.errMsg };
}

/** The message the UI shows for a result, in lang. */
export function albumMessage(result: AlbumResult, lang: Lang): string {
  if (result.ok) return t(lang, 'share.saved');
  if (result.reason === 'failed') {
    return t(lang, 'share.album.failed', { detail: result.errMsg ?? '' });
  }
  return t(lang, `share.album.${result.reason}`);
}
