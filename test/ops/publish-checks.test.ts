/** @jest-environment node */
/** The refusals `npm run upload` makes before sending anything, as pure functions (scripts/publish-checks.mjs). */
import { callExport } from './ops';

const checks = (fn: string, calls: unknown[][]) =>
  callExport<string | null | string[]>('publish-checks.mjs', fn, calls);

interface Q {
  id: string;
  multi: boolean;
  options: string[];
}
const V1: Q[] = [
  { id: 'entity', multi: false, options: ['individual', 'company'] },
  { id: 'goals', multi: true, options: ['publish', 'sell'] },
];
const V2: Q[] = [...V1, { id: 'budget', multi: false, options: ['low', 'high'] }];

describe('AppID, key and work tree', () => {
  it('refuses a missing or blank AppID and the tourist id, and takes any other', () => {
    const [missing, blank, tourist, real] = checks('appIdProblem', [
      [''],
      ['  '],
      ['touristappid'],
      ['wx0123456789abcdef'],
    ]);
    expect(missing).toMatch(/^MP_APPID is not set/);
    expect(blank).toBe(missing);
    expect(tourist).toBe(
      'MP_APPID is the tourist id "touristappid": WeChat takes uploads only under the mini program\'s own AppID',
    );
    expect(real).toBeNull();
  });

  it('names the key problem: unset, missing, a folder, unreadable, empty; none for a readable file', () => {
    const results = checks('keyProblem', [
      ['', null],
      ['/k/private.key', 'missing'],
      ['/k', 'folder'],
      ['/k/private.key', 'unreadable'],
      ['/k/private.key', 'empty'],
      ['/k/private.key', 'ok'],
    ]);
    expect(results.map((r) => (typeof r === 'string' ? r.split(/[,:(]/)[0] : r))).toEqual([
      'MP_PRIVATE_KEY_PATH is not set',
      'MP_PRIVATE_KEY_PATH names /k/private.key',
      'MP_PRIVATE_KEY_PATH names /k',
      'MP_PRIVATE_KEY_PATH names /k/private.key',
      'MP_PRIVATE_KEY_PATH names /k/private.key',
      null,
    ]);
    expect(results[1]).toContain('does not exist');
    expect(results[2]).toContain('is a folder');
    expect(results[3]).toContain('cannot read');
    expect(results[4]).toContain('is empty');
  });

  it('passes a clean tree and lists at most ten changes of a dirty one', () => {
    const twelve = Array.from({ length: 12 }, (_, i) => ` M file${i}.ts`).join('\n');
    const [clean, one, many] = checks('dirtyTreeProblem', [[''], ['?? notes.txt\n'], [twelve]]);
    expect(clean).toBeNull();
    expect(one).toBe(
      'the work tree has 1 uncommitted change; commit or remove them so the upload is exactly a commit:\n  ?? notes.txt',
    );
    const lines = String(many).split('\n');
    expect(lines[0]).toContain('has 12 uncommitted changes');
    expect(lines.slice(1)).toEqual([
      ...Array.from({ length: 10 }, (_, i) => `   M file${i}.ts`),
      '  … and 2 more',
    ]);
  });
});

describe('share-link layouts', () => {
  const problems = (input: object) => checks('shareLayoutProblems', [[input]])[0] as string[];

  it('passes when every version up to the current one has its layout and the current one is today', () => {
    expect(problems({ rulesVersion: '1', layouts: { '1': { layout: V1 } }, current: V1 })).toEqual([]);
    expect(
      problems({ rulesVersion: '2', layouts: { '1': { layout: V1 }, '2': { layout: V2 } }, current: V2 }),
    ).toEqual([]);
  });

  it('compares layouts by what a link encodes, not by key order', () => {
    const reordered = V1.map((q) => ({ options: q.options, multi: q.multi, id: q.id }));
    expect(problems({ rulesVersion: '1', layouts: { '1': { layout: reordered } }, current: V1 })).toEqual([]);
  });

  it('refuses a version bump without a new layout entry', () => {
    const found = problems({ rulesVersion: '2', layouts: { '1': { layout: V1 } }, current: V2 });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(
      /^RULES_VERSION is 2 but LEGACY_LAYOUTS in miniprogram\/share\/layouts\.ts has no entry for it/,
    );
  });

  it('refuses changed questions under an unchanged version', () => {
    const found = problems({ rulesVersion: '1', layouts: { '1': { layout: V1 } }, current: V2 });
    expect(found).toEqual([
      expect.stringMatching(
        /^the questions differ from the frozen layout of rules version 1: bump RULES_VERSION/,
      ),
    ]);
  });

  it('refuses a deleted earlier entry and an entry newer than the current version', () => {
    expect(
      problems({ rulesVersion: '3', layouts: { '1': { layout: V1 }, '3': { layout: V2 } }, current: V2 }),
    ).toEqual([expect.stringMatching(/^LEGACY_LAYOUTS has no entry for rules version 2/)]);
    expect(
      problems({ rulesVersion: '1', layouts: { '1': { layout: V1 }, '2': { layout: V2 } }, current: V1 }),
    ).toEqual([
      expect.stringMatching(/^LEGACY_LAYOUTS has an entry for version 2, newer than RULES_VERSION 1/),
    ]);
  });
});
