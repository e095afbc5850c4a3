// The browser preview's HTTP server (node:http only): the phone-frame shell, the runtime,
// miniprogram-simulate's browser bundle, and the app bundle made from dist/ by bundle.mjs.
// Listens on loopback only; nothing here is part of the mini program package.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBundle } from './bundle.mjs';
import { ROOT } from './toolchain.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const RUNTIME = path.join(HERE, 'runtime');
const SIMULATE_BUNDLE = path.join(ROOT, 'node_modules/miniprogram-simulate/build.js');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
};

// Nothing but this server may be contacted (simulate's runtime needs eval-like Function).
const CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
].join('; ');

/**
 * simulate converts rpx 1:1 to px; on a phone 750rpx is the screen width. Both copies of
 * its transformRpx (simulate's and j-component's) are routed to the runtime's converter.
 */
function patchSimulate(source) {
  const pattern = /return style\.replace\(\/\(\\d\+\)rpx\/ig, '\$1px'\)/g;
  const count = (source.match(pattern) || []).length;
  if (count !== 2) {
    throw new Error(`preview: expected 2 transformRpx in miniprogram-simulate/build.js, found ${count}`);
  }
  // WeChat keeps the styles an `animation` gave a node (vant's collapse opens its items to a height)
  // when the node's own style is applied again; simulate keeps only the transition keys.
  const restyle = "exparserNode.setNodeStyle(_.transformRpx(value || '', true) + animationStyle)";
  if (source.split(restyle).length !== 2)
    throw new Error('preview: expected 1 node restyle in miniprogram-simulate/build.js');
  const keepAnimated =
    "exparserNode.setNodeStyle(_.transformRpx(value || '', true) + animationStyle + Object.entries((exparserNode.__animationStyle || {}).style || {}).map(([k, v]) => ';' + k + ':' + window.__preview.rpx(v)).join(''))";
  // Its steps wait for transitionend, which a restyle can cancel: the preview lands on the end state.
  const steps =
    "        exparserNode.addListener('transitionend', () => {\n          index += 1\n          step()\n        })\n        step()";
  if (source.split(steps).length !== 2)
    throw new Error('preview: expected 1 animation stepper in miniprogram-simulate/build.js');
  return source
    .replace(pattern, 'return window.__preview.rpx(style)')
    .replace(restyle, keepAnimated)
    .replace(steps, '        for (; index < length; index += 1) step()');
}

/** Builds the bundle from `root` (the build output) and serves it; resolves once listening. */
export async function startPreview({ root, port = 5173, host = '127.0.0.1', log = () => {} } = {}) {
  const started = Date.now();
  const bundle = buildBundle(root);
  const simulate = patchSimulate(fs.readFileSync(SIMULATE_BUNDLE, 'utf8'));
  const generated = {
    '/__preview/gwx.js': bundle.gwx,
    '/__preview/modules.js': bundle.modules,
    '/__preview/app-data.js': bundle.app,
    '/__preview/simulate.js': simulate,
  };
  // index.html names the runtime's scripts in the order they run; every file of runtime/ is served.
  const runtimeFiles = { '/': 'index.html' };
  for (const name of fs.readdirSync(RUNTIME))
    runtimeFiles[`/${name === 'index.html' ? '' : '__preview/'}${name}`] = name;

  const server = http.createServer((req, res) => {
    const url = new URL(req.url || '/', 'http://preview.local');
    const send = (status, type, body) => {
      res.writeHead(status, {
        'Content-Type': type,
        'Cache-Control': 'no-store',
        'Content-Security-Policy': CSP,
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'text/plain', 'method not allowed');
    const pathname = decodeURIComponent(url.pathname);
    if (pathname in generated) return send(200, TYPES['.js'], generated[pathname]);
    if (pathname in runtimeFiles) {
      const file = path.join(RUNTIME, runtimeFiles[pathname]);
      return send(200, TYPES[path.extname(file)], fs.readFileSync(file));
    }
    // Static images of the mini program (e.g. <image src="/images/x.png">), from the build only.
    const ext = path.extname(pathname).toLowerCase();
    if (/^\.(png|jpe?g|gif|svg)$/.test(ext)) {
      const file = path.join(root, pathname);
      if (file.startsWith(path.resolve(root) + path.sep) && fs.existsSync(file)) {
        return send(200, TYPES[ext], fs.readFileSync(file));
      }
    }
    if (pathname === '/favicon.ico') return send(204, 'text/plain', '');
    return send(404, 'text/plain; charset=utf-8', `not found: ${pathname}`);
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  const url = `http://${host}:${address.port}/`;
  log(
    `preview: ${bundle.stats.pages} page(s), ${bundle.stats.components} components, wcc ${bundle.stats.wxml} WXML + ${bundle.stats.wxs} WXS, ${bundle.stats.modules} JS modules` +
      (bundle.stats.remoteFonts
        ? `, ${bundle.stats.remoteFonts} remote font source(s) left out (offline)`
        : '') +
      `; ready in ${Date.now() - started} ms`,
  );
  if (bundle.stats.missingPages.length) {
    log(`preview: app.json lists pages without files, left out: ${bundle.stats.missingPages.join(', ')}`);
  }
  return {
    url,
    port: address.port,
    stats: bundle.stats,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
