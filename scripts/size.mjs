// What WeChat would upload for the main package with ignoreUploadUnusedFiles: the files
// reachable from app.json through pages, usingComponents, JS requires, WXML imports/includes,
// WXS src and WXSS @import. Run on the build output (dist/); fails above our budget.
// project.config.json sets setting.minified, so DevTools minifies scripts on upload: JS files
// are counted minified (esbuild, same CommonJS), everything else as it is; the raw total is shown too.
// measureUpload() is exported so `npm run upload -- --dry-run` prints the same figures.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { transformSync } from 'esbuild';
import { DIST } from './lib.mjs';

export const LIMIT = 2 * 1024 * 1024;
export const BUDGET = 500 * 1024;

/**
 * The upload set of a built package: files (relative, '/' separated) with their uploaded bytes,
 * per-folder totals and the totals. Throws when dist has no app.json.
 */
export function measureUpload(dist = DIST) {
  if (!fs.existsSync(path.join(dist, 'app.json')))
    throw new Error('size: dist/app.json missing; run `npm run build` first');

  const seen = new Set();
  const exists = (rel) => fs.existsSync(path.join(dist, rel)) && fs.statSync(path.join(dist, rel)).isFile();
  const read = (rel) => fs.readFileSync(path.join(dist, rel), 'utf8');

  /** Resolves a reference as WeChat does: "/x" from the root, "./x" from the file, bare names via miniprogram_npm. */
  function resolveRef(fromRel, ref) {
    if (ref.startsWith('/')) return path.posix.normalize(ref.slice(1));
    if (ref.startsWith('.')) return path.posix.normalize(path.posix.join(path.posix.dirname(fromRel), ref));
    return null;
  }

  function add(rel) {
    if (!rel || seen.has(rel) || !exists(rel)) return;
    seen.add(rel);
    const text = /\.(js|json|wxml|wxss|wxs)$/.test(rel) ? read(rel) : '';
    if (rel.endsWith('.js') || rel.endsWith('.wxs')) {
      for (const m of text.matchAll(/require\(\s*['"]([^'"]+)['"]\s*\)/g)) {
        const target = resolveRef(rel, m[1]) ?? `miniprogram_npm/${m[1]}`;
        const ext = rel.endsWith('.wxs') ? '.wxs' : '.js';
        add(target.endsWith(ext) ? target : `${target}${ext}`);
        add(`${target}/index${ext}`);
      }
    } else if (rel.endsWith('.wxml')) {
      for (const m of text.matchAll(/<(?:import|include|wxs)\b[^>]*\bsrc\s*=\s*["']([^"']+)["']/g)) {
        const target = resolveRef(rel, m[1]) ?? resolveRef(rel, `./${m[1]}`);
        add(target);
        if (target && !path.posix.extname(target)) add(`${target}.wxml`);
      }
    } else if (rel.endsWith('.wxss')) {
      for (const m of text.matchAll(/@import\s+['"]([^'"]+)['"]/g))
        add(resolveRef(rel, m[1]) ?? resolveRef(rel, `./${m[1]}`));
    } else if (rel.endsWith('.json')) {
      const json = JSON.parse(text);
      for (const ref of Object.values(json.usingComponents || {})) {
        const base = resolveRef(rel, ref) ?? `miniprogram_npm/${ref}`;
        addComponent(base);
      }
    }
  }

  function addComponent(base) {
    for (const ext of ['.json', '.js', '.wxml', '.wxss']) add(`${base}${ext}`);
  }

  const app = JSON.parse(read('app.json'));
  for (const rel of [
    'app.json',
    'app.js',
    'app.wxss',
    app.sitemapLocation || 'sitemap.json',
    app.themeLocation || '',
  ])
    add(rel);
  for (const page of app.pages) addComponent(page);
  for (const ref of Object.values(app.usingComponents || {}))
    addComponent(resolveRef('app.json', ref) ?? `miniprogram_npm/${ref}`);
  // Static images are uploaded when present outside miniprogram_npm; count them all.
  for (const rel of fs.readdirSync(dist, { recursive: true })) {
    const r = String(rel).split(path.sep).join('/');
    if (/\.(png|jpg|jpeg|gif|svg)$/.test(r) && !r.startsWith('miniprogram_npm/')) add(r);
  }

  const byFolder = new Map();
  const files = [];
  let total = 0;
  let rawTotal = 0;
  /** Bytes uploaded for one file: scripts minified as DevTools does with setting.minified. */
  function uploadedBytes(rel) {
    const raw = fs.readFileSync(path.join(dist, rel));
    rawTotal += raw.length;
    if (!rel.endsWith('.js')) return raw.length;
    return Buffer.byteLength(
      transformSync(raw.toString('utf8'), { minify: true, target: 'es2019', charset: 'utf8' }).code,
    );
  }
  for (const rel of seen) {
    const size = uploadedBytes(rel);
    files.push({ file: rel, bytes: size });
    total += size;
    const parts = rel.split('/');
    const folder =
      parts[0] === 'miniprogram_npm'
        ? parts.slice(0, 4).join('/')
        : parts.length > 2
          ? parts.slice(0, 2).join('/')
          : parts.length > 1
            ? parts[0]
            : '(root)';
    const entry = byFolder.get(folder) || { files: 0, bytes: 0 };
    entry.files += 1;
    entry.bytes += size;
    byFolder.set(folder, entry);
  }
  return { files, byFolder, total, rawTotal };
}

export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** The report's lines: one per folder, largest first, then the totals against limit and budget. */
export function sizeReport({ files, byFolder, total, rawTotal }) {
  const rows = [...byFolder.entries()].sort((a, b) => b[1].bytes - a[1].bytes);
  const width = Math.max(...rows.map(([f]) => f.length), 6);
  return [
    `${'folder'.padEnd(width)}  files  size`,
    ...rows.map(
      ([folder, { files: n, bytes }]) => `${folder.padEnd(width)}  ${String(n).padStart(5)}  ${kb(bytes)}`,
    ),
    `size: main package ${kb(total)} (JS minified; ${kb(rawTotal)} unminified) in ${files.length} files; WeChat limit ${kb(LIMIT)} (${((total / LIMIT) * 100).toFixed(1)}%), our budget ${kb(BUDGET)}`,
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  let measured;
  try {
    measured = measureUpload();
  } catch (err) {
    console.error(err.message);
    process.exit(1);
  }
  for (const line of sizeReport(measured)) console.log(line);
  if (measured.total > BUDGET) {
    console.error(`size: over budget by ${kb(measured.total - BUDGET)}`);
    process.exit(1);
  }
}
