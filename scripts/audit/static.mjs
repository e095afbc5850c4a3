// The audit's checks on source files: no `:active` in our WXSS, timers cleared on unload,
// every page reachable from home, and which data keys each WXML reads.
import fs from 'node:fs';
import path from 'node:path';
import { SRC, walk } from '../lib.mjs';

const OURS = walk(SRC, ['miniprogram_npm']);

/** WeChat asks for hover-class instead of :active (which also fires while the page scrolls). */
export function activeRules() {
  const found = [];
  for (const rel of OURS.filter((f) => f.endsWith('.wxss'))) {
    const lines = fs.readFileSync(path.join(SRC, rel), 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (/:active\b/.test(line.replace(/\/\*.*?\*\//g, ''))) found.push(`${rel}:${i + 1}`);
    });
  }
  return found;
}

/**
 * Timers started by page, component or helper code: each file that starts one must clear it
 * in onUnload (pages) or detached (components). A helper module (no onUnload/detached of its
 * own) passes when it exports a function that clears its timers and some page's onUnload or
 * component's detached calls that function. Returns what was found, and what is not cleared.
 */
export function timers() {
  const files = OURS.filter((f) => f.endsWith('.ts') && !/^(rules|i18n)\//.test(f) && !f.endsWith('.d.ts'));
  const sources = new Map(
    files.map((rel) => [
      rel,
      fs.readFileSync(path.join(SRC, rel), 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, ''),
    ]),
  );
  const unloadBody = (source) => {
    const found = /\b(onUnload|detached)\s*\([^)]*\)\s*\{([\s\S]*?)\n {2,4}\}/.exec(source);
    return found ? found[2] : null;
  };
  const unloadBodies = [...sources.values()].map(unloadBody).filter(Boolean);
  const started = [];
  const uncleared = [];
  for (const [rel, source] of sources) {
    const sets = (source.match(/\b(setTimeout|setInterval)\s*\(/g) || []).length;
    if (!sets) continue;
    started.push(`${rel} (${sets})`);
    const own = unloadBody(source);
    if (own !== null) {
      if (!/\bclear(Timeout|Interval)\s*\(/.test(own)) uncleared.push(rel);
      continue;
    }
    // A helper: its exported stoppers, each a function whose body clears timers.
    const stoppers = [...source.matchAll(/export function (\w+)\s*\([^)]*\)[^{]*\{([\s\S]*?)\n\}/g)]
      .filter(([, , body]) => /\bclear(Timeout|Interval)\s*\(/.test(body))
      .map(([, name]) => name);
    const called = stoppers.some((name) =>
      unloadBodies.some((body) => new RegExp(`\\b${name}\\s*\\(`).test(body)),
    );
    if (!called) uncleared.push(rel);
  }
  return { files: files.length, started, uncleared };
}

/**
 * Pages reachable from the first page of app.json by the navigation the code performs: a page
 * table of names ({ quiz: '/pages/quiz/index', ... } wherever it is kept) used as PAGES.name or
 * openPage/replacePage/restartAt('name'), and literal '/pages/...' urls (navigator urls,
 * wx.navigateTo), in any file of the page's folder. goBack returns to home at worst.
 */
export function reachability(appJson) {
  const names = {};
  for (const rel of OURS.filter((f) => f.endsWith('.ts'))) {
    const source = fs.readFileSync(path.join(SRC, rel), 'utf8');
    for (const m of source.matchAll(/(\w+):\s*'\/(pages\/[\w/-]+)'/g)) names[m[1]] = m[2];
  }
  const edges = {};
  for (const route of appJson.pages) {
    const targets = new Set();
    const folder = path.posix.dirname(route);
    for (const rel of OURS.filter((f) => f.startsWith(`${folder}/`) && /\.(ts|wxml)$/.test(f))) {
      const source = fs.readFileSync(path.join(SRC, rel), 'utf8');
      for (const m of source.matchAll(/\b(?:openPage|replacePage|restartAt)\(\s*'(\w+)'|\bPAGES\.(\w+)/g)) {
        const name = m[1] || m[2];
        if (names[name]) targets.add(names[name]);
      }
      for (const m of source.matchAll(/['"]\/(pages\/[\w/-]+)/g)) targets.add(m[1]);
    }
    edges[route] = [...targets].filter((t) => t !== route && appJson.pages.includes(t));
  }
  const seen = new Set([appJson.pages[0]]);
  const queue = [appJson.pages[0]];
  while (queue.length)
    for (const next of edges[queue.shift()]) if (!seen.has(next) && seen.add(next)) queue.push(next);
  return { edges, unreachable: appJson.pages.filter((p) => !seen.has(p)) };
}

const KEYWORDS = new Set(['true', 'false', 'null', 'undefined', 'typeof', 'in', 'instanceof']);

/**
 * The data keys a WXML file reads: the first name of every path in a {{ }} expression,
 * minus wx:for item/index names and WXS modules. Object keys inside template data="{{a: b}}"
 * count as read too (a superset: it can only hide redundancy, never invent it).
 */
export function keysRead(wxmlFile) {
  const source = fs.readFileSync(wxmlFile, 'utf8').replace(/<!--[\s\S]*?-->/g, '');
  const local = new Set(['item', 'index']);
  for (const m of source.matchAll(/wx:for-(?:item|index)="(\w+)"/g)) local.add(m[1]);
  for (const m of source.matchAll(/<wxs[^>]*module="(\w+)"/g)) local.add(m[1]);
  const read = new Set();
  for (const m of source.matchAll(/\{\{([\s\S]*?)\}\}/g)) {
    const expr = m[1].replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, '""');
    for (const id of expr.matchAll(/(?<![.\w$])([A-Za-z_$][\w$]*)/g)) {
      if (!KEYWORDS.has(id[1]) && !local.has(id[1])) read.add(id[1]);
    }
  }
  return read;
}

/** Top-level data key of a setData path ('view.headline' and 'ticks[2]' -> 'view', 'ticks'). */
export const rootKey = (key) => key.split(/[.[]/)[0];
