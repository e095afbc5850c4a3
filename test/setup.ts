/**
 * One setup for every jest file: the globals WeChat provides and simulate does not
 * (App, getApp, getCurrentPages, Page), a fixed time zone, and a clean storage per file.
 */
process.env.TZ = 'UTC';

type AnyRecord = Record<string, unknown>;

const appState: { instance: AnyRecord } = { instance: { globalData: { lang: 'zh' } } };
const pageStack: AnyRecord[] = [];

Object.assign(globalThis, {
  App(options: AnyRecord) {
    appState.instance = options;
  },
  getApp() {
    return appState.instance;
  },
  getCurrentPages() {
    return pageStack;
  },
  __pageStack: pageStack,
});

/** Pages are Components in tests: functions become methods, other fields land on the instance. */
function pageToComponent(def: AnyRecord): AnyRecord {
  const methods: AnyRecord = {};
  const fields: AnyRecord = {};
  for (const [key, value] of Object.entries(def)) {
    if (key === 'data') continue;
    if (typeof value === 'function') methods[key] = value;
    else fields[key] = value;
  }
  return {
    data: def.data,
    methods,
    lifetimes: {
      created(this: AnyRecord) {
        Object.assign(this, fields);
      },
    },
  };
}

/**
 * wx APIs that simulate only stubs: an in-memory storage (fresh per test file, since setup runs
 * per file) and a log of navigations, so tests can follow where a tap leads. simulate merges
 * an existing global wx over its own mock, so these win; jest.spyOn still works on them.
 */
const storage = new Map<string, unknown>();
const navLog: { method: string; url?: string; delta?: number }[] = [];
const clone = (value: unknown): unknown => (value === undefined ? '' : JSON.parse(JSON.stringify(value)));
const navigation =
  (method: string) =>
  (options: { url?: string; delta?: number; success?: () => void; complete?: () => void } = {}) => {
    navLog.push({ method, url: options.url, delta: options.delta });
    options.success?.();
    options.complete?.();
    return Promise.resolve({ errMsg: `${method}:ok` });
  };

Object.assign(globalThis, {
  wx: {
    getStorageSync: (key: string) => (storage.has(key) ? clone(storage.get(key)) : ''),
    setStorageSync: (key: string, value: unknown) => {
      storage.set(key, clone(value));
    },
    removeStorageSync: (key: string) => {
      storage.delete(key);
    },
    clearStorageSync: () => storage.clear(),
    getStorageInfoSync: () => ({ keys: [...storage.keys()], currentSize: 1, limitSize: 10240 }),
    navigateTo: navigation('navigateTo'),
    redirectTo: navigation('redirectTo'),
    reLaunch: navigation('reLaunch'),
    navigateBack: navigation('navigateBack'),
  },
  __storage: storage,
  __navLog: navLog,
});

Object.assign(globalThis, {
  Page(def: AnyRecord) {
    (globalThis as unknown as { Component: (o: AnyRecord) => void }).Component(pageToComponent(def));
  },
});
export {};
