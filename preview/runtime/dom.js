/* global window, document, performance */
// The first of the runtime files (index.html loads them in order, each a job of its own, all
// sharing window.__preview): the DOM helpers the emulated WeChat UI is built with.
(function () {
  'use strict';
  const P = window.__preview;
  P.runtimeStarted = performance.now();
  P.$ = (sel) => document.querySelector(sel);

  /** A DOM node: `text` sets its text, `on<event>` adds a listener, other keys are attributes. */
  P.el = function el(tag, attrs, children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'text') node.textContent = v;
      else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v);
    }
    for (const child of children || []) if (child) node.appendChild(child);
    return node;
  };
})();
