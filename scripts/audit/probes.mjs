// Functions the audit runs inside the preview (each is serialised by page.evaluate, so each
// is self-contained and uses only browser globals).
/* global window, document, getComputedStyle */

/**
 * Installed before the preview's scripts: counts every setData of our own pages and
 * components (not vant's, not the builtins) with its keys and JSON size. The preview's
 * runtime wraps Component once more, so the patch is applied once per instance.
 */
export function installSetDataCounter() {
  let current;
  window.__audit = { calls: [], cause: '' };
  const encoder = new window.TextEncoder();
  Object.defineProperty(window, 'Component', {
    configurable: true,
    get: () => current,
    set(inner) {
      current = function (options) {
        const lifetimes = Object.assign({}, options.lifetimes);
        const created = lifetimes.created || options.created;
        lifetimes.created = function () {
          // eslint-disable-next-line @typescript-eslint/no-this-alias -- the instance, captured for the wrapped setData
          const self = this;
          if (!self.__auditCounted) {
            self.__auditCounted = true;
            // Events our components send on their own (a card drawn) are causes of their own:
            // the setData a page answers them with is counted under that event, not the tap.
            const trigger = self.triggerEvent;
            if (typeof trigger === 'function')
              self.triggerEvent = function (name, ...rest) {
                const outer = window.__audit.cause;
                window.__audit.cause = /^(card|moments|poster)$/.test(name) ? name : outer;
                try {
                  return trigger.call(this, name, ...rest);
                } finally {
                  window.__audit.cause = outer;
                }
              };
            const original = self.setData;
            self.setData = function (data, callback) {
              const host = self._exparserNode && self._exparserNode.$$;
              const tag = host ? host.tagName.toLowerCase() : '?';
              if (!/^(van-|wx-)/.test(tag)) {
                const page = host && host.closest('page.pv-page');
                window.__audit.calls.push({
                  tag,
                  page: page ? page.dataset.route : self.route,
                  instance: self.__auditId || (self.__auditId = Math.random().toString(36).slice(2)),
                  keys: Object.keys(data || {}),
                  cause: window.__audit.cause || 'tap',
                  bytes: encoder.encode(JSON.stringify(data || {})).length,
                });
              }
              return original.call(this, data, callback);
            };
          }
          if (created) return created.apply(this, arguments);
          return undefined;
        };
        return inner(Object.assign({}, options, { lifetimes }));
      };
    },
  });
}

/** WeChat's WXML rule, on the rendered tree of the page on screen: nodes, depth, widest node. */
export function measureTree() {
  const root = document.querySelector('page.pv-page:not([hidden])').firstElementChild;
  let nodes = 0;
  let depth = 0;
  let children = 0;
  let widest = '';
  const visit = (node, d) => {
    nodes += 1;
    if (d > depth) depth = d;
    if (node.children.length > children) {
      children = node.children.length;
      widest = String(node.className || node.tagName).split(' ')[0];
    }
    for (const child of node.children) visit(child, d + 1);
  };
  visit(root, 1);
  return { nodes, depth, children, widest };
}

/**
 * Every tappable element on screen with its laid-out size. Primary actions: vant primary
 * buttons and the questionnaire's options (data-option), which must reach 44×44.
 */
export function tapTargets() {
  const root = document.querySelector('page.pv-page:not([hidden])');
  const name = (node) => {
    const own = String(node.className || '')
      .split(' ')
      .map((c) => c.replace(/^.*?--/, ''))
      .find((c) => c && !/^(van-|app-)/.test(c));
    const host = node.closest('[class*="--"]:not(wx-button)');
    return (
      own ||
      (host
        ? String(host.className)
            .split(' ')[0]
            .replace(/^.*?--/, '')
        : node.tagName.toLowerCase())
    );
  };
  const out = [];
  for (const node of root.querySelectorAll('[tabindex], wx-button, [data-option]')) {
    if (node.closest('[aria-hidden="true"]')) continue;
    const r = node.getBoundingClientRect();
    if (!r.width || !r.height) continue;
    const primary = node.hasAttribute('data-option') || /van-button--primary/.test(node.className);
    // A vant button's host and its inner <button> are one target: measure the inner one once.
    if (node.tagName === 'WX-BUTTON' && node.querySelector('[tabindex]')) continue;
    out.push({
      name: name(node),
      width: Math.round(r.width * 10) / 10,
      height: Math.round(r.height * 10) / 10,
      primary,
    });
  }
  return out;
}

/**
 * The system font made 1.3× larger: every element's font size scaled (line heights keep their
 * ratio), then text that overflows its box or whose box overlaps a sibling's is reported.
 * The page is restored afterwards.
 */
export function fontScaleCheck(scale) {
  const page = document.querySelector('page.pv-page:not([hidden])');
  const all = [page, ...page.querySelectorAll('*')];
  const before = all.map((n) => {
    const cs = getComputedStyle(n);
    return { fontSize: parseFloat(cs.fontSize), lineHeight: cs.lineHeight, style: n.getAttribute('style') };
  });
  all.forEach((n, i) => {
    const b = before[i];
    n.style.fontSize = `${b.fontSize * scale}px`;
    if (/px$/.test(b.lineHeight)) n.style.lineHeight = String(parseFloat(b.lineHeight) / b.fontSize);
  });
  const hasText = (n) => [...n.childNodes].some((c) => c.nodeType === 3 && c.textContent.trim());
  const label = (n) =>
    `${String(n.className || n.tagName)
      .split(' ')[0]
      .replace(/^.*?--/, '')} "${n.textContent.trim().slice(0, 24)}"`;
  const problems = [];
  for (const n of all) {
    if (!hasText(n) || n.closest('[aria-hidden="true"]')) continue;
    const cs = getComputedStyle(n);
    if (cs.display === 'none' || cs.visibility === 'hidden') continue;
    if (cs.display !== 'inline') {
      if (n.scrollWidth > n.clientWidth + 1)
        problems.push(`clipped width: ${label(n)} (${n.scrollWidth} > ${n.clientWidth} px)`);
      if (cs.overflowY !== 'visible' && n.scrollHeight > n.clientHeight + 1)
        problems.push(`clipped height: ${label(n)} (${n.scrollHeight} > ${n.clientHeight} px)`);
    }
    if (cs.textOverflow === 'ellipsis' && n.scrollWidth > n.clientWidth)
      problems.push(`truncated: ${label(n)}`);
    // Line boxes, not the bounding box: text that wraps inline spans the full width on its
    // middle lines, and a source mark after its last word is beside it, not on top of it.
    const rects = [...n.getClientRects()];
    const parent = n.parentElement;
    if (!parent || cs.position === 'absolute' || cs.position === 'fixed') continue;
    for (const sib of parent.children) {
      if (sib === n || !sib.textContent.trim()) continue;
      const ss = getComputedStyle(sib);
      if (ss.position === 'absolute' || ss.position === 'fixed' || ss.display === 'none') continue;
      if (!(n.compareDocumentPosition(sib) & 4)) continue;
      let worst = null;
      for (const r of rects)
        for (const s of sib.getClientRects()) {
          const w = Math.min(r.right, s.right) - Math.max(r.left, s.left);
          const h = Math.min(r.bottom, s.bottom) - Math.max(r.top, s.top);
          if (w > 1 && h > 1 && (!worst || w * h > worst.w * worst.h)) worst = { w, h };
        }
      if (worst)
        problems.push(
          `overlap: ${label(n)} and ${label(sib)} (${Math.round(worst.w)}×${Math.round(worst.h)} px)`,
        );
    }
  }
  if (page.scrollWidth > page.clientWidth + 1)
    problems.push(`page scrolls sideways (${page.scrollWidth} > ${page.clientWidth} px)`);
  all.forEach((n, i) => {
    if (before[i].style === null) n.removeAttribute('style');
    else n.setAttribute('style', before[i].style);
  });
  return problems;
}

/**
 * axe-core on the mini program's page (the preview's toolbar, emulated navigation bar and
 * dialogs are not the product). Returns violations and the lowest contrast ratio measured.
 */
export async function runAxe(rules) {
  const known = new Set(window.axe.getRules().map((r) => r.ruleId));
  // The preview's (empty, click-through) dialog layer sits over the phone: axe would find every
  // text "overlapped" and measure nothing.
  const overlay = document.getElementById('pv-overlay');
  overlay.style.display = 'none';
  const result = await window.axe.run(
    {
      exclude: [
        ['.pv-toolbar'],
        ['.pv-status'],
        ['#pv-nav'],
        ['#pv-overlay'],
        ['page.pv-page[hidden]'],
        ['.pv-single'],
      ],
    },
    { runOnly: { type: 'rule', values: rules.filter((r) => known.has(r)) } },
  );
  overlay.style.display = '';
  let lowest = null;
  const consider = (node, violated) => {
    for (const check of [...node.any, ...node.all, ...node.none]) {
      const d = check.data;
      if (!d || typeof d.contrastRatio !== 'number' || !d.contrastRatio) continue;
      if (!lowest || d.contrastRatio < lowest.ratio)
        lowest = {
          ratio: d.contrastRatio,
          need: Number(String(d.expectedContrastRatio).replace(':1', '')),
          fg: d.fgColor,
          bg: d.bgColor,
          text: node.target
            .join(' ')
            .replace(/^.*?--/, '')
            .slice(0, 40),
          violated,
        };
    }
  };
  // Passes hold the measured ratio of every text that passed: the lowest one is the margin left.
  for (const rule of result.passes.filter((r) => r.id === 'color-contrast'))
    for (const n of rule.nodes) consider(n, false);
  for (const rule of result.violations.filter((r) => r.id === 'color-contrast'))
    for (const n of rule.nodes) consider(n, true);
  // Text whose contrast axe could not measure fails too, except icon glyphs (no text to read).
  const unmeasured = result.incomplete
    .filter((r) => r.id === 'color-contrast')
    .flatMap((r) => r.nodes)
    .filter((n) => n.any.some((c) => c.data && c.data.messageKey !== 'nonBmp'));
  const violations = result.violations.slice();
  if (unmeasured.length)
    violations.push({
      id: 'color-contrast (not measurable)',
      nodes: unmeasured.map((n) => ({
        target: n.target,
        failureSummary: `\n${n.any.map((c) => c.message).join(' ')}`,
      })),
    });
  return {
    lowest,
    violations: violations.map((v) => ({
      id: v.id,
      count: v.nodes.length,
      nodes: v.nodes
        .slice(0, 3)
        .map(
          (n) =>
            `${n.target.join(' ').replace(/[a-z-]+--/g, '')}: ${n.failureSummary.split('\n').slice(1, 2).join(' ').trim()}`,
        ),
    })),
  };
}

/**
 * Issue 14's first screen on the result page, as a person holding a 375×667 phone sees it: the
 * headline, the three figures (or, with no route, "what you can do instead"), the critical
 * warning, a friend's "shared with you" note, and the share actions in their bar, each laid out
 * inside the phone's screen and clear of the bar. `scale` enlarges every font as the system's
 * font setting does (1 for the default); the page is restored afterwards. Returns each part's
 * box relative to the phone's screen and the problems found ([] when the first screen holds).
 */
export function firstScreenCheck(scale) {
  const phone = document.querySelector('.pv-phone');
  const page = document.querySelector('page.pv-page:not([hidden])');
  const all = [page, ...page.querySelectorAll('*')];
  const before = all.map((n) => {
    const cs = getComputedStyle(n);
    return { fontSize: parseFloat(cs.fontSize), lineHeight: cs.lineHeight, style: n.getAttribute('style') };
  });
  if (scale !== 1)
    all.forEach((n, i) => {
      const b = before[i];
      n.style.fontSize = `${b.fontSize * scale}px`;
      if (/px$/.test(b.lineHeight)) n.style.lineHeight = String(parseFloat(b.lineHeight) / b.fontSize);
    });
  const screen = phone.getBoundingClientRect();
  // The preview scopes class names as WeChat does ("<scope>--result__head"): match the last part.
  const owns = (n, cls) => [...n.classList].some((c) => c === cls || c.endsWith(`--${cls}`));
  const find = (path) =>
    path.reduce(
      (scope, cls) =>
        scope &&
        [...scope.querySelectorAll(`[class*="${cls}"]`)].find(
          (n) => owns(n, cls) && n.getClientRects().length,
        ),
      page,
    );
  const box = (path) => {
    const n = find(path.split(' '));
    if (!n) return null;
    const r = n.getBoundingClientRect();
    if (!r.width || !r.height) return null;
    return { top: Math.round(r.top - screen.top), bottom: Math.round(r.bottom - screen.top) };
  };
  const parts = {
    note: box('result__note'),
    headline: box('result__head'),
    figures: box('result__figures'),
    instead: box('result__instead'),
    critical: box('result__critical'),
    bar: box('result__bar'),
    share: box('result__bar share-bar__chat'),
    save: box('result__bar share-bar__save'),
  };
  const problems = [];
  const height = Math.round(screen.height);
  const barTop = parts.bar ? parts.bar.top : height;
  if (!parts.headline) problems.push('no headline');
  if (!parts.figures && !parts.instead) problems.push('neither the figures nor "what you can do instead"');
  if (!parts.share) problems.push('no share action in the bar');
  for (const [name, b] of Object.entries(parts)) {
    if (!b) continue;
    if (name === 'bar' || name === 'share' || name === 'save') {
      if (b.bottom > height) problems.push(`${name} ends at ${b.bottom} px, below the ${height} px screen`);
    } else if (b.bottom > barTop)
      problems.push(`${name} ends at ${b.bottom} px, under the share bar (top ${barTop} px)`);
  }
  all.forEach((n, i) => {
    if (before[i].style === null) n.removeAttribute('style');
    else n.setAttribute('style', before[i].style);
  });
  return { height, parts, problems };
}
