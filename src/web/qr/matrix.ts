// Lays a QR symbol out: finder, timing and alignment patterns, format and version information,
// the codewords in the standard zigzag, and the mask with the lowest penalty (ISO/IEC 18004 §7).
import { ALIGN, codewords, EC_LEVEL_BITS, MASKS, versionFor } from './encode.js';

export interface QrCode {
  version: number;
  /** Modules per side (17 + 4 × version). */
  size: number;
  /** Row-major: dark[y * size + x] is 1 for a dark module. */
  dark: Uint8Array;
}

class Grid {
  readonly dark: Uint8Array;
  readonly fixed: Uint8Array;
  constructor(readonly size: number) {
    this.dark = new Uint8Array(size * size);
    this.fixed = new Uint8Array(size * size);
  }
  set(x: number, y: number, dark: boolean) {
    this.dark[y * this.size + x] = dark ? 1 : 0;
    this.fixed[y * this.size + x] = 1;
  }
  get(x: number, y: number) {
    return this.dark[y * this.size + x] === 1;
  }
}

const bit = (value: number, i: number) => ((value >>> i) & 1) === 1;

function drawFunctionPatterns(g: Grid, version: number) {
  const n = g.size;
  for (let i = 0; i < n; i++) {
    g.set(6, i, i % 2 === 0);
    g.set(i, 6, i % 2 === 0);
  }
  // Finders with their light separators, centred 3 modules in from three corners.
  for (const [cx, cy] of [[3, 3], [n - 4, 3], [3, n - 4]] as const) {
    for (let dy = -4; dy <= 4; dy++) {
      for (let dx = -4; dx <= 4; dx++) {
        const x = cx + dx;
        const y = cy + dy;
        const d = Math.max(Math.abs(dx), Math.abs(dy));
        if (x >= 0 && x < n && y >= 0 && y < n) g.set(x, y, d !== 2 && d !== 4);
      }
    }
  }
  const centres = ALIGN[version - 1]!;
  const last = centres.length - 1;
  centres.forEach((cx, i) =>
    centres.forEach((cy, j) => {
      if ((i === 0 && j === 0) || (i === 0 && j === last) || (i === last && j === 0)) return;
      for (let dy = -2; dy <= 2; dy++) for (let dx = -2; dx <= 2; dx++) g.set(cx + dx, cy + dy, Math.max(Math.abs(dx), Math.abs(dy)) !== 1);
    }),
  );
  drawFormat(g, 0); // reserves the format areas; redrawn once the mask is chosen
  if (version >= 7) {
    let rem = version;
    for (let i = 0; i < 12; i++) rem = (rem << 1) ^ ((rem >>> 11) * 0x1f25);
    const bits = (version << 12) | rem;
    for (let i = 0; i < 18; i++) {
      const a = n - 11 + (i % 3);
      const b = Math.floor(i / 3);
      g.set(a, b, bit(bits, i));
      g.set(b, a, bit(bits, i));
    }
  }
}

function drawFormat(g: Grid, mask: number) {
  const n = g.size;
  const data = (EC_LEVEL_BITS << 3) | mask;
  let rem = data;
  for (let i = 0; i < 10; i++) rem = (rem << 1) ^ ((rem >>> 9) * 0x537);
  const bits = ((data << 10) | rem) ^ 0x5412;
  for (let i = 0; i <= 5; i++) g.set(8, i, bit(bits, i));
  g.set(8, 7, bit(bits, 6));
  g.set(8, 8, bit(bits, 7));
  g.set(7, 8, bit(bits, 8));
  for (let i = 9; i < 15; i++) g.set(14 - i, 8, bit(bits, i));
  for (let i = 0; i < 8; i++) g.set(n - 1 - i, 8, bit(bits, i));
  for (let i = 8; i < 15; i++) g.set(8, n - 15 + i, bit(bits, i));
  g.set(8, n - 8, true); // the dark module
}

/** Codeword bits in two-module columns, right to left, alternately upward and downward, skipping column 6. */
function drawCodewords(g: Grid, data: readonly number[]) {
  const n = g.size;
  let i = 0;
  for (let right = n - 1; right >= 1; right -= 2) {
    if (right === 6) right = 5;
    const upward = ((right + 1) & 2) === 0;
    for (let v = 0; v < n; v++) {
      const y = upward ? n - 1 - v : v;
      for (let j = 0; j < 2; j++) {
        const x = right - j;
        if (g.fixed[y * n + x]) continue;
        // Remainder bits past the last codeword stay light.
        if (i < data.length * 8) g.dark[y * n + x] = bit(data[i >>> 3]!, 7 - (i & 7)) ? 1 : 0;
        i++;
      }
    }
  }
}

function applyMask(g: Grid, mask: number) {
  const f = MASKS[mask]!;
  for (let y = 0; y < g.size; y++) for (let x = 0; x < g.size; x++) if (!g.fixed[y * g.size + x] && f(x, y)) g.dark[y * g.size + x]! ^= 1;
}

const FINDER_LIKE = [[1, 0, 1, 1, 1, 0, 1, 0, 0, 0, 0], [0, 0, 0, 0, 1, 0, 1, 1, 1, 0, 1]];

/** The standard's penalty: runs of five or more, 2×2 blocks, finder-like patterns, dark balance. */
export function penalty(g: { size: number; dark: Uint8Array }): number {
  const n = g.size;
  const at = (x: number, y: number) => g.dark[y * n + x]!;
  let score = 0;
  for (const line of [(i: number, j: number) => at(j, i), (i: number, j: number) => at(i, j)]) {
    for (let i = 0; i < n; i++) {
      let run = 1;
      for (let j = 1; j <= n; j++) {
        if (j < n && line(i, j) === line(i, j - 1)) run++;
        else {
          if (run >= 5) score += run - 2;
          run = 1;
        }
      }
      for (let j = 0; j + 11 <= n; j++) {
        for (const p of FINDER_LIKE) if (p.every((b, k) => line(i, j + k) === b)) score += 40;
      }
    }
  }
  for (let y = 0; y + 1 < n; y++) {
    for (let x = 0; x + 1 < n; x++) {
      const c = at(x, y);
      if (c === at(x + 1, y) && c === at(x, y + 1) && c === at(x + 1, y + 1)) score += 3;
    }
  }
  const darkCount = g.dark.reduce((a, b) => a + b, 0);
  score += 10 * Math.floor(Math.abs(darkCount * 20 - n * n * 10) / (n * n));
  return score;
}

/** Encodes UTF-8 text; undefined when it is longer than version 10 holds (213 bytes). */
export function encodeQr(text: string, forceMask?: number): QrCode | undefined {
  const bytes = new TextEncoder().encode(text);
  const version = versionFor(bytes.length);
  if (version === undefined) return undefined;
  const data = codewords(bytes, version);
  let best: { mask: number; score: number; dark: Uint8Array } | undefined;
  for (let mask = 0; mask < MASKS.length; mask++) {
    if (forceMask !== undefined && mask !== forceMask) continue;
    const g = new Grid(17 + 4 * version);
    drawFunctionPatterns(g, version);
    drawCodewords(g, data);
    applyMask(g, mask);
    drawFormat(g, mask);
    const score = penalty(g);
    if (!best || score < best.score) best = { mask, score, dark: g.dark };
  }
  return { version, size: 17 + 4 * version, dark: best!.dark };
}
