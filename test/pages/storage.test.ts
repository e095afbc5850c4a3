/** utils/storage: versioned envelopes and how unreadable data is classified (answers are utils/progress's job). */
import { loadProgress, loadTicks, saveProgress, saveTicks } from '../../miniprogram/utils/storage';
import { resetPhone, storage } from '../helpers/flow';

describe('storage wrapper', () => {
  beforeEach(resetPhone);

  it('round-trips progress and reports nothing saved as none', () => {
    expect(loadProgress()).toEqual({ state: 'none' });
    saveProgress({ answers: { entity: 'company', goals: ['publish'] }, at: 'goals' });
    expect(loadProgress()).toEqual({
      state: 'ok',
      value: { answers: { entity: 'company', goals: ['publish'] }, at: 'goals' },
    });
  });

  it.each([
    ['a string', 'garbage', 'garbage'],
    ['a number', 42, 'garbage'],
    ['an array', [1, 2], 'garbage'],
    ['no envelope', { answers: {}, at: null }, 'missing_keys'],
    ['another format number', { f: 0, d: {} }, 'old_format'],
    ['no answers', { f: 1, d: { at: null } }, 'missing_keys'],
    ['answers that are not an object', { f: 1, d: { answers: ['company'], at: null } }, 'missing_keys'],
    ['a position that is not a string', { f: 1, d: { answers: {}, at: 7 } }, 'garbage'],
  ])('classifies %s as unreadable (%s)', (_label, value, reason) => {
    storage().set('oan.progress.v1', value);
    expect(loadProgress()).toEqual({ state: 'unreadable', reason });
  });

  it('keeps checklist ticks per result', () => {
    saveTicks('service/overseas_licence', ['application_letter']);
    saveTicks('service/china_entity', ['china_licence']);
    expect(loadTicks('service/overseas_licence')).toEqual(['application_letter']);
    expect(loadTicks('service/china_entity')).toEqual(['china_licence']);
    storage().set('oan.checklist.v1', 'garbage');
    expect(loadTicks('service/overseas_licence')).toEqual([]);
  });

  it('survives a storage that throws (quota full, private mode)', () => {
    const spy = jest.spyOn(wx, 'setStorageSync').mockImplementation(() => {
      throw new Error('setStorageSync:fail exceed storage max size');
    });
    expect(saveProgress({ answers: {}, at: null })).toBe(false);
    spy.mockRestore();
  });
});
