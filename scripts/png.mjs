// PNG shrinking for the README pictures, in plain Node (zlib): Chromium writes quick RGBA PNGs.
// A picture is re-encoded as a palette image when it has at most 256 colours, else as RGB without
// the alpha channel when that is opaque, with the row filters and deflate settings that give the
// fewest bytes; that much never changes a pixel. Asked to, it first reduces the colours (quantise):
// a flat UI has a few dozen real colours, the rest are anti-aliased text edges.
import zlib from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function paeth(a, b, c) {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** RGBA pixels of an 8-bit, non-interlaced RGB or RGBA PNG; null for anything else (left as it is). */
export function decodePng(png) {
  if (!png.subarray(0, 8).equals(SIGNATURE)) return null;
  let offset = 8;
  let header = null;
  const idat = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      header = { width: data.readUInt32BE(0), height: data.readUInt32BE(4), depth: data[8], colour: data[9] };
      if (data[12] !== 0) return null;
    } else if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  if (!header || header.depth !== 8 || (header.colour !== 2 && header.colour !== 6)) return null;
  const { width, height } = header;
  const channels = header.colour === 6 ? 4 : 3;
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const rows = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = rows.subarray(y * stride, (y + 1) * stride);
    const prev = y ? rows.subarray((y - 1) * stride, y * stride) : null;
    for (let x = 0; x < stride; x += 1) {
      const a = x >= channels ? out[x - channels] : 0;
      const b = prev ? prev[x] : 0;
      const c = prev && x >= channels ? prev[x - channels] : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter];
      out[x] = (line[x] + predictor) & 0xff;
    }
  }
  const rgba = Buffer.alloc(width * height * 4);
  for (let i = 0; i < width * height; i += 1) {
    rows.copy(rgba, i * 4, i * channels, i * channels + channels);
    if (channels === 3) rgba[i * 4 + 3] = 255;
  }
  return { width, height, rgba };
}

/** Filtered scanlines: the filter per row that minimises the sum of absolute values (or none at all). */
function filterRows(rows, stride, height, bpp, adaptive) {
  const out = Buffer.alloc((stride + 1) * height);
  const candidate = Buffer.alloc(stride);
  for (let y = 0; y < height; y += 1) {
    const line = rows.subarray(y * stride, (y + 1) * stride);
    const prev = y ? rows.subarray((y - 1) * stride, y * stride) : null;
    let bestScore = Infinity;
    for (const filter of adaptive ? [0, 1, 2, 3, 4] : [0]) {
      let score = 0;
      for (let x = 0; x < stride; x += 1) {
        const a = x >= bpp ? line[x - bpp] : 0;
        const b = prev ? prev[x] : 0;
        const c = prev && x >= bpp ? prev[x - bpp] : 0;
        const v = (line[x] - [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter]) & 0xff;
        candidate[x] = v;
        score += v < 128 ? v : 256 - v;
      }
      if (score < bestScore) {
        bestScore = score;
        out[y * (stride + 1)] = filter;
        candidate.copy(out, y * (stride + 1) + 1);
      }
    }
  }
  return out;
}

function smallestDeflate(data) {
  return [zlib.constants.Z_DEFAULT_STRATEGY, zlib.constants.Z_FILTERED]
    .map((strategy) => zlib.deflateSync(data, { level: 9, memLevel: 9, strategy }))
    .reduce((a, b) => (b.length < a.length ? b : a));
}

/**
 * The picture in as few bytes as this encoder manages. Lossless unless `colours` is given: then
 * an opaque picture is first reduced to that many colours (see quantise).
 */
export function optimisePng(png, { colours } = {}) {
  const image = decodePng(png);
  if (!image) return png;
  const reduced = colours ? quantise(image, colours) : null;
  const out = encodePng({ ...image, rgba: reduced || image.rgba });
  return reduced || out.length < png.length ? out : png;
}

/** RGBA pixels as a PNG: a palette image when there are at most 256 colours, else RGB(A). */
export function encodePng({ width, height, rgba }) {
  const palette = new Map();
  let opaque = true;
  for (let i = 0; i < rgba.length; i += 4) {
    if (rgba[i + 3] !== 255) opaque = false;
    if (palette.size <= 256) {
      const key = rgba.readUInt32BE(i);
      if (!palette.has(key)) palette.set(key, palette.size);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  const chunks = [];
  let rows;
  let bpp;
  if (palette.size <= 256) {
    ihdr[9] = 3;
    bpp = 1;
    rows = Buffer.alloc(width * height);
    for (let i = 0; i < width * height; i += 1) rows[i] = palette.get(rgba.readUInt32BE(i * 4));
    const plte = Buffer.alloc(palette.size * 3);
    const trns = Buffer.alloc(palette.size);
    for (const [key, index] of palette) {
      plte.writeUIntBE(key >>> 8, index * 3, 3);
      trns[index] = key & 0xff;
    }
    chunks.push(chunk('PLTE', plte));
    if (!opaque) chunks.push(chunk('tRNS', trns));
  } else {
    ihdr[9] = opaque ? 2 : 6;
    bpp = opaque ? 3 : 4;
    rows = Buffer.alloc(width * height * bpp);
    for (let i = 0; i < width * height; i += 1) rgba.copy(rows, i * bpp, i * 4, i * 4 + bpp);
  }
  const stride = width * bpp;
  const data = [false, true]
    .map((adaptive) => smallestDeflate(filterRows(rows, stride, height, bpp, adaptive)))
    .reduce((a, b) => (b.length < a.length ? b : a));
  const out = Buffer.concat([
    SIGNATURE,
    chunk('IHDR', ihdr),
    ...chunks,
    chunk('IDAT', data),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return out;
}

/**
 * Reduces an opaque image to at most `size` colours (lossy, like pngquant without dithering): the
 * most used colours (backgrounds, text) are kept exactly, the rest of the palette comes from a
 * median cut of the remaining colours (mostly the anti-aliased edges of text), each pixel mapped
 * to its nearest palette colour. Returns new RGBA pixels, or null when the image has alpha.
 */
export function quantise({ rgba }, size = 256) {
  const counts = new Map();
  for (let i = 0; i < rgba.length; i += 4) {
    if (rgba[i + 3] !== 255) return null;
    const key = rgba.readUInt32BE(i) >>> 8;
    counts.set(key, (counts.get(key) || 0) + 1);
  }
  if (counts.size <= size) return rgba;
  const colours = [...counts].map(([key, n]) => ({ c: [key >> 16, (key >> 8) & 255, key & 255], n, key }));
  colours.sort((a, b) => b.n - a.n);
  const exact = colours.slice(0, size / 4);
  const boxes = [colours.slice(size / 4)];
  while (boxes.length < size - exact.length) {
    // Split the box whose widest channel spans most, weighted by how many pixels it holds.
    let pick = -1;
    let best = 0;
    boxes.forEach((box, i) => {
      if (box.length < 2) return;
      const span = Math.max(...[0, 1, 2].map((ch) => range(box, ch)));
      const weight = span * Math.sqrt(box.reduce((n, x) => n + x.n, 0));
      if (weight > best) [best, pick] = [weight, i];
    });
    if (pick < 0) break;
    const box = boxes[pick];
    const channel = [0, 1, 2].reduce((a, ch) => (range(box, ch) > range(box, a) ? ch : a), 0);
    box.sort((a, b) => a.c[channel] - b.c[channel]);
    const half = box.reduce((n, x) => n + x.n, 0) / 2;
    let seen = 0;
    let cut = 1;
    for (; cut < box.length - 1; cut += 1) {
      seen += box[cut - 1].n;
      if (seen >= half) break;
    }
    boxes.splice(pick, 1, box.slice(0, cut), box.slice(cut));
  }
  const palette = [
    ...exact.map((x) => x.c),
    ...boxes.map((box) => {
      const total = box.reduce((n, x) => n + x.n, 0);
      return [0, 1, 2].map((ch) => Math.round(box.reduce((s, x) => s + x.c[ch] * x.n, 0) / total));
    }),
  ];
  const nearest = new Map();
  for (const { c, key } of colours) {
    let best = palette[0];
    let bestDistance = Infinity;
    for (const p of palette) {
      // Weighted as the eye sees: green counts most, blue least.
      const d = 3 * (p[0] - c[0]) ** 2 + 4 * (p[1] - c[1]) ** 2 + 2 * (p[2] - c[2]) ** 2;
      if (d < bestDistance) [bestDistance, best] = [d, p];
    }
    nearest.set(key, best);
  }
  const out = Buffer.from(rgba);
  for (let i = 0; i < out.length; i += 4) {
    const p = nearest.get(out.readUInt32BE(i) >>> 8);
    out[i] = p[0];
    out[i + 1] = p[1];
    out[i + 2] = p[2];
  }
  return out;
}

function range(box, channel) {
  let min = 255;
  let max = 0;
  for (const x of box) {
    if (x.c[channel] < min) min = x.c[channel];
    if (x.c[channel] > max) max = x.c[channel];
  }
  return max - min;
}
