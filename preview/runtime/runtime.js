/* global window, document, localStorage, location, history, performance, Event, URLSearchParams */
// Boots the mini program in the phone frame: builtin components with browser behaviour,
// the App/Page shims, the page stack behind wx.navigateTo & co, the navigation bar,
// theme and language, mouse-to-touch, and the visible emulation of share, poster and contact.
(function () {
  'use strict';
  const P = window.__preview;
  const APP = window.__APP__;
  const simulate = window.simulate;
  const started = performance.now();
  const $ = (sel) => document.querySelector(sel);

  // ---------------------------------------------------------------- text of the preview chrome
  const zh = () => /^zh/.test(P.wechatLanguage());
  const T = {
    back: ['返回', 'Back'],
    home: ['首页', 'Home'],
    more: ['更多', 'More'],
    sendToChat: ['发送给朋友', 'Send to chat'],
    moments: ['分享到朋友圈', 'Share to Moments'],
    restart: ['重新进入小程序', 'Restart the mini program'],
    cancel: ['取消', 'Cancel'],
    ok: ['确定', 'OK'],
    cardWouldSend: ['将发送以下卡片（预览）', 'This card would be sent (preview)'],
    momentsWouldPost: ['将发布到朋友圈（预览）', 'This would be posted to Moments (preview)'],
    openLink: ['朋友点开卡片后打开：', 'Your friend tapping the card opens:'],
    copyLink: ['复制链接', 'Copy link'],
    noShare: ['当前页面未设置分享', 'This page cannot be shared'],
    pageScreenshot: ['（当前页面截图）', '(screenshot of the page)'],
    contactTitle: ['客服消息', 'Customer service'],
    contact: [
      '在微信中，这里会打开与本小程序客服的会话。预览无法连接客服。',
      'In WeChat this opens a customer service chat with this mini program. The preview cannot connect to it.',
    ],
    saved: [
      '在微信中图片会保存到相册。预览中可下载 PNG：',
      'In WeChat the image is saved to the album. In the preview, download the PNG:',
    ],
    download: ['下载 PNG', 'Download PNG'],
    settings: ['设置', 'Settings'],
    album: ['保存到相册', 'Save to album'],
    notFound: ['页面不存在', 'Page not found'],
    miniProgram: ['小程序', 'Mini Program'],
  };
  const t = (key) => T[key][zh() ? 0 : 1];

  // ---------------------------------------------------------------- theme (light / dark)
  P.theme = () => {
    const chosen = localStorage.getItem('preview:theme');
    if (chosen === 'dark' || chosen === 'light') return chosen;
    return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  };
  const originalMedia = new WeakMap();
  /** WXSS dark rules use prefers-color-scheme; rewrite their media so the toggle decides. */
  function applyThemeToSheets() {
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
  }
  function themeValue(value) {
    if (typeof value !== 'string' || value[0] !== '@' || !APP.theme) return value;
    return (APP.theme[P.theme()] || {})[value.slice(1)] || value;
  }

  // ---------------------------------------------------------------- UI: toast, modal, sheets
  const overlay = () => $('#pv-overlay');
  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'text') node.textContent = v;
      else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v);
    }
    for (const child of children || []) if (child) node.appendChild(child);
    return node;
  }
  let toastTimer = null;
  const ui = {
    toast(o) {
      ui.hideToast();
      const icon = o.icon || 'success';
      const box = el('div', { class: `pv-toast pv-toast--${icon}`, role: 'status', 'data-testid': 'toast' }, [
        icon === 'none'
          ? null
          : el('div', {
              class: 'pv-toast__icon',
              'aria-hidden': 'true',
              text: icon === 'loading' ? '⟳' : icon === 'error' ? '✕' : '✓',
            }),
        el('div', { class: 'pv-toast__text', text: o.title || '' }),
      ]);
      if (o.mask) box.classList.add('pv-toast--mask');
      overlay().appendChild(box);
      const duration = o.duration === undefined ? 1500 : o.duration;
      if (duration > 0) toastTimer = window.setTimeout(ui.hideToast, duration);
    },
    hideToast() {
      window.clearTimeout(toastTimer);
      for (const n of document.querySelectorAll('.pv-toast')) n.remove();
    },
    /** A dialog inside the phone; resolves like wx.showModal ({confirm, cancel}). */
    modal(o) {
      return new Promise((resolve) => {
        const close = (confirm) => {
          mask.remove();
          resolve({ confirm, cancel: !confirm, content: o.editable ? '' : undefined });
        };
        const buttons = [];
        if (o.showCancel !== false) {
          buttons.push(
            el('button', {
              class: 'pv-modal__btn',
              'data-action': 'cancel',
              style: `color:${o.cancelColor || ''}`,
              text: o.cancelText || t('cancel'),
              onclick: () => close(false),
            }),
          );
        }
        buttons.push(
          el('button', {
            class: 'pv-modal__btn pv-modal__btn--primary',
            'data-action': 'confirm',
            style: `color:${o.confirmColor || ''}`,
            text: o.confirmText || t('ok'),
            onclick: () => close(true),
          }),
        );
        const mask = el('div', { class: 'pv-mask' }, [
          el(
            'div',
            {
              class: `pv-modal ${o.kind ? `pv-modal--${o.kind}` : ''}`,
              role: 'dialog',
              'aria-modal': 'true',
              'data-testid': o.kind || 'modal',
            },
            [
              o.title ? el('div', { class: 'pv-modal__title', text: o.title }) : null,
              o.content ? el('div', { class: 'pv-modal__content', text: o.content }) : null,
              el('div', { class: 'pv-modal__buttons' }, buttons),
            ],
          ),
        ]);
        overlay().appendChild(mask);
      });
    },
    notice(text) {
      return ui.modal({ content: text, showCancel: false }).then(() => undefined);
    },
    /** wx.showActionSheet: resolves {tapIndex}, rejects on cancel. */
    actionSheet(o) {
      return new Promise((resolve, reject) => {
        const close = (index) => {
          mask.remove();
          if (index < 0) reject(new Error('cancel'));
          else resolve({ tapIndex: index });
        };
        const items = (o.itemList || []).map((label, i) =>
          el('button', {
            class: 'pv-sheet__item',
            style: `color:${o.itemColor || ''}`,
            text: label,
            onclick: () => close(i),
          }),
        );
        const mask = el(
          'div',
          { class: 'pv-mask pv-mask--bottom', onclick: (e) => e.target === mask && close(-1) },
          [
            el('div', { class: 'pv-sheet', role: 'menu', 'data-testid': 'action-sheet' }, [
              o.alertText ? el('div', { class: 'pv-sheet__alert', text: o.alertText }) : null,
              ...items,
              el('button', {
                class: 'pv-sheet__item pv-sheet__cancel',
                text: t('cancel'),
                onclick: () => close(-1),
              }),
            ]),
          ],
        );
        overlay().appendChild(mask);
      });
    },
    /** What "send to chat" would send: the card, and the link a friend would open. */
    shareCard(kind, content) {
      // The scene WeChat reports when the card is opened: 1007 a chat card, 1154 Moments (single-page mode).
      const link = `${location.origin}${location.pathname}?scene=${kind === 'moments' ? 1154 : 1007}#${content.path}`;
      return new Promise((resolve) => {
        const close = () => {
          mask.remove();
          resolve();
        };
        const image = content.imageUrl
          ? el('img', { class: 'pv-card__image', src: content.imageUrl, alt: '' })
          : pageShot(content.from);
        const card = el('div', { class: `pv-card pv-card--${kind}`, 'data-testid': 'share-card' }, [
          el('div', {
            class: 'pv-card__app',
            text: `${APP.appJson.window.navigationBarTitleText || ''} · ${t('miniProgram')}`,
          }),
          el('div', { class: 'pv-card__title', 'data-testid': 'share-title', text: content.title }),
          image,
        ]);
        const anchor = el('a', {
          class: 'pv-card__link',
          href: link,
          'data-testid': 'share-link',
          text: link,
          onclick: () => close(),
        });
        const mask = el(
          'div',
          { class: 'pv-mask pv-mask--bottom', onclick: (e) => e.target === mask && close() },
          [
            el(
              'div',
              {
                class: 'pv-sheet pv-share',
                role: 'dialog',
                'aria-label': t(kind === 'moments' ? 'moments' : 'sendToChat'),
              },
              [
                el('div', {
                  class: 'pv-share__head',
                  text: t(kind === 'moments' ? 'momentsWouldPost' : 'cardWouldSend'),
                }),
                card,
                el('div', { class: 'pv-share__label', text: t('openLink') }),
                anchor,
                el('div', { class: 'pv-share__actions' }, [
                  el('button', {
                    class: 'pv-sheet__item',
                    text: t('copyLink'),
                    onclick: () => window.wx.setClipboardData({ data: link }),
                  }),
                  el('button', {
                    class: 'pv-sheet__item pv-sheet__cancel',
                    'data-action': 'close',
                    text: t('cancel'),
                    onclick: close,
                  }),
                ]),
              ],
            ),
          ],
        );
        overlay().appendChild(mask);
      });
    },
    /** A picture WeChat would save or show: offered as a PNG download. */
    imageSheet(src) {
      return new Promise((resolve) => {
        const close = () => {
          mask.remove();
          resolve();
        };
        const href = /^data:/.test(src) ? P.blobFromDataUrl(src) : src;
        const mask = el('div', { class: 'pv-mask', onclick: (e) => e.target === mask && close() }, [
          el('div', { class: 'pv-modal pv-image', role: 'dialog', 'data-testid': 'image-sheet' }, [
            el('div', { class: 'pv-modal__content', text: t('saved') }),
            el('img', { class: 'pv-image__img', src, alt: '' }),
            el('div', { class: 'pv-modal__buttons' }, [
              el('a', {
                class: 'pv-modal__btn pv-modal__btn--primary',
                href,
                download: 'poster.png',
                'data-testid': 'download-png',
                text: t('download'),
              }),
              el('button', { class: 'pv-modal__btn', 'data-action': 'close', text: t('ok'), onclick: close }),
            ]),
          ]),
        ]);
        overlay().appendChild(mask);
      });
    },
    contact() {
      return ui
        .modal({ title: t('contactTitle'), content: t('contact'), showCancel: false, kind: 'contact' })
        .then(() => undefined);
    },
    settings(auth, setAuth) {
      const scopes = Object.keys(auth);
      if (!scopes.length) return ui.notice(t('settings'));
      return ui
        .modal({
          title: t('settings'),
          content: `${t('album')}: ${auth['scope.writePhotosAlbum'] ? '✓' : '✕'}`,
          confirmText: '✓',
          cancelText: '✕',
          kind: 'settings',
        })
        .then((res) => {
          for (const scope of scopes) setAuth(scope, res.confirm);
        });
    },
  };
  P.ui = ui;

  /** Without imageUrl WeChat shows the top of the current screen at 5:4; a scaled live copy of it. */
  function pageShot(entry) {
    const box = el('div', {
      class: 'pv-card__image pv-card__image--page',
      'aria-label': t('pageScreenshot'),
      role: 'img',
    });
    if (!entry) return box;
    const frame = el('div', { class: 'pv-card__shot', 'aria-hidden': 'true' });
    const copy = entry.wrapper.cloneNode(true);
    copy.removeAttribute('hidden');
    frame.appendChild(copy);
    box.appendChild(frame);
    window.requestAnimationFrame(() => {
      frame.style.transform = `scale(${box.clientWidth / 375})`;
      copy.scrollTop = entry.wrapper.scrollTop;
    });
    return box;
  }
  P.appName = () => APP.appJson.window.navigationBarTitleText || '';

  // ---------------------------------------------------------------- builtin components
  // simulate registers WeChat's builtins as bare <slot/> shells; these give the few we use
  // their behaviour in a browser (open-type buttons, real canvases, images, navigators).
  const nodeOf = (comp) => comp._exparserNode;
  // WXML's aria-* attributes reach the DOM as role/aria-* (WeChat's screen reader support),
  // so the preview is inspectable with the browser's accessibility tools.
  const FOCUSABLE = /^(button|link|radio|checkbox|switch|tab|menuitem|option)$/;
  const ARIA = ['role', 'label', 'checked', 'disabled', 'hidden', 'selected', 'expanded', 'live', 'level'];
  const ariaProperties = {};
  const ariaObservers = {};
  for (const name of ARIA) {
    const prop = `aria${name[0].toUpperCase()}${name.slice(1)}`;
    ariaProperties[prop] = { type: null, value: null };
    ariaObservers[prop] = function (value) {
      const dom = nodeOf(this).$$;
      const attr = name === 'role' ? 'role' : `aria-${name}`;
      if (value === null || value === undefined || value === '') dom.removeAttribute(attr);
      else dom.setAttribute(attr, String(value));
      // Tappable roles are reachable with the keyboard (Enter/Space tap them, see the bridge).
      if (name === 'role') {
        if (FOCUSABLE.test(String(value))) dom.setAttribute('tabindex', '0');
        else dom.removeAttribute('tabindex');
      }
    };
  }
  const builtin = (id, def) =>
    simulate.load(
      Object.assign({ id, tagName: `wx-${id}`, template: '<slot/>' }, def, {
        properties: Object.assign({}, ariaProperties, def.properties),
        observers: Object.assign({}, ariaObservers, def.observers),
      }),
    );
  builtin('view', {});
  builtin('text', { properties: { userSelect: Boolean, space: String, decode: Boolean } });
  builtin('button', {
    properties: {
      openType: String,
      disabled: Boolean,
      loading: Boolean,
      type: String,
      size: String,
      plain: Boolean,
    },
    lifetimes: {
      attached() {
        const dom = nodeOf(this).$$;
        if (!dom.hasAttribute('role')) dom.setAttribute('role', 'button');
        if (!dom.hasAttribute('tabindex')) dom.setAttribute('tabindex', '0');
        nodeOf(this).addListener('tap', () => {
          if (this.data.disabled || this.data.loading) return;
          if (this.data.openType === 'share')
            share('chat', {
              from: 'button',
              target: { dataset: nodeOf(this).dataset || {}, id: nodeOf(this).id },
            });
          else if (this.data.openType === 'contact') ui.contact();
          else if (this.data.openType === 'openSetting') window.wx.openSetting({});
        });
      },
    },
  });
  builtin('canvas', {
    properties: { type: String, canvasId: String },
    lifetimes: {
      attached() {
        const host = nodeOf(this).$$;
        const canvas = document.createElement('canvas');
        canvas.className = 'pv-canvas';
        const rect = host.getBoundingClientRect();
        canvas.width = Math.round(rect.width) || 300;
        canvas.height = Math.round(rect.height) || 150;
        // The WeChat canvas node API on top of the HTML one.
        canvas.createImage = () => new window.Image();
        canvas.requestAnimationFrame = (fn) => window.requestAnimationFrame(fn);
        canvas.cancelAnimationFrame = (id) => window.cancelAnimationFrame(id);
        canvas.__element = canvas;
        host.appendChild(canvas);
        nodeOf(this).__canvas = canvas;
      },
    },
  });
  builtin('image', {
    properties: { src: String, mode: String },
    observers: {
      'src, mode'(src, mode) {
        const dom = nodeOf(this).$$;
        const sizes = {
          aspectFit: 'contain',
          aspectFill: 'cover',
          widthFix: '100% auto',
          heightFix: 'auto 100%',
          scaleToFill: '100% 100%',
        };
        dom.style.backgroundImage = src ? `url("${src}")` : '';
        dom.style.backgroundSize = sizes[mode || 'scaleToFill'] || 'auto';
        if (!src) return;
        const img = new window.Image();
        img.onload = () => {
          if (mode === 'widthFix')
            dom.style.height = `${(dom.clientWidth * img.naturalHeight) / img.naturalWidth}px`;
          if (mode === 'heightFix')
            dom.style.width = `${(dom.clientHeight * img.naturalWidth) / img.naturalHeight}px`;
          this.triggerEvent('load', { width: img.naturalWidth, height: img.naturalHeight });
        };
        img.onerror = () => this.triggerEvent('error', { errMsg: 'image load error' });
        img.src = src;
      },
    },
  });
  builtin('navigator', {
    properties: {
      url: String,
      openType: { type: String, value: 'navigate' },
      delta: { type: Number, value: 1 },
    },
    lifetimes: {
      attached() {
        nodeOf(this).addListener('tap', () => {
          const type = this.data.openType;
          if (type === 'navigateBack') nav.back(this.data.delta);
          else
            nav.open(
              this.data.url,
              { navigate: 'navigateTo', redirect: 'redirectTo', reLaunch: 'reLaunch', switchTab: 'reLaunch' }[
                type
              ] || 'navigateTo',
            );
        });
      },
    },
  });

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

  // ---------------------------------------------------------------- App, Page, getApp
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

  // ---------------------------------------------------------------- file map for simulate
  const fileMap = Object.assign({}, APP.files);
  for (const key of Object.keys(APP.files)) {
    if (!key.endsWith('.json')) continue;
    const rel = key.slice(0, -5);
    const template = window.__gwx(`${rel}.wxml`);
    if (template) fileMap[`${rel}.wxml`] = template;
  }
  window.__FILE_MAP__ = fileMap;

  // ---------------------------------------------------------------- page stack and navigation
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
    applyThemeToSheets();
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
      // onReady after the first render, as in WeChat.
      window.setTimeout(() => {
        if (stack.includes(entry)) callHook(entry.instance, 'onReady');
      }, 0);
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
      (top.colors && top.colors.background) || themeValue(config.navigationBarBackgroundColor) || '#ffffff';
    const text =
      (top.colors && top.colors.front) ||
      (themeValue(config.navigationBarTextStyle) === 'white' ? '#ffffff' : '#000000');
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
    $('#pv-phone').style.background = themeValue(config.backgroundColor) || '';
    const hash = `#/${top.route}${top.queryString ? `?${top.queryString}` : ''}`;
    if (location.hash !== hash) history.replaceState(null, '', hash);
  }

  // ---------------------------------------------------------------- share (menu and open-type)
  function share(kind, trigger) {
    const top = stack[stack.length - 1];
    if (!top) return Promise.resolve();
    const handler = kind === 'moments' ? 'onShareTimeline' : 'onShareAppMessage';
    if (typeof top.instance[handler] !== 'function') {
      ui.toast({ title: t('noShare'), icon: 'none' });
      return Promise.resolve();
    }
    const current = `/${top.route}${top.queryString ? `?${top.queryString}` : ''}`;
    const result = top.instance[handler](trigger || { from: 'menu' }) || {};
    const resolved = result.promise
      ? Promise.race([result.promise, new Promise((r) => window.setTimeout(() => r({}), 3000))])
      : Promise.resolve({});
    return resolved.then((later) => {
      const content = Object.assign({}, result, later || {});
      const path =
        kind === 'moments'
          ? `/${top.route}${content.query ? `?${content.query}` : ''}`
          : content.path || current;
      return ui.shareCard(kind, {
        title: content.title || P.appName(),
        imageUrl: content.imageUrl,
        from: top,
        path: path.startsWith('/') ? path : `/${path}`,
      });
    });
  }
  P.share = share;

  // ---------------------------------------------------------------- mouse -> touch
  // j-component turns touchstart/touchend into tap; a mouse click becomes that pair.
  function installTouchBridge(viewport) {
    let pressed = null;
    const fire = (type, target, e, active) => {
      const point = {
        identifier: 0,
        pageX: e.pageX,
        pageY: e.pageY,
        clientX: e.clientX,
        clientY: e.clientY,
        target,
      };
      const event = new Event(type, { bubbles: true, cancelable: true, composed: true });
      Object.defineProperty(event, 'touches', { value: active ? [point] : [] });
      Object.defineProperty(event, 'targetTouches', { value: active ? [point] : [] });
      Object.defineProperty(event, 'changedTouches', { value: [point] });
      target.dispatchEvent(event);
    };
    viewport.addEventListener('pointerdown', (e) => {
      if (e.pointerType === 'touch' || e.button !== 0) return;
      pressed = e.target;
      fire('touchstart', pressed, e, true);
    });
    viewport.addEventListener('pointermove', (e) => {
      if (pressed && e.pointerType !== 'touch') fire('touchmove', pressed, e, true);
    });
    viewport.addEventListener('keydown', (e) => {
      if ((e.key !== 'Enter' && e.key !== ' ') || !e.target.hasAttribute('tabindex')) return;
      e.preventDefault();
      const r = e.target.getBoundingClientRect();
      const at = {
        pageX: r.left + r.width / 2,
        pageY: r.top + r.height / 2,
        clientX: r.left + r.width / 2,
        clientY: r.top + r.height / 2,
      };
      fire('touchstart', e.target, at, true);
      fire('touchend', e.target, at, false);
    });
    window.addEventListener('pointerup', (e) => {
      if (!pressed || e.pointerType === 'touch') return;
      const target = pressed;
      pressed = null;
      fire('touchend', target, e, false);
    });
  }

  // ---------------------------------------------------------------- chrome wiring and boot
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
    installTouchBridge(viewport);
    $('#pv-back').addEventListener('click', () => {
      if ($('#pv-back').dataset.kind === 'back') nav.back(1);
      else nav.open(`/${APP.pages[0]}`, 'reLaunch');
    });
    $('#pv-more').addEventListener('click', () => {
      ui.actionSheet({ itemList: [t('sendToChat'), t('moments'), t('restart')] })
        .then(({ tapIndex }) => {
          if (tapIndex === 0) share('chat', { from: 'menu' });
          else if (tapIndex === 1) share('moments', { from: 'menu' });
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
    applyThemeToSheets();
    P.require('/app');
    callHook(appInstance, 'onLaunch', P.launchOptions);
    callHook(appInstance, 'onShow', P.launchOptions);
    nav.open(launchUrl, 'reLaunch');
    P.ready = { ms: Math.round(performance.now() - started), navigationMs: Math.round(performance.now()) };
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
      el('span', { text: zh() ? '当前为朋友圈单页模式' : 'Single-page mode (opened from Moments)' }),
      el('button', {
        type: 'button',
        text: zh() ? '前往小程序' : 'Open the mini program',
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
    applyThemeToSheets();
    renderChrome();
    renderToolbar();
    const theme = P.theme();
    for (const fn of P.themeListeners.slice()) fn({ theme });
    callHook(appInstance, 'onThemeChange', { theme });
  }

  function renderToolbar() {
    const lang = zh() ? 'zh-CN' : 'en';
    for (const b of document.querySelectorAll('[data-lang]'))
      b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
    for (const b of document.querySelectorAll('[data-theme-choice]'))
      b.setAttribute('aria-pressed', String(b.dataset.themeChoice === P.theme()));
  }

  P.stack = stack;
  boot();
})();
