/* global window, Event */
// Mouse and keyboard to touch: j-component turns touchstart/touchend into tap, so a click (or
// Enter/Space on a focused tappable element) becomes that pair.
(function () {
  'use strict';
  const P = window.__preview;

  P.installTouchBridge = function installTouchBridge(viewport) {
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
  };
})();
