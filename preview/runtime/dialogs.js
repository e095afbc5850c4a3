/* global window, document */
// WeChat's own dialogs drawn inside the phone frame: toast, modal, action sheet, the image
// a poster would save, customer service and the settings page.
(function () {
  'use strict';
  const P = window.__preview;
  const { el, t } = P;
  const overlay = () => P.$('#pv-overlay');

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
})();
