// `npm run upload` and `npm run preview-qr`: this repository to WeChat with its own CI package
// (miniprogram-ci). AppID and upload key from MP_APPID and MP_PRIVATE_KEY_PATH, version from
// package.json, description from the last commit's subject. Before anything goes out it refuses
// (exit 2) a missing or tourist AppID, a missing or unreadable key, a dirty work tree and share
// links the next release could not read; then it builds, runs the compile check and the size
// budget (exit 1 on failure). --dry-run stops before the network and prints what would go.
//
//   node scripts/upload.mjs [--dry-run] [--preview]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { CACHE, DIST, ROOT } from './lib.mjs';
import { appIdProblem, dirtyTreeProblem, keyProblem, shareLayoutProblems } from './publish-checks.mjs';
import { BUDGET, kb, measureUpload, sizeReport } from './size.mjs';

const USAGE = 'the flags are --dry-run and --preview';
const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run');
const preview = args.includes('--preview');
const name = preview ? 'preview-qr' : 'upload';
for (const arg of args) {
  if (arg !== '--dry-run' && arg !== '--preview') refuse(`unknown argument ${arg}: ${USAGE}`);
}

function refuse(message) {
  console.error(`${name}: refused: ${message}`);
  process.exit(2);
}

function failed(message) {
  console.error(`${name}: ${message}`);
  process.exit(1);
}

function git(...gitArgs) {
  const res = spawnSync('git', gitArgs, { cwd: ROOT, encoding: 'utf8' });
  if (res.status !== 0)
    refuse(`git ${gitArgs[0]} failed here (${(res.stderr || '').trim()}): run it from a git clone`);
  return res.stdout;
}

function keyState(keyPath) {
  if (!keyPath) return null;
  let stat;
  try {
    stat = fs.statSync(keyPath);
  } catch {
    return 'missing';
  }
  if (stat.isDirectory()) return 'folder';
  try {
    return fs.readFileSync(keyPath).length ? 'ok' : 'empty';
  } catch {
    return 'unreadable';
  }
}

function step(label, script, ...scriptArgs) {
  const res = spawnSync(process.execPath, [path.join(ROOT, 'scripts', script), ...scriptArgs], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (res.status !== 0) failed(`${label} failed (exit ${res.status}); nothing was sent`);
}

/** The rules as built: version, frozen share layouts and today's questions (dist is CommonJS). */
function builtShareLayouts() {
  const load = createRequire(path.join(DIST, 'app.js'));
  const { RULES_VERSION } = load('./rules/version.js');
  const { LEGACY_LAYOUTS, layoutOf } = load('./share/codec.js');
  const { QUESTIONS } = load('./rules/questions.js');
  return { rulesVersion: RULES_VERSION, layouts: LEGACY_LAYOUTS, current: layoutOf(QUESTIONS) };
}

// 1. What the owner provides, and a tree that is exactly a commit.
const appid = (process.env.MP_APPID ?? '').trim();
const keyPath = process.env.MP_PRIVATE_KEY_PATH ? path.resolve(process.env.MP_PRIVATE_KEY_PATH) : '';
const problem =
  appIdProblem(appid) ??
  keyProblem(keyPath, keyState(keyPath)) ??
  dirtyTreeProblem(git('status', '--porcelain'));
if (problem) refuse(problem);

// 2. Build, then links: a release must read every link shared before it.
step('build', 'build.mjs', '--quiet');
const layoutProblems = shareLayoutProblems(builtShareLayouts());
if (layoutProblems.length) refuse(layoutProblems.join('\n'));

// 3. WeChat's compilers and the size budget, on what would go.
step('compile check', 'compile-check.mjs');
const measured = measureUpload(DIST);
if (measured.total > BUDGET) failed(`size: over budget by ${kb(measured.total - BUDGET)}; nothing was sent`);

const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const desc = git('log', '-1', '--format=%s').trim();
const commit = git('rev-parse', '--short', 'HEAD').trim();

console.log(`${name}: AppID ${appid}, version ${version}, commit ${commit}`);
console.log(`${name}: description "${desc}"`);
console.log(`${name}: files (uploaded bytes, JS minified as DevTools does):`);
const width = Math.max(...measured.files.map((f) => f.file.length));
for (const f of [...measured.files].sort((a, b) => a.file.localeCompare(b.file)))
  console.log(`  ${f.file.padEnd(width)}  ${String(f.bytes).padStart(7)} B`);
for (const line of sizeReport(measured)) console.log(line);

if (dryRun) {
  console.log(
    `${name}: dry run: nothing sent; without --dry-run this ${preview ? 'asks WeChat for a preview QR code' : 'uploads the version above as a development version'}`,
  );
  process.exit(0);
}

// 4. The network, through WeChat's package, loaded only now: a dry run never needs it.
const ci = createRequire(import.meta.url)('miniprogram-ci');
const project = new ci.Project({
  appid,
  type: 'miniProgram',
  projectPath: ROOT,
  privateKeyPath: keyPath,
  ignores: ['node_modules/**/*', '.cache/**/*', 'miniprogram/**/*', 'preview/**/*', 'test/**/*'],
});
const common = {
  project,
  desc,
  setting: { useProjectConfig: true },
  // miniprogram-ci reports TaskStatus objects (status 'doing' then 'success') or plain strings.
  onProgressUpdate: (task) => {
    if (typeof task === 'string' || task?.status === 'success') console.log(`${name}: ${String(task)}`);
  },
};
try {
  if (preview) {
    fs.mkdirSync(CACHE, { recursive: true });
    const qr = path.join(CACHE, 'preview-qr.jpg');
    const result = await ci.preview({ ...common, qrcodeFormat: 'image', qrcodeOutputDest: qr });
    console.log(`${name}: QR code written to ${path.relative(ROOT, qr)}; scan it with WeChat`);
    printPackages(result);
  } else {
    const result = await ci.upload({ ...common, version, robot: 1 });
    console.log(`${name}: version ${version} uploaded; submit it for review in the admin console (版本管理)`);
    printPackages(result);
  }
} catch (err) {
  failed(`WeChat refused or could not be reached: ${err && err.message ? err.message : String(err)}`);
}

function printPackages(result) {
  for (const p of result?.subPackageInfo ?? [])
    console.log(`${name}: package ${p.name} ${kb(p.size)} as WeChat counts it`);
}
