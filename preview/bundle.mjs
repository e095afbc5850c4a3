// Turns the build output (dist/) into what the browser runtime needs: every WXML/WXS compiled
// by WeChat's own wcc into one $gwx function, every JS module wrapped for a small CommonJS
// loader, and the JSON/WXSS of each component with usingComponents resolved as WeChat does.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { COMPILER_BIN, makeCompilersExecutable, walk } from './toolchain.mjs';

const posix = path.posix;

/** "/x" from the root, "./x" from the referring file, bare names from miniprogram_npm (as WeChat resolves them). */
function resolveComponent(root, fromRel, ref) {
  let rel;
  if (ref.startsWith('/')) rel = posix.normalize(ref.slice(1));
  else if (ref.startsWith('.')) rel = posix.normalize(posix.join(posix.dirname(fromRel), ref));
  else rel = `miniprogram_npm/${ref}`;
  if (fs.existsSync(path.join(root, `${rel}.json`))) return rel;
  if (fs.existsSync(path.join(root, rel, 'index.json'))) return `${rel}/index`;
  return null;
}

function readJson(root, rel) {
  return JSON.parse(fs.readFileSync(path.join(root, rel), 'utf8'));
}

/**
 * Collects the component tree from app.json: pages plus everything they use, with each json's
 * usingComponents rewritten to root-absolute paths and app.json's global components merged in.
 */
function collectComponents(root, appJson) {
  const components = new Map();
  const globalUsing = appJson.usingComponents || {};
  const visit = (rel, isPage) => {
    if (components.has(rel)) return;
    const jsonRel = `${rel}.json`;
    const json = fs.existsSync(path.join(root, jsonRel)) ? readJson(root, jsonRel) : {};
    const using = {};
    const merged = { ...globalUsing, ...(json.usingComponents || {}) };
    for (const [tag, ref] of Object.entries(merged)) {
      const from = tag in (json.usingComponents || {}) ? rel : 'app';
      const target = resolveComponent(root, from, ref);
      if (!target) throw new Error(`preview: ${rel}.json uses <${tag}> from "${ref}", which does not exist`);
      using[tag] = `/${target}`;
    }
    components.set(rel, { ...json, usingComponents: using, isPage });
    for (const target of Object.values(using)) visit(target.slice(1), false);
  };
  for (const page of appJson.pages) {
    // A page listed before its files exist (work in progress) is left out, loudly.
    if (fs.existsSync(path.join(root, `${page}.js`))) visit(page, true);
  }
  return components;
}

/** Runs wcc over every WXML and WXS, telling it which tags are custom components (as DevTools does). */
function compileTemplates(root, components) {
  makeCompilersExecutable();
  const files = walk(root);
  const wxml = files.filter((f) => f.endsWith('.wxml'));
  const wxs = files.filter((f) => f.endsWith('.wxs'));
  const withComponents = [...components.entries()].filter(
    ([rel, json]) => Object.keys(json.usingComponents).length && wxml.includes(`${rel}.wxml`),
  );
  const componentArgs = [withComponents.length];
  for (const [rel, json] of withComponents) {
    componentArgs.push(
      `${rel}.wxml`,
      Object.keys(json.usingComponents).length,
      ...Object.keys(json.usingComponents),
    );
  }
  const res = spawnSync(
    path.join(COMPILER_BIN, 'wcc'),
    ['-d', '-cc', componentArgs.join(' '), ...wxml, ...wxs, '-gn', '$gwx'],
    { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 },
  );
  if (res.status !== 0) {
    throw new Error(`preview: wcc failed (exit ${res.status})\n${res.stderr || res.stdout || res.error}`);
  }
  return { source: res.stdout, wxmlCount: wxml.length, wxsCount: wxs.length };
}

/** WeChat applies app.wxss to pages, and to components that opt into shared styles. */
function sharesAppStyles(root, rel, json) {
  if (json.isPage) return true;
  if (rel.startsWith('miniprogram_npm/')) return false;
  if (/shared/.test(json.styleIsolation || '') || json.addGlobalClass) return true;
  const js = path.join(root, `${rel}.js`);
  return (
    fs.existsSync(js) &&
    /styleIsolation\s*:\s*['"](apply-)?shared['"]|addGlobalClass\s*:\s*true/.test(fs.readFileSync(js, 'utf8'))
  );
}

/**
 * The preview loads nothing from outside this machine. vant's icon font points at a CDN
 * (WeChat fetches it; offline it would fail): remote sources are dropped from @font-face,
 * so icons render from the glyphs the app bundles in app.wxss.
 */
export function dropRemoteFonts(css) {
  let dropped = 0;
  const out = css.replace(/@font-face\s*{[^}]*}/g, (block) => {
    if (!/url\(\s*['"]?(https?:)?\/\//.test(block)) return block;
    dropped += 1;
    const src = /src\s*:([^;}]*)/.exec(block);
    const local = src
      ? src[1].split(/,(?![^(]*\))/).filter((s) => !/url\(\s*['"]?(https?:)?\/\//.test(s))
      : [];
    return local.length ? block.replace(src[1], local.join(',')) : '';
  });
  return { css: out, dropped };
}

/** Inlines WXSS @imports (relative to the importing file); WeChat does the same at compile time. */
function readWxss(root, rel, seen = new Set()) {
  const file = path.join(root, rel);
  if (seen.has(rel) || !fs.existsSync(file)) return '';
  seen.add(rel);
  return fs.readFileSync(file, 'utf8').replace(/@import\s+(?:"([^"]+)"|'([^']+)')\s*;?/g, (whole, a, b) => {
    const ref = a || b;
    const target = ref.startsWith('/') ? ref.slice(1) : posix.normalize(posix.join(posix.dirname(rel), ref));
    return readWxss(root, target, seen);
  });
}

/**
 * The whole app as three scripts' worth of data. Returns JS source texts for the browser
 * (no eval needed there: each module is a real function in a served script).
 */
export function buildBundle(root) {
  const started = Date.now();
  const appJson = readJson(root, 'app.json');
  const components = collectComponents(root, appJson);
  const templates = compileTemplates(root, components);
  const appWxss = readWxss(root, 'app.wxss');

  const files = {};
  let remoteFonts = 0;
  for (const [rel, json] of components) {
    const plain = { ...json };
    delete plain.isPage;
    files[`${rel}.json`] = JSON.stringify(plain);
    const own = readWxss(root, `${rel}.wxss`);
    const css = dropRemoteFonts(sharesAppStyles(root, rel, json) ? `${appWxss}\n${own}` : own);
    remoteFonts += css.dropped;
    files[`${rel}.wxss`] = css.css;
    // simulate runs this text for each load; it hands over to the loader, which runs the
    // component's module afresh so that Component() registers it again for that load.
    files[`${rel}.js`] = `module.exports = window.__preview.runComponent(${JSON.stringify(rel)});`;
  }

  const modules = walk(root)
    .filter((f) => f.endsWith('.js'))
    .map((f) => {
      const id = f.slice(0, -3);
      const code = fs.readFileSync(path.join(root, f), 'utf8');
      return `__preview.define(${JSON.stringify(id)}, function (require, module, exports) {\n${code}\n});\n`;
    });

  const theme =
    appJson.themeLocation && fs.existsSync(path.join(root, appJson.themeLocation))
      ? readJson(root, appJson.themeLocation)
      : null;

  const missingPages = appJson.pages.filter((p) => !components.has(p));
  const appData = {
    appJson,
    theme,
    files,
    pages: appJson.pages.filter((p) => components.has(p)),
    pageJson: Object.fromEntries(appJson.pages.map((p) => [p, components.get(p)])),
  };

  return {
    gwx: `${templates.source}\n;window.__gwx = $gwx;\n`,
    modules: modules.join('\n'),
    app: `window.__APP__ = ${JSON.stringify(appData)};\n`,
    stats: {
      ms: Date.now() - started,
      pages: appJson.pages.length,
      components: components.size,
      wxml: templates.wxmlCount,
      wxs: templates.wxsCount,
      modules: modules.length,
      remoteFonts,
      missingPages,
    },
  };
}
