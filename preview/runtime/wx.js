/* global window, document, localStorage, navigator, Image, Blob, URL */
// The wx.* APIs the mini program calls, emulated in the browser. APIs with a browser
// meaning use it (storage -> localStorage, language -> navigator.language); the ones
// without show what WeChat would do (share card, permission prompt, customer service).
(function () {
  'use strict';
  const P = window.__preview;
  const STORAGE_PREFIX = 'wx-storage:';
  const AUTH_KEY = 'preview:auth';
  const FRAME = { width: 375, height: 667, navHeight: 44, statusBar: 20 };
  P.FRAME = FRAME;
  /** 750rpx is the screen width (375 px in the frame); simulate's 1:1 conversion is patched to this. */
  P.rpx = (style) =>
    String(style).replace(
      /(-?\d*\.?\d+)rpx/gi,
      (m, n) => `${Number(((Number(n) * FRAME.width) / 750).toFixed(3))}px`,
    );

  /** Success/fail/complete callbacks, or a Promise when none is given (as base library 2.10+). */
  function api(name, impl) {
    return function (options) {
      const opts = options || {};
      const run = new Promise((resolve) => resolve(impl(opts))).then(
        (res) => Object.assign({ errMsg: `${name}:ok` }, res || {}),
        (err) => {
          const failure = { errMsg: `${name}:fail ${err && err.message ? err.message : err}` };
          if (err && err.errno) failure.errno = err.errno;
          throw failure;
        },
      );
      if (opts.success || opts.fail || opts.complete) {
        run.then(
          (res) => {
            if (opts.success) opts.success(res);
            if (opts.complete) opts.complete(res);
          },
          (err) => {
            if (opts.fail) opts.fail(err);
            if (opts.complete) opts.complete(err);
          },
        );
        return undefined;
      }
      return run;
    };
  }

  // ---- storage: one localStorage entry per key, JSON with the value's type kept ----
  function storageKeys() {
    const keys = [];
    for (let i = 0; i < localStorage.length; i += 1) {
      const k = localStorage.key(i);
      if (k && k.startsWith(STORAGE_PREFIX)) keys.push(k.slice(STORAGE_PREFIX.length));
    }
    return keys;
  }
  function setStorageSync(key, data) {
    if (typeof key !== 'string' || !key) throw new Error('setStorageSync: key must be a non-empty string');
    localStorage.setItem(STORAGE_PREFIX + key, JSON.stringify({ v: data === undefined ? null : data }));
  }
  function getStorageSync(key) {
    const raw = localStorage.getItem(STORAGE_PREFIX + key);
    if (raw === null) return '';
    try {
      return JSON.parse(raw).v;
    } catch {
      return '';
    }
  }
  function removeStorageSync(key) {
    localStorage.removeItem(STORAGE_PREFIX + key);
  }
  function clearStorageSync() {
    for (const key of storageKeys()) removeStorageSync(key);
  }
  function getStorageInfoSync() {
    const keys = storageKeys();
    const bytes = keys.reduce((n, k) => n + (localStorage.getItem(STORAGE_PREFIX + k) || '').length, 0);
    return { keys, currentSize: Math.ceil(bytes / 1024), limitSize: 10240 };
  }

  // ---- system: language and theme come from the browser, overridable in the toolbar ----
  function wechatLanguage() {
    const chosen = localStorage.getItem('preview:lang');
    const lang = chosen || navigator.language || 'zh-CN';
    if (/^zh[-_](tw|hk|mo|hant)/i.test(lang)) return 'zh_TW';
    if (/^zh/i.test(lang)) return 'zh_CN';
    return lang.split(/[-_]/)[0] || 'en';
  }
  function windowInfo() {
    const height = FRAME.height - FRAME.navHeight - FRAME.statusBar;
    return {
      pixelRatio: 2,
      screenWidth: FRAME.width,
      screenHeight: FRAME.height,
      windowWidth: FRAME.width,
      windowHeight: height,
      statusBarHeight: FRAME.statusBar,
      safeArea: {
        left: 0,
        right: FRAME.width,
        top: FRAME.statusBar,
        bottom: FRAME.height,
        width: FRAME.width,
        height: FRAME.height - FRAME.statusBar,
      },
      screenTop: FRAME.navHeight + FRAME.statusBar,
    };
  }
  function appBaseInfo() {
    return {
      SDKVersion: '3.7.0',
      enableDebug: false,
      host: { env: 'WeChat' },
      language: wechatLanguage(),
      version: '8.0.50',
      theme: P.theme ? P.theme() : 'light',
      fontSizeSetting: 16,
    };
  }
  function deviceInfo() {
    return {
      brand: 'preview',
      model: 'Browser preview (375 x 667)',
      system: 'iOS 17.0',
      platform: 'devtools',
      benchmarkLevel: 1,
    };
  }
  const themeListeners = [];

  // ---- permissions: asked once like WeChat, remembered like WeChat (per scope) ----
  function authSetting() {
    try {
      return JSON.parse(localStorage.getItem(AUTH_KEY) || '{}');
    } catch {
      return {};
    }
  }
  function setAuth(scope, granted) {
    const next = authSetting();
    next[scope] = granted;
    localStorage.setItem(AUTH_KEY, JSON.stringify(next));
  }
  const SCOPE_TEXT = {
    'scope.writePhotosAlbum': { zh: '保存图片或视频到你的相册', en: 'save images and videos to your album' },
    'scope.userLocation': { zh: '获取你的位置信息', en: 'use your location' },
  };
  function askScope(scope) {
    const current = authSetting()[scope];
    if (current === true) return Promise.resolve();
    if (current === false) return Promise.reject(new Error('auth deny'));
    const zh = /^zh/.test(wechatLanguage());
    const what = (SCOPE_TEXT[scope] || { zh: scope, en: scope })[zh ? 'zh' : 'en'];
    const name = (P.appName && P.appName()) || '';
    return P.ui
      .modal({
        title: zh ? `“${name}”申请` : `"${name}" requests to`,
        content: what,
        cancelText: zh ? '拒绝' : 'Deny',
        confirmText: zh ? '允许' : 'Allow',
        kind: 'permission',
      })
      .then((res) => {
        setAuth(scope, res.confirm);
        if (!res.confirm) throw new Error('auth deny');
      });
  }

  // ---- images made by the canvas: "temp files" are blob: URLs, short paths as WeChat's
  // wxfile://tmp_… are (a data: URL would put the whole PNG into every setData that carries it) ----
  function canvasToTempFilePath(opts) {
    const canvas = opts.canvas && (opts.canvas.__element || opts.canvas);
    if (!canvas || typeof canvas.toDataURL !== 'function') {
      throw new Error('canvasToTempFilePath: pass the canvas node of a type="2d" canvas');
    }
    let source = canvas;
    if (opts.x || opts.y || opts.width || opts.height || opts.destWidth || opts.destHeight) {
      const x = opts.x || 0;
      const y = opts.y || 0;
      const w = opts.width || canvas.width - x;
      const h = opts.height || canvas.height - y;
      source = document.createElement('canvas');
      source.width = opts.destWidth || w;
      source.height = opts.destHeight || h;
      source.getContext('2d').drawImage(canvas, x, y, w, h, 0, 0, source.width, source.height);
    }
    const type = opts.fileType === 'jpg' ? 'image/jpeg' : 'image/png';
    // toBlob encodes off the main thread, as WeChat exports off its logic thread.
    return new Promise((resolve, reject) =>
      source.toBlob(
        (blob) =>
          blob ? resolve({ tempFilePath: URL.createObjectURL(blob) }) : reject(new Error('export failed')),
        type,
        opts.quality || 1,
      ),
    );
  }

  // WeChat's own privacy notice, shown once before the first privacy-relevant API (2023+ rules).
  const PRIVACY_KEY = 'preview:privacy';
  function requirePrivacy() {
    if (localStorage.getItem(PRIVACY_KEY) === 'agreed') return Promise.resolve();
    const zh = /^zh/.test(wechatLanguage());
    const name = (P.appName && P.appName()) || '';
    return P.ui
      .modal({
        title: zh ? `${name} 隐私保护指引` : `${name} privacy guide`,
        content: zh
          ? '使用相册等功能前，请阅读并同意《小程序隐私保护指引》。（预览模拟）'
          : 'Before using features such as the album, read and agree to the Mini Program Privacy Guide. (simulated in the preview)',
        cancelText: zh ? '拒绝' : 'Disagree',
        confirmText: zh ? '同意' : 'Agree',
        kind: 'privacy',
      })
      .then((res) => {
        if (!res.confirm) {
          const err = new Error('privacy permission is not authorized');
          err.errno = 104;
          throw err;
        }
        localStorage.setItem(PRIVACY_KEY, 'agreed');
      });
  }

  const wx = {
    /** A bare API name is usable when emulated here; component/attribute schemas are. */
    canIUse: (schema) =>
      /^[a-zA-Z]+$/.test(String(schema)) ? typeof window.wx[schema] === 'function' : true,
    requirePrivacyAuthorize: api('requirePrivacyAuthorize', () => requirePrivacy()),
    getPrivacySetting: api('getPrivacySetting', () => ({
      needAuthorization: localStorage.getItem(PRIVACY_KEY) !== 'agreed',
      privacyContractName: '《小程序隐私保护指引》',
    })),
    onNeedPrivacyAuthorization: () => undefined,
    getAppBaseInfo: appBaseInfo,
    getWindowInfo: windowInfo,
    getDeviceInfo: deviceInfo,
    getSystemSetting: () => ({
      deviceOrientation: 'portrait',
      bluetoothEnabled: false,
      locationEnabled: false,
      wifiEnabled: true,
    }),
    getSystemInfoSync: () => Object.assign({}, deviceInfo(), windowInfo(), appBaseInfo()),
    getSystemInfo: api('getSystemInfo', () => Object.assign({}, deviceInfo(), windowInfo(), appBaseInfo())),
    getMenuButtonBoundingClientRect: () => ({
      width: 87,
      height: 32,
      top: FRAME.statusBar + 6,
      bottom: FRAME.statusBar + 38,
      left: FRAME.width - 94,
      right: FRAME.width - 7,
    }),
    getLaunchOptionsSync: () => P.launchOptions || { path: '', query: {}, scene: 1001 },
    getEnterOptionsSync: () => P.launchOptions || { path: '', query: {}, scene: 1001 },
    onThemeChange: (fn) => themeListeners.push(fn),
    offThemeChange: (fn) => {
      const i = themeListeners.indexOf(fn);
      if (i >= 0) themeListeners.splice(i, 1);
    },

    setStorageSync,
    getStorageSync,
    removeStorageSync,
    clearStorageSync,
    getStorageInfoSync,
    setStorage: api('setStorage', (o) => setStorageSync(o.key, o.data)),
    getStorage: api('getStorage', (o) => {
      if (localStorage.getItem(STORAGE_PREFIX + o.key) === null) throw new Error('data not found');
      return { data: getStorageSync(o.key) };
    }),
    removeStorage: api('removeStorage', (o) => removeStorageSync(o.key)),
    clearStorage: api('clearStorage', () => clearStorageSync()),
    getStorageInfo: api('getStorageInfo', () => getStorageInfoSync()),

    navigateTo: api('navigateTo', (o) => P.nav.open(o.url, 'navigateTo')),
    redirectTo: api('redirectTo', (o) => P.nav.open(o.url, 'redirectTo')),
    reLaunch: api('reLaunch', (o) => P.nav.open(o.url, 'reLaunch')),
    switchTab: api('switchTab', (o) => P.nav.open(o.url, 'reLaunch')),
    navigateBack: api('navigateBack', (o) => P.nav.back(o.delta || 1)),
    setNavigationBarTitle: api('setNavigationBarTitle', (o) => P.nav.setTitle(o.title)),
    setNavigationBarColor: api('setNavigationBarColor', (o) =>
      P.nav.setColor(o.frontColor, o.backgroundColor),
    ),
    showNavigationBarLoading: api('showNavigationBarLoading', () => P.nav.setLoading(true)),
    hideNavigationBarLoading: api('hideNavigationBarLoading', () => P.nav.setLoading(false)),
    hideHomeButton: api('hideHomeButton', () => P.nav.hideHome()),
    pageScrollTo: api('pageScrollTo', (o) => P.nav.scrollTo(o.scrollTop || 0, o.duration)),
    startPullDownRefresh: api('startPullDownRefresh', () => undefined),
    stopPullDownRefresh: api('stopPullDownRefresh', () => undefined),

    showToast: api('showToast', (o) => P.ui.toast(o)),
    hideToast: api('hideToast', () => P.ui.hideToast()),
    showLoading: api('showLoading', (o) => P.ui.toast(Object.assign({ icon: 'loading', duration: 0 }, o))),
    hideLoading: api('hideLoading', () => P.ui.hideToast()),
    showModal: api('showModal', (o) => P.ui.modal(o)),
    showActionSheet: api('showActionSheet', (o) => P.ui.actionSheet(o)),

    showShareMenu: api('showShareMenu', () => undefined),
    hideShareMenu: api('hideShareMenu', () => undefined),
    updateShareMenu: api('updateShareMenu', () => undefined),
    showShareImageMenu: api('showShareImageMenu', (o) => P.ui.imageSheet(o.path)),
    openCustomerServiceChat: api('openCustomerServiceChat', () => P.ui.contact()),
    makePhoneCall: api('makePhoneCall', (o) => P.ui.notice(`tel: ${o.phoneNumber}`)),
    setClipboardData: api('setClipboardData', (o) => {
      P.clipboard = String(o.data);
      if (navigator.clipboard && window.isSecureContext)
        navigator.clipboard.writeText(P.clipboard).catch(() => undefined);
      const zh = /^zh/.test(wechatLanguage());
      P.ui.toast({ title: zh ? '内容已复制' : 'Copied', icon: 'none' });
    }),
    getClipboardData: api('getClipboardData', () => ({ data: P.clipboard || '' })),
    vibrateShort: api('vibrateShort', () => undefined),
    vibrateLong: api('vibrateLong', () => undefined),
    reportAnalytics: () => undefined,
    reportEvent: () => undefined,

    getSetting: api('getSetting', () => ({ authSetting: authSetting() })),
    authorize: api('authorize', (o) => askScope(o.scope)),
    openSetting: api('openSetting', () =>
      P.ui.settings(authSetting(), setAuth).then(() => ({ authSetting: authSetting() })),
    ),
    saveImageToPhotosAlbum: api('saveImageToPhotosAlbum', (o) =>
      // WeChat reports success once saved; the download sheet stays open on its own.
      askScope('scope.writePhotosAlbum').then(() => {
        P.ui.imageSheet(o.filePath);
      }),
    ),
    canvasToTempFilePath: api('canvasToTempFilePath', canvasToTempFilePath),
    previewImage: api('previewImage', (o) => {
      P.ui.imageSheet(o.current || (o.urls || [])[0]);
    }),
    getImageInfo: api(
      'getImageInfo',
      (o) =>
        new Promise((resolve, reject) => {
          const img = new Image();
          img.onload = () =>
            resolve({ width: img.naturalWidth, height: img.naturalHeight, path: o.src, type: 'png' });
          img.onerror = () => reject(new Error('image could not be loaded'));
          img.src = o.src;
        }),
    ),
    getFileSystemManager: () => ({
      writeFile(o) {
        if (o.fail) o.fail({ errMsg: 'writeFile:fail the preview has no file system' });
      },
    }),

    // Nothing leaves the machine in the preview (and the product makes no network calls).
    request: api('request', () => {
      throw new Error('the preview makes no network requests');
    }),
    downloadFile: api('downloadFile', () => {
      throw new Error('the preview makes no network requests');
    }),
  };

  P.wxStorage = { keys: storageKeys, prefix: STORAGE_PREFIX };
  P.themeListeners = themeListeners;
  P.wechatLanguage = wechatLanguage;
  P.blobFromDataUrl = (dataUrl) => {
    const [head, body] = dataUrl.split(',');
    const mime = (head.match(/data:([^;]+)/) || [])[1] || 'image/png';
    const bin = window.atob(body);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i += 1) bytes[i] = bin.charCodeAt(i);
    return URL.createObjectURL(new Blob([bytes], { type: mime }));
  };
  // simulate's bundle carries less.js, which logs at start-up unless told to keep quiet.
  window.less = Object.assign({ logLevel: 1, env: 'production' }, window.less);
  // simulate merges its own mocks under these (definition.js: Object.assign(api, global.wx)).
  window.wx = wx;
})();
