/* global window, document, localStorage, location, history, performance, URLSearchParams */
// Starts the mini program in the phone frame: wires the toolbar and the capsule, reads the
// launch link (page, query, scene), runs App's onLaunch/onShow and opens the first page.
// Loaded last: every other runtime file has put its part on window.__preview.
(function () {
  'use strict';
  const P = window.__preview;
  const APP = window.__APP__;
  const { $, el, t, nav, callHook, parseUrl, stack } = P;

  function launchFromHash() {
    const hash = decodeURI(location.hash.replace(/^#/, ''));
    const parsed = hash ? parseUrl(hash.startsWith('/') ? hash : `/${hash}`) : null;
    const valid = parsed && APP.pages.includes(parsed.route);
    return valid
      ? `/${parsed.route}${parsed.queryString ? `?${parsed.queryString}` : ''}`
      : `/${APP.pages[0]}`;
  }

  function boot() {
    const viewport = $('#pv-viewport');
    P.installTouchBridge(viewport);
    $('#pv-back').addEventListener('click', () => {
      if ($('#pv-back').dataset.kind === 'back') nav.back(1);
      else nav.open(`/${APP.pages[0]}`, 'reLaunch');
    });
    $('#pv-more').addEventListener('click', () => {
      P.ui
        .actionSheet({ itemList: [t('sendToChat'), t('moments'), t('restart')] })
        .then(({ tapIndex }) => {
          if (tapIndex === 0) P.share('chat', { from: 'menu' });
          else if (tapIndex === 1) P.share('moments', { from: 'menu' });
          else restart(`/${APP.pages[0]}`);
        })
        .catch(() => undefined);
    });
    $('#pv-close').addEventListener('click', () => restart(`/${APP.pages[0]}`));
    for (const button of document.querySelectorAll('[data-lang]')) {
      button.addEventListener('click', () => {
        localStorage.setItem('preview:lang', button.dataset.lang);
        // WeChat restarts mini programs when the language changes; so does the preview.
        location.reload();
      });
    }
    for (const button of document.querySelectorAll('[data-theme-choice]')) {
      button.addEventListener('click', () => setTheme(button.dataset.themeChoice));
    }
    $('#pv-clear').addEventListener('click', () => {
      window.wx.clearStorageSync();
      localStorage.removeItem('preview:auth');
      restart(`/${APP.pages[0]}`);
    });
    // A shared link opened in this tab: WeChat opens the card's page fresh.
    window.addEventListener('hashchange', () => {
      const top = stack[stack.length - 1];
      const current = top ? `#/${top.route}${top.queryString ? `?${top.queryString}` : ''}` : '';
      if (location.hash !== current) {
        P.launchOptions = Object.assign({}, P.launchOptions, { scene: 1007 });
        nav.open(launchFromHash(), 'reLaunch');
      }
    });
    if (window.matchMedia) {
      window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
        if (!localStorage.getItem('preview:theme')) setTheme(null);
      });
    }
    renderToolbar();

    const launchUrl = launchFromHash();
    const launch = parseUrl(launchUrl);
    const scene = Number(new URLSearchParams(location.search).get('scene')) || 1001;
    P.launchOptions = { path: launch.route, query: launch.query, scene, referrerInfo: {} };
    if (scene === 1154) enterSinglePageMode();
    P.applyThemeToSheets();
    P.require('/app');
    callHook(window.getApp(), 'onLaunch', P.launchOptions);
    callHook(window.getApp(), 'onShow', P.launchOptions);
    nav.open(launchUrl, 'reLaunch');
    P.ready = {
      ms: Math.round(performance.now() - P.runtimeStarted),
      navigationMs: Math.round(performance.now()),
    };
    document.documentElement.dataset.ready = 'true';
  }

  function restart(url) {
    history.replaceState(null, '', `${location.pathname}#${url}`);
    location.reload();
  }

  /** Opened from Moments: WeChat shows the one page, without navigation, and offers the full mini program. */
  function enterSinglePageMode() {
    document.documentElement.dataset.singlePage = 'true';
    const bar = el('div', { class: 'pv-single', 'data-testid': 'single-page-bar' }, [
      el('span', { text: t('singlePage') }),
      el('button', {
        type: 'button',
        text: t('openFull'),
        onclick: () => {
          const top = stack[stack.length - 1];
          restart(top ? `/${top.route}${top.queryString ? `?${top.queryString}` : ''}` : `/${APP.pages[0]}`);
        },
      }),
    ]);
    $('#pv-phone').appendChild(bar);
  }

  function setTheme(choice) {
    if (choice) localStorage.setItem('preview:theme', choice);
    else localStorage.removeItem('preview:theme');
    P.applyThemeToSheets();
    P.renderChrome();
    renderToolbar();
    const theme = P.theme();
    for (const fn of P.themeListeners.slice()) fn({ theme });
    callHook(window.getApp(), 'onThemeChange', { theme });
  }

  function renderToolbar() {
    const lang = P.zh() ? 'zh-CN' : 'en';
    for (const b of document.querySelectorAll('[data-lang]'))
      b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
    for (const b of document.querySelectorAll('[data-theme-choice]'))
      b.setAttribute('aria-pressed', String(b.dataset.themeChoice === P.theme()));
  }

  boot();
})();
