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

Object.assign(globalThis, {
  Page(def: AnyRecord) {
    (globalThis as unknown as { Component: (o: AnyRecord) => void }).Component(pageToComponent(def));
  },
});
