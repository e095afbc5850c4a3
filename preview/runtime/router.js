/* global window, document, location, history */
// The page stack behind wx.navigateTo & co: pages mounted with their lifecycle hooks, the
// navigation bar drawn for the top page, and the URL kept on it so a reload reopens it.
(function () {
  'use strict';
  const P = window.__preview;
  const APP = window.__APP__;
  const simulate = window.simulate;
  const { $, el, t } = P;

  const stack = [];
  window.getCurrentPages = () => stack.map((entry) => entry.instance);
  const pageIds = {};
  const callHook = (target, name, arg) =>
    target && typeof target[name] === 'function' ? target[name](arg) : undefined;

  function parseUrl(url, fromRoute) {
    const [rawPath, rawQuery = ''] = String(url || '').split('?');
    let route;
    if (rawPath.startsWith('/')) route = rawPath.slice(1);
    else {
      const parts = (fromRoute || '').split('/').slice(0, -1).concat(rawPath.split('/'));
      const out = [];
      for (const part of parts) {
        if (part === '..') out.pop();
        else if (part && part !== '.') out.push(part);
      }
      route = out.join('/');
    }
    const query = {};
    // As in WeChat, values reach onLoad as written in the URL (not decoded).
    for (const pair of rawQuery.split('&')) {
      if (!pair) continue;
      const i = pair.indexOf('=');
      if (i < 0) query[pair] = '';
      else query[pair.slice(0, i)] = pair.slice(i + 1);
    }
    return { route: route.replace(/\.html$/, ''), query, queryString: rawQuery };
  }

  function pageTag(route) {
    return `page-${route.replace(/[^a-zA-Z0-9]+/g, '-')}`;
  }

  function mount(route, query, queryString) {
    if (!pageIds[route]) pageIds[route] = simulate.load(`/${route}`, pageTag(route), { rootPath: '/' });
    const comp = simulate.render(pageIds[route]);
    P.applyThemeToSheets();
    const wrapper = el('page', { class: 'pv-page', 'data-route': route });
    $('#pv-viewport').appendChild(wrapper);
    comp.attach(wrapper);
    const instance = comp.instance;
    instance.route = route;
    instance.options = query;
    const entry = {
      route,
      query,
      queryString,
      comp,
      wrapper,
      instance,
      title: null,
      id: Math.random().toString(36).slice(2),
    };
    const reachBottom = pageConfig(route).onReachBottomDistance || 50;
    let atBottom = false;
    wrapper.addEventListener('scroll', () => {
      callHook(instance, 'onPageScroll', { scrollTop: wrapper.scrollTop });
      const near = wrapper.scrollTop + wrapper.clientHeight >= wrapper.scrollHeight - reachBottom;
      if (near && !atBottom) callHook(instance, 'onReachBottom');
      atBottom = near;
    });
    return entry;
  }

  function unmount(entry) {
    callHook(entry.instance, 'onUnload');
    entry.comp.detach();
    entry.wrapper.remove();
  }

  function hide(entry) {
    callHook(entry.instance, 'onHide');
    entry.comp.triggerPageLifeTime('hide');
    entry.wrapper.hidden = true;
  }

  function show(entry) {
    entry.wrapper.hidden = false;
    callHook(entry.instance, 'onShow');
    entry.comp.triggerPageLifeTime('show');
    renderChrome();
  }

  let homeHidden = false;
  const nav = {
    open(url, mode) {
      const top = stack[stack.length - 1];
      if (top && document.documentElement.dataset.singlePage)
        throw new Error('not supported in single page mode');
      const target = parseUrl(url, top && top.route);
      if (!APP.pages.includes(target.route)) throw new Error(`page "${target.route}" is not found`);
      if (mode === 'navigateTo' && stack.length >= 10) throw new Error('webview count limit exceed');
      if (mode === 'redirectTo' && top) unmount(stack.pop());
      else if (mode === 'reLaunch') while (stack.length) unmount(stack.pop());
      else if (top) hide(top);
      homeHidden = false;
      const entry = mount(target.route, target.query, target.queryString);
      stack.push(entry);
      callHook(entry.instance, 'onLoad', target.query);
      callHook(entry.instance, 'onShow');
      entry.comp.triggerPageLifeTime('show');
      renderChrome();
      // onReady once the first render is on screen, as in WeChat: the task after the next
      // frame's paint (a rAF runs just before that paint).
      window.requestAnimationFrame(() =>
        window.setTimeout(() => {
          if (stack.includes(entry)) callHook(entry.instance, 'onReady');
        }, 0),
      );
      return undefined;
    },
    back(delta) {
      if (stack.length <= 1) throw new Error('cannot navigate back at first page');
      const n = Math.min(delta || 1, stack.length - 1);
      for (let i = 0; i < n; i += 1) unmount(stack.pop());
      show(stack[stack.length - 1]);
      return undefined;
    },
    setTitle(title) {
      const top = stack[stack.length - 1];
      if (top) top.title = String(title);
      renderChrome();
    },
    setColor(front, background) {
      const top = stack[stack.length - 1];
      if (top) top.colors = { front, background };
      renderChrome();
    },
    setLoading(on) {
      $('#pv-nav').classList.toggle('pv-nav--loading', !!on);
    },
    hideHome() {
      homeHidden = true;
      renderChrome();
    },
    scrollTo(top, duration) {
      const entry = stack[stack.length - 1];
      if (entry) entry.wrapper.scrollTo({ top, behavior: duration ? 'smooth' : 'auto' });
    },
  };
  P.nav = nav;

  function pageConfig(route) {
    return Object.assign({}, APP.appJson.window || {}, APP.pageJson[route] || {});
  }

  function renderChrome() {
    const top = stack[stack.length - 1];
    if (!top) return;
    const config = pageConfig(top.route);
    const title = top.title !== null ? top.title : config.navigationBarTitleText || '';
    const navBar = $('#pv-nav');
    const bg =
      (top.colors && top.colors.background) || P.themeValue(config.navigationBarBackgroundColor) || '#ffffff';
    const text =
      (top.colors && top.colors.front) ||
      (P.themeValue(config.navigationBarTextStyle) === 'white' ? '#ffffff' : '#000000');
    navBar.style.background = bg;
    navBar.style.color = text;
    const status = $('.pv-status');
    status.style.background = bg;
    status.style.color = text;
    $('#pv-title').textContent = title;
    document.title = `${title} · preview`;
    const back = $('#pv-back');
    const canGoBack = stack.length > 1;
    const showHome = !canGoBack && top.route !== APP.pages[0] && !homeHidden;
    back.hidden = !canGoBack && !showHome;
    back.dataset.kind = canGoBack ? 'back' : 'home';
    back.textContent = canGoBack ? '‹' : '⌂';
    back.setAttribute('aria-label', t(canGoBack ? 'back' : 'home'));
    $('#pv-phone').style.background = P.themeValue(config.backgroundColor) || '';
    const hash = `#/${top.route}${top.queryString ? `?${top.queryString}` : ''}`;
    if (location.hash !== hash) history.replaceState(null, '', hash);
  }

  P.stack = stack;
  P.callHook = callHook;
  P.parseUrl = parseUrl;
  P.renderChrome = renderChrome;
})();
