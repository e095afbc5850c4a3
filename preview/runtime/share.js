/* global window, location */
// Sharing as WeChat shows it: the page's onShareAppMessage / onShareTimeline answer becomes
// the card that would be sent, with the link a friend's tap would open.
(function () {
  'use strict';
  const P = window.__preview;
  const { el, t } = P;

  /** What "send to chat" would send: the card, and the link a friend would open. */
  function shareCard(kind, content) {
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
          text: `${P.appName()} · ${t('miniProgram')}`,
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
      P.$('#pv-overlay').appendChild(mask);
    });
  }

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

  /** The ··· menu or an open-type="share" button: asks the top page what to share, then shows the card. */
  function share(kind, trigger) {
    const top = P.stack[P.stack.length - 1];
    if (!top) return Promise.resolve();
    const handler = kind === 'moments' ? 'onShareTimeline' : 'onShareAppMessage';
    if (typeof top.instance[handler] !== 'function') {
      P.ui.toast({ title: t('noShare'), icon: 'none' });
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
      return shareCard(kind, {
        title: content.title || P.appName(),
        imageUrl: content.imageUrl,
        from: top,
        path: path.startsWith('/') ? path : `/${path}`,
      });
    });
  }
  P.share = share;
})();
