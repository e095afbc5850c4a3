/**
 * utils/progress: saved answers are checked once, against today's questions, and anything
 * unusable is cleared and reported; a save the phone refuses is reported once, not per tap.
 */
import { restoreProgress, storeProgress } from '../../miniprogram/utils/progress';
import { t } from '../../miniprogram/i18n/index';
import { resetPhone, storage } from '../helpers/flow';

const KEY = 'oan.progress.v1';

/** Storage as WeChat hands it back: parsed JSON, so `__proto__` can be an own key. */
function saveRaw(json: string): void {
  storage().set(KEY, JSON.parse(json));
}

describe('restoring saved progress', () => {
  beforeEach(resetPhone);

  it.each([
    ['an answer of the wrong shape', '{"f":1,"d":{"answers":{"entity":3},"at":null}}'],
    ['a list for a single-choice question', '{"f":1,"d":{"answers":{"entity":["company"]},"at":null}}'],
    [
      'an own __proto__ key',
      '{"f":1,"d":{"answers":{"__proto__":["x"],"entity":"company"},"at":"location"}}',
    ],
    ['a position that is no question', '{"f":1,"d":{"answers":{"entity":"company"},"at":"nowhere"}}'],
  ])('reports %s as failed and clears it', (_label, json) => {
    saveRaw(json);
    const restored = restoreProgress();
    expect(restored).toEqual({ answers: {}, complete: false, state: 'failed' });
    expect(Object.getPrototypeOf(restored.answers)).toBe(Object.prototype);
    expect(storage().has(KEY)).toBe(false);
  });

  it('keeps other saved settings when progress is cleared', () => {
    storage().set('oan.lang.v1', { f: 1, d: 'en' });
    saveRaw('{"f":1,"d":{"answers":{"__proto__":{"entity":"company"}},"at":null}}');
    expect(restoreProgress().state).toBe('failed');
    expect(storage().get('oan.lang.v1')).toEqual({ f: 1, d: 'en' });
  });

  it('calls a finished questionnaire complete only when something was answered', () => {
    saveRaw('{"f":1,"d":{"answers":{},"at":null}}');
    expect(restoreProgress()).toEqual({ answers: {}, complete: false, state: 'restored' });
    saveRaw('{"f":1,"d":{"answers":{"entity":"company"},"at":null}}');
    expect(restoreProgress()).toMatchObject({ answers: { entity: 'company' }, complete: true });
  });
});

describe('saving progress', () => {
  beforeEach(resetPhone);

  it('says once that progress could not be saved, and again after a save worked in between', () => {
    const toasts: string[] = [];
    const g = globalThis as unknown as { wx: Record<string, unknown> };
    const restoreToast = g.wx.showToast;
    g.wx.showToast = (o: { title: string }) => toasts.push(o.title);
    const full = jest.spyOn(wx, 'setStorageSync').mockImplementation(() => {
      throw new Error('setStorageSync:fail exceed storage max size');
    });
    try {
      expect(storeProgress({ entity: 'company' }, 'location', 'en')).toBe(false);
      expect(storeProgress({ entity: 'company', location: 'overseas' }, 'china_entity', 'en')).toBe(false);
      expect(toasts).toEqual([t('en', 'common.saveFailed')]);
      full.mockRestore();
      expect(storeProgress({ entity: 'company' }, 'location', 'zh')).toBe(true);
      jest.spyOn(wx, 'setStorageSync').mockImplementation(() => {
        throw new Error('setStorageSync:fail exceed storage max size');
      });
      expect(storeProgress({ entity: 'company' }, 'location', 'zh')).toBe(false);
      expect(toasts).toEqual([t('en', 'common.saveFailed'), t('zh', 'common.saveFailed')]);
    } finally {
      jest.restoreAllMocks();
      g.wx.showToast = restoreToast;
    }
  });
});
