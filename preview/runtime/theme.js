/* global window, document, localStorage */
// Light or dark: the toolbar's choice, else the browser's. WXSS dark rules are written for
// prefers-color-scheme, so their media queries are rewritten to follow the choice.
(function () {
  'use strict';
  const P = window.__preview;
  const APP = window.__APP__;

  P.theme = () => {
    const chosen = localStorage.getItem('preview:theme');
    if (chosen === 'dark' || chosen === 'light') return chosen;
    return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  };

  const originalMedia = new WeakMap();
  /** WXSS dark rules use prefers-color-scheme; rewrite their media so the toggle decides. */
  P.applyThemeToSheets = function applyThemeToSheets() {
    const mode = P.theme();
    const visit = (rules) => {
      for (const rule of rules) {
        if (rule.media && rule.cssRules) {
          if (!originalMedia.has(rule)) {
            if (!/prefers-color-scheme/.test(rule.media.mediaText)) {
              visit(rule.cssRules);
              continue;
            }
            originalMedia.set(rule, rule.media.mediaText);
          }
          rule.media.mediaText = originalMedia
            .get(rule)
            .replace(/\(\s*prefers-color-scheme\s*:\s*(dark|light)\s*\)/g, (m, v) =>
              v === mode ? '(min-width: 0px)' : '(max-width: 0px)',
            );
          visit(rule.cssRules);
        }
      }
    };
    for (const sheet of document.styleSheets) {
      if (sheet.ownerNode && sheet.ownerNode.id === 'pv-shell-link') continue;
      try {
        visit(sheet.cssRules);
      } catch {
        /* a sheet without readable rules has no theme rules of ours */
      }
    }
    document.documentElement.dataset.theme = mode;
  };

  /** "@name" values of app.json / page JSON come from theme.json for the current theme. */
  P.themeValue = function themeValue(value) {
    if (typeof value !== 'string' || value[0] !== '@' || !APP.theme) return value;
    return (APP.theme[P.theme()] || {})[value.slice(1)] || value;
  };
})();
