/* global window */
// A tiny CommonJS loader over the modules the server wrapped in __preview.define(...):
// what WeChat's own runtime does for the mini program's compiled JS.
(function () {
  'use strict';
  const factories = Object.create(null);
  const cache = Object.create(null);

  function normalize(parts) {
    const out = [];
    for (const part of parts) {
      if (!part || part === '.') continue;
      if (part === '..') out.pop();
      else out.push(part);
    }
    return out.join('/');
  }

  /** WeChat's resolution: relative to the file, "/" from the root, bare names from miniprogram_npm. */
  function resolve(fromId, request) {
    const base = request.replace(/\.js$/, '');
    let id;
    if (base.startsWith('/')) id = normalize(base.split('/'));
    else if (base.startsWith('.')) id = normalize(fromId.split('/').slice(0, -1).concat(base.split('/')));
    else id = normalize(['miniprogram_npm'].concat(base.split('/')));
    if (id in factories) return id;
    if (`${id}/index` in factories) return `${id}/index`;
    if (!base.startsWith('.') && !base.startsWith('/') && normalize(base.split('/')) in factories) {
      return normalize(base.split('/'));
    }
    throw new Error(`preview: cannot find module "${request}" from "${fromId}"`);
  }

  function execute(id) {
    const module = { exports: {}, id };
    const localRequire = (request) => load(resolve(id, request));
    factories[id].call(module.exports, localRequire, module, module.exports);
    return module;
  }

  function load(id) {
    if (!cache[id]) {
      const module = { exports: {}, id };
      cache[id] = module;
      const localRequire = (request) => load(resolve(id, request));
      factories[id].call(module.exports, localRequire, module, module.exports);
    }
    return cache[id].exports;
  }

  window.__preview = {
    define(id, factory) {
      factories[id] = factory;
    },
    require(request) {
      return load(resolve('', request.startsWith('/') || request.startsWith('.') ? request : `/${request}`));
    },
    /** Component/page entry files run afresh on each simulate load (as simulate does in Node). */
    runComponent(id) {
      return execute(id).exports;
    },
    has(id) {
      return id in factories;
    },
  };
})();
