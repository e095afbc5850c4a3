/* global window, document */
// simulate registers WeChat's builtins as bare <slot/> shells; these give the few we use
// their behaviour in a browser (open-type buttons, real canvases, images, navigators).
(function () {
  'use strict';
  const P = window.__preview;
  const simulate = window.simulate;
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
            P.share('chat', {
              from: 'button',
              target: { dataset: nodeOf(this).dataset || {}, id: nodeOf(this).id },
            });
          else if (this.data.openType === 'contact') P.ui.contact();
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
  // A real text field inside <wx-input>: typing sends WeChat's `input` event ({ value, cursor,
  // keyCode }), focus and blur theirs; placeholder, maxlength (-1: none), password and disabled.
  // The field takes the properties when it is made and again whenever one changes.
  const fieldProps = (field, { value, placeholder, maxlength, disabled, type, password }) => {
    if (field.value !== (value || '')) field.value = value || '';
    field.placeholder = placeholder || '';
    if (maxlength >= 0) field.maxLength = maxlength;
    else field.removeAttribute('maxlength');
    field.disabled = Boolean(disabled);
    field.type = password ? 'password' : 'text';
    field.inputMode = { number: 'numeric', digit: 'decimal', idcard: 'text' }[type] || 'text';
  };
  builtin('input', {
    properties: {
      value: String,
      type: { type: String, value: 'text' },
      password: Boolean,
      placeholder: String,
      placeholderClass: String,
      maxlength: { type: Number, value: 140 },
      disabled: Boolean,
      focus: Boolean,
    },
    observers: {
      'value, placeholder, maxlength, disabled, type, password'() {
        const field = nodeOf(this).__field;
        if (field) fieldProps(field, this.data);
      },
    },
    lifetimes: {
      attached() {
        const host = nodeOf(this).$$;
        const field = document.createElement('input');
        field.className = 'pv-input';
        fieldProps(field, this.data);
        // The host carries the WXML's aria-label; the field is what the screen reader lands on.
        const label = host.getAttribute('aria-label');
        if (label) field.setAttribute('aria-label', label);
        new window.MutationObserver(() => {
          const now = host.getAttribute('aria-label');
          if (now) field.setAttribute('aria-label', now);
        }).observe(host, { attributes: true, attributeFilter: ['aria-label'] });
        field.addEventListener('input', () =>
          this.triggerEvent('input', { value: field.value, cursor: field.selectionStart || 0, keyCode: 0 }),
        );
        field.addEventListener('focus', () => this.triggerEvent('focus', { value: field.value, height: 0 }));
        field.addEventListener('blur', () => this.triggerEvent('blur', { value: field.value }));
        field.addEventListener('keydown', (e) => {
          if (e.key === 'Enter') this.triggerEvent('confirm', { value: field.value });
        });
        host.appendChild(field);
        nodeOf(this).__field = field;
        if (this.data.focus) field.focus();
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
          if (type === 'navigateBack') P.nav.back(this.data.delta);
          else
            P.nav.open(
              this.data.url,
              { navigate: 'navigateTo', redirect: 'redirectTo', reLaunch: 'reLaunch', switchTab: 'reLaunch' }[
                type
              ] || 'navigateTo',
            );
        });
      },
    },
  });
})();
