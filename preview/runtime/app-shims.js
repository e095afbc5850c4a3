/* global window */
// What WeChat defines around the compiled code: App, getApp, Page (a Component underneath, as
// in tests), Component with `node` in selector queries, and the files simulate loads.
(function () {
  'use strict';
  const APP = window.__APP__;

  // Every component gets `node` in selector queries (canvas type="2d" needs it).
  const simComponent = window.Component;
  window.Component = function (options) {
    const lifetimes = Object.assign({}, options.lifetimes);
    const created = lifetimes.created || options.created;
    lifetimes.created = function () {
      const original = this.createSelectorQuery;
      if (typeof original === 'function') this.createSelectorQuery = () => withNodes(original.call(this));
      // WeChat answers [] for a relation with no linked node (e.g. a vant checkbox without a
      // group); j-component answers null, which vant would index.
      const relations = this.getRelationNodes;
      if (typeof relations === 'function') this.getRelationNodes = (key) => relations.call(this, key) || [];
      if (created) created.apply(this, arguments);
    };
    return simComponent(Object.assign({}, options, { lifetimes }));
  };
  function withNodes(query) {
    const exec = query.exec.bind(query);
    query.exec = (callback) => {
      const queue = query._queue.slice();
      return exec((res) => {
        queue.forEach((item, i) => {
          if (!item.fields || !item.fields.node || !item.exparserNode) return;
          const root = item.exparserNode.shadowRoot;
          const found = item.isSelectSingle
            ? [root.querySelector(item.selector)]
            : root.querySelectorAll(item.selector);
          const nodes = found.map((n) => (n && (n.__canvas || n.$$)) || null);
          if (item.isSelectSingle) res[i] = Object.assign(res[i] || {}, { node: nodes[0] });
          else res[i] = (res[i] || []).map((r, j) => Object.assign(r, { node: nodes[j] }));
        });
        if (typeof callback === 'function') callback(res);
      });
    };
    return query;
  }

  // App(), getApp(), Page()
  let appInstance = { globalData: {} };
  window.App = (options) => {
    appInstance = options;
  };
  window.getApp = () => appInstance;
  /** Pages are Components: functions become methods, other fields are copied in created. */
  window.Page = (def) => {
    const methods = {};
    const fields = {};
    for (const [key, value] of Object.entries(def)) {
      if (key === 'data' || key === 'behaviors' || key === 'options') continue;
      if (typeof value === 'function') methods[key] = value;
      else fields[key] = value;
    }
    window.Component({
      data: def.data || {},
      behaviors: def.behaviors || [],
      options: def.options,
      methods,
      lifetimes: {
        created() {
          // Each page instance gets its own copy of the non-function fields, as in WeChat.
          Object.assign(this, window.structuredClone(fields));
        },
      },
    });
  };

  // The files simulate reads: each component's JSON, WXSS and entry, and its template compiled by wcc.
  const fileMap = Object.assign({}, APP.files);
  for (const key of Object.keys(APP.files)) {
    if (!key.endsWith('.json')) continue;
    const rel = key.slice(0, -5);
    const template = window.__gwx(`${rel}.wxml`);
    if (template) fileMap[`${rel}.wxml`] = template;
  }
  window.__FILE_MAP__ = fileMap;
})();
