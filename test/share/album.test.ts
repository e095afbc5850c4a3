/**
 * Saving to the album with WeChat's permission steps played by a scripted fake wx: each path
 * must end in the right typed result and a message the person can act on.
 */
import { albumMessage, saveImageToAlbum, type AlbumResult } from '../../miniprogram/utils/album';
import type { Lang } from '../../miniprogram/i18n/index';

interface Script {
  canIUse?: Record<string, boolean>;
  privacy?: 'agree' | 'refuse';
  /** scope.writePhotosAlbum before we ask: granted, refused earlier, or never asked. */
  setting?: boolean;
  authorize?: 'grant' | 'refuse' | 'privacy';
  modalConfirm?: boolean;
  settingsGrant?: boolean;
  save?: Array<'ok' | 'cancel' | 'auth' | 'privacy' | 'disk'>;
}

type Callbacks = { success?: (res: unknown) => void; fail?: (err: unknown) => void };

function fakeWx(script: Script) {
  const calls: string[] = [];
  const saves = [...(script.save ?? ['ok'])];
  const modals: Array<{ title?: string; content?: string; confirmText?: string }> = [];
  const wxFake = {
    canIUse: (api: string) => script.canIUse?.[api] ?? true,
    requirePrivacyAuthorize: (o: Callbacks) => {
      calls.push('requirePrivacyAuthorize');
      if (script.privacy === 'refuse')
        o.fail?.({ errMsg: 'requirePrivacyAuthorize:fail privacy permission is not authorized', errno: 104 });
      else o.success?.({ errMsg: 'requirePrivacyAuthorize:ok' });
    },
    getSetting: (o: Callbacks) => {
      calls.push('getSetting');
      const authSetting: Record<string, boolean> = {};
      if (script.setting !== undefined) authSetting['scope.writePhotosAlbum'] = script.setting;
      o.success?.({ authSetting });
    },
    authorize: (o: Callbacks & { scope: string }) => {
      calls.push(`authorize ${o.scope}`);
      if (script.authorize === 'refuse') o.fail?.({ errMsg: 'authorize:fail auth deny' });
      else if (script.authorize === 'privacy')
        o.fail?.({ errMsg: 'authorize:fail privacy permission is not authorized', errno: 104 });
      else o.success?.({ errMsg: 'authorize:ok' });
    },
    showModal: (o: Callbacks & { title?: string; content?: string; confirmText?: string }) => {
      calls.push('showModal');
      modals.push(o);
      o.success?.({ confirm: script.modalConfirm === true, cancel: script.modalConfirm !== true });
    },
    openSetting: (o: Callbacks) => {
      calls.push('openSetting');
      o.success?.({ authSetting: { 'scope.writePhotosAlbum': script.settingsGrant === true } });
    },
    saveImageToPhotosAlbum: (o: Callbacks & { filePath: string }) => {
      calls.push(`save ${o.filePath}`);
      const outcome = saves.shift() ?? 'ok';
      if (outcome === 'ok') o.success?.({ errMsg: 'saveImageToPhotosAlbum:ok' });
      else if (outcome === 'cancel') o.fail?.({ errMsg: 'saveImageToPhotosAlbum:fail cancel' });
      else if (outcome === 'auth') o.fail?.({ errMsg: 'saveImageToPhotosAlbum:fail auth deny' });
      else if (outcome === 'privacy')
        o.fail?.({ errMsg: 'saveImageToPhotosAlbum:fail privacy permission is not authorized', errno: 104 });
      else o.fail?.({ errMsg: 'saveImageToPhotosAlbum:fail no space left on device' });
    },
  };
  return { wxFake, calls, modals };
}

const realWx = (globalThis as { wx?: unknown }).wx;
afterEach(() => {
  (globalThis as { wx?: unknown }).wx = realWx;
});

async function run(script: Script, lang: Lang = 'en') {
  const fake = fakeWx(script);
  (globalThis as { wx?: unknown }).wx = fake.wxFake;
  const result = await saveImageToAlbum('wxfile://tmp/poster.png', lang);
  return { result, ...fake };
}

describe('saving the poster to the album', () => {
  it('asks once, then saves, when permission was never asked', async () => {
    const { result, calls } = await run({ authorize: 'grant' });
    expect(result).toEqual({ ok: true });
    expect(calls).toEqual([
      'requirePrivacyAuthorize',
      'getSetting',
      'authorize scope.writePhotosAlbum',
      'save wxfile://tmp/poster.png',
    ]);
    expect(albumMessage(result, 'en')).toBe('Image saved to your album');
    expect(albumMessage(result, 'zh')).toBe('图片已保存到相册');
  });

  it('saves straight away when permission is already granted', async () => {
    const { result, calls } = await run({ setting: true });
    expect(result).toEqual({ ok: true });
    expect(calls).not.toContain('authorize scope.writePhotosAlbum');
  });

  it('after a refusal, explains and opens settings; granting there saves', async () => {
    const { result, calls, modals } = await run({
      authorize: 'refuse',
      modalConfirm: true,
      settingsGrant: true,
    });
    expect(result).toEqual({ ok: true });
    expect(calls).toEqual([
      'requirePrivacyAuthorize',
      'getSetting',
      'authorize scope.writePhotosAlbum',
      'showModal',
      'openSetting',
      'save wxfile://tmp/poster.png',
    ]);
    expect(modals[0]).toMatchObject({ title: 'Allow saving to your album', confirmText: 'Open Settings' });
    expect(modals[0]?.content).toMatch(/Settings/);
  });

  it('a refusal earlier goes straight to the explanation (WeChat will not ask again)', async () => {
    const { result, calls } = await run({ setting: false, modalConfirm: false }, 'zh');
    expect(result).toEqual({ ok: false, reason: 'denied' });
    expect(calls).toEqual(['requirePrivacyAuthorize', 'getSetting', 'showModal']);
    expect(albumMessage(result, 'zh')).toMatch(/没有相册权限/);
  });

  it('still denied after visiting settings: a denied result, not silence', async () => {
    const { result, calls } = await run({ setting: false, modalConfirm: true, settingsGrant: false });
    expect(result).toEqual({ ok: false, reason: 'denied' });
    expect(calls).toContain('openSetting');
    expect(calls.some((c) => c.startsWith('save'))).toBe(false);
    expect(albumMessage(result, 'en')).toMatch(/No permission/);
  });

  it('privacy notice refused: nothing else is asked', async () => {
    const { result, calls } = await run({ privacy: 'refuse' });
    expect(result.ok).toBe(false);
    expect(result).toMatchObject({ reason: 'privacy_denied' });
    expect(calls).toEqual(['requirePrivacyAuthorize']);
    expect(albumMessage(result, 'en')).toBe(
      'You did not accept the privacy notice, so the image was not saved.',
    );
  });

  it('privacy refused inside authorize (WeChat without requirePrivacyAuthorize)', async () => {
    const { result, calls } = await run({
      canIUse: { requirePrivacyAuthorize: false },
      authorize: 'privacy',
    });
    expect(result).toMatchObject({ ok: false, reason: 'privacy_denied' });
    expect(calls[0]).toBe('getSetting');
  });

  it('a failing save reports why', async () => {
    const { result } = await run({ setting: true, save: ['disk'] });
    expect(result).toEqual({
      ok: false,
      reason: 'failed',
      errMsg: 'saveImageToPhotosAlbum:fail no space left on device',
    });
    expect(albumMessage(result, 'en')).toBe(
      'Could not save the image: saveImageToPhotosAlbum:fail no space left on device',
    );
  });

  it('a cancelled save says it was cancelled', async () => {
    const { result } = await run({ setting: true, save: ['cancel'] });
    expect(result).toMatchObject({ ok: false, reason: 'cancelled' });
    expect(albumMessage(result, 'zh')).toBe('已取消保存。');
  });

  it('permission withdrawn between check and save: offers settings once, then saves', async () => {
    const { result, calls } = await run({
      setting: true,
      save: ['auth', 'ok'],
      modalConfirm: true,
      settingsGrant: true,
    });
    expect(result).toEqual({ ok: true });
    expect(calls.filter((c) => c.startsWith('save'))).toHaveLength(2);
  });

  it('an old WeChat without the save API is told to update', async () => {
    const { result, calls } = await run({ canIUse: { saveImageToPhotosAlbum: false } });
    expect(result).toEqual({ ok: false, reason: 'unsupported' });
    expect(calls).toEqual([]);
    expect(albumMessage(result, 'en')).toMatch(/update WeChat/);
  });

  it('every failure reason has its own message in both languages', () => {
    const reasons: AlbumResult[] = [
      { ok: false, reason: 'privacy_denied' },
      { ok: false, reason: 'denied' },
      { ok: false, reason: 'cancelled' },
      { ok: false, reason: 'unsupported' },
      { ok: false, reason: 'failed', errMsg: 'x' },
    ];
    for (const lang of ['zh', 'en'] as const) {
      const messages = reasons.map((r) => albumMessage(r, lang));
      expect(new Set(messages).size).toBe(reasons.length);
      for (const m of messages) expect(m).not.toMatch(/^share\./);
    }
  });
});
