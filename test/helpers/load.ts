/**
 * Loads our pages and components into miniprogram-simulate with WeChat's own WXML compiler,
 * resolving @vant/weapp the way DevTools' npm build does (miniprogram/miniprogram_npm).
 */
import fs from 'node:fs';
import path from 'node:path';
import simulate from 'miniprogram-simulate';

// The first render of a page compiles its WXML tree with WeChat's compiler (vant included),
// which takes seconds on a busy 2-core machine; jest's 5 s default makes that flaky.
jest.setTimeout(30_000);

export const MINIPROGRAM_ROOT = path.resolve(__dirname, '../../miniprogram');

type Comp = ReturnType<typeof simulate.render>;

/** Every npm-style usingComponents entry in our json files, mapped to a root-absolute path. */
function npmComponentMap(): Record<string, string> {
  const map: Record<string, string> = {};
  const visit = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'miniprogram_npm') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.name.endsWith('.json')) {
        const json = JSON.parse(fs.readFileSync(full, 'utf8')) as {
          usingComponents?: Record<string, string>;
        };
        for (const [tag, ref] of Object.entries(json.usingComponents ?? {})) {
          if (ref.startsWith('@')) map[tag] = `/miniprogram_npm/${ref}`;
        }
      }
    }
  };
  visit(MINIPROGRAM_ROOT);
  return map;
}

// jest's module registry ignores simulate's cache delete, so each path is loaded once per file.
const loaded = new Map<string, string>();

export function loadComponent(rel: string): string {
  const known = loaded.get(rel);
  if (known) return known;
  // simulate registers every component of the tree again under new ids and re-runs their JS
  // (which calls Component()). jest ignores simulate's require.cache delete, so a component
  // already required by an earlier page (e.g. vant's button) would not run again and render
  // empty; an isolated module registry makes each load run its components' JS afresh.
  let id = '';
  jest.isolateModules(() => {
    id = simulate.load(path.join(MINIPROGRAM_ROOT, rel), {
      rootPath: MINIPROGRAM_ROOT,
      usingComponents: npmComponentMap(),
    });
  });
  loaded.set(rel, id);
  return id;
}

/** The page instance as tests use it: its data, setData, and the hooks WeChat calls by itself. */
export interface PageInstance {
  data: Record<string, unknown>;
  setData(data: Record<string, unknown>, callback?: () => void): void;
  onShow(): void;
  onShareAppMessage(): unknown;
  onShareTimeline(): unknown;
}

export interface RenderedPage {
  comp: Comp;
  page: PageInstance;
}

/** Renders a page as WeChat opens it: created, attached, then onLoad(query), onShow, onReady. */
export function renderPage(rel: string, query: Record<string, string> = {}): RenderedPage {
  const comp = simulate.render(loadComponent(rel));
  comp.attach(document.createElement('parent-wrapper'));
  const instance = comp.instance as unknown as Record<string, unknown>;
  Object.assign(instance, { route: rel, options: query });
  const stack = (globalThis as unknown as { __pageStack: unknown[] }).__pageStack;
  stack.push(instance);
  for (const hook of ['onLoad', 'onShow', 'onReady']) {
    const run = instance[hook];
    if (typeof run === 'function') run.call(instance, hook === 'onLoad' ? query : undefined);
  }
  return { comp, page: instance as unknown as PageInstance };
}

/** Visible text of a rendered node, whitespace collapsed. */
export function textOf(node: { dom?: HTMLElement | undefined } | undefined): string {
  return (node?.dom?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Taps the first element matching selector (tap bubbles from the inner node that holds the handler). */
export function tap(comp: Comp, selector: string): void {
  const target = comp.querySelector(selector);
  if (!target) throw new Error(`tap: nothing matches ${selector}`);
  target.dispatchEvent('tap');
}

/** Taps and lets the event reach its handler: j-component delivers events asynchronously. */
export async function press(comp: Comp, selector: string): Promise<void> {
  tap(comp, selector);
  await simulate.sleep(0);
}
