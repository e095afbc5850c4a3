/** @jest-environment node */
/** `npm run scenarios` (scripts/scenarios.mjs) on folders of scenario files, by its exit code and output. */
import { runScript, tempFolders } from './cli';

const folders = tempFolders('oan-scenarios-cli-');
afterAll(() => folders.cleanUp());

const scenarios = (dir: string) => runScript('scenarios.mjs', [], { SCENARIOS_DIR: dir });
const file = (expect: object) =>
  JSON.stringify({
    name: 'Shanghai blogger',
    answers: { entity: 'individual', location: 'mainland' },
    expect,
  });

describe('npm run scenarios', () => {
  it('fails with exit 2 on a folder without a scenario file, instead of passing nothing', () => {
    const dir = folders.make({ 'README.txt': 'personas go here' });
    const run = scenarios(dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`no scenario file (*.json) in ${dir}`);
    expect(run.stdout).not.toMatch(/passed/);
  });

  it('counts .JSON files and passes absent_* checks that hold', () => {
    const dir = folders.make({
      'BLOGGER.JSON': file({ route: 'personal_id', absent_warnings: ['third_party_ownership'] }),
      'team.json': file({ absent_companions: ['wecom'] }),
    });
    const run = scenarios(dir);
    expect(run.stdout.trim().split('\n').pop()).toBe('2 passed, 0 failed');
    expect(run.status).toBe(0);
  });

  it('fails with exit 1 when a warning that must be absent is there', () => {
    const dir = folders.make({ 'blogger.json': file({ absent_warnings: ['type_permanent'] }) });
    const run = scenarios(dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('FAIL blogger.json: Shanghai blogger');
    expect(run.stdout).toMatch(/warnings: unexpected type_permanent; got /);
    expect(run.stdout).toContain('0 passed, 1 failed');
  });

  it('stops with exit 2, naming the file, when an absent_* list is malformed', () => {
    const dir = folders.make({ 'bad.json': file({ absent_companions: 'wecom' }) });
    const run = scenarios(dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      'bad.json: invalid scenario: "expect.absent_companions" must be a list of strings',
    );
  });
});
