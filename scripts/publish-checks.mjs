// The checks `npm run upload` makes before it sends anything to WeChat, as pure functions of what
// it read (environment, git, the built rules): each returns the sentence to refuse with, or null.

/** project.config.json's AppID for DevTools' tourist mode: WeChat accepts no upload under it. */
export const TOURIST_APPID = 'touristappid';

export function appIdProblem(appid) {
  if (!appid || !appid.trim())
    return "MP_APPID is not set: export the mini program's AppID (admin console: 开发管理 → 开发设置 → 开发者ID)";
  if (appid.trim() === TOURIST_APPID)
    return `MP_APPID is the tourist id "${TOURIST_APPID}": WeChat takes uploads only under the mini program's own AppID`;
  return null;
}

/** `key` is what the caller found at MP_PRIVATE_KEY_PATH: missing, a folder, unreadable, empty or ok. */
export function keyProblem(keyPath, key) {
  const where = 'download it in the admin console: 开发管理 → 开发设置 → 小程序代码上传';
  if (!keyPath) return `MP_PRIVATE_KEY_PATH is not set: point it at the code upload key file (${where})`;
  if (key === 'missing') return `MP_PRIVATE_KEY_PATH names ${keyPath}, which does not exist (${where})`;
  if (key === 'folder') return `MP_PRIVATE_KEY_PATH names ${keyPath}, which is a folder, not the key file`;
  if (key === 'unreadable') return `MP_PRIVATE_KEY_PATH names ${keyPath}, which this user cannot read`;
  if (key === 'empty') return `MP_PRIVATE_KEY_PATH names ${keyPath}, which is empty (${where})`;
  return null;
}

/** `porcelain` is `git status --porcelain` output; an upload must be a commit, nothing more. */
export function dirtyTreeProblem(porcelain) {
  const lines = porcelain.split('\n').filter((l) => l.trim());
  if (!lines.length) return null;
  const shown = lines.slice(0, 10).map((l) => `  ${l}`);
  if (lines.length > 10) shown.push(`  … and ${lines.length - 10} more`);
  return [
    `the work tree has ${lines.length} uncommitted change${lines.length === 1 ? '' : 's'}; commit or remove them so the upload is exactly a commit:`,
    ...shown,
  ].join('\n');
}

/** Layouts compared by what a link encodes: question ids, single or multi, options in order. */
const layoutKey = (layout) => JSON.stringify(layout.map((q) => [q.id, Boolean(q.multi), q.options]));
const sameLayout = (a, b) => layoutKey(a) === layoutKey(b);

/**
 * Share links carry the rules version and are decoded with that version's frozen question layout
 * (miniprogram/share/layouts.ts, LEGACY_LAYOUTS). Released links must keep decoding, so before an
 * upload: the current RULES_VERSION has an entry, that entry is today's questions (a question change
 * bumps the version), every version from 1 up to the current one still has its entry (entries are
 * never deleted, and each bump adds one), and no entry is newer than the current version.
 * Input is plain data: { rulesVersion, layouts: { [version]: layout }, current: layout }.
 * Returns the problems, empty when the upload may go.
 */
export function shareLayoutProblems({ rulesVersion, layouts, current }) {
  const problems = [];
  const versions = Object.keys(layouts);
  const entry = Object.prototype.hasOwnProperty.call(layouts, rulesVersion)
    ? layouts[rulesVersion]
    : undefined;
  if (!entry) {
    problems.push(
      `RULES_VERSION is ${rulesVersion} but LEGACY_LAYOUTS in miniprogram/share/layouts.ts has no entry for it: add version ${rulesVersion} with a frozen copy of today's layout, or links shared from this release cannot be read by the next`,
    );
  } else if (!sameLayout(entry.layout, current)) {
    problems.push(
      `the questions differ from the frozen layout of rules version ${rulesVersion}: bump RULES_VERSION (miniprogram/rules/version.ts) and add the new layout to LEGACY_LAYOUTS, leaving version ${rulesVersion}'s entry as it is`,
    );
  }
  if (/^\d+$/.test(rulesVersion)) {
    const now = Number(rulesVersion);
    for (let v = 1; v < now; v += 1) {
      if (!versions.includes(String(v)))
        problems.push(
          `LEGACY_LAYOUTS has no entry for rules version ${v}: links shared under it would be refused; restore its frozen layout`,
        );
    }
    for (const v of versions) {
      if (/^\d+$/.test(v) && Number(v) > now)
        problems.push(
          `LEGACY_LAYOUTS has an entry for version ${v}, newer than RULES_VERSION ${rulesVersion}: bump RULES_VERSION or remove the unreleased entry`,
        );
    }
  }
  return problems;
}
