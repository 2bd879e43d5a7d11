// A small QR Code encoder (ISO/IEC 18004) for feed links on phones: byte mode, error correction
// level M, versions 1–10 (up to 213 bytes — a webcal:// feed address is about 110). Written here
// instead of adding a package with its own dependency tree; test/web/qr.test.ts reads every
// code back with an independent decoder (jsQR).

/** Per version 1–10 at level M: EC codewords per block, then [blocks, data codewords] per group. */
const BLOCKS_M: readonly [number, number, number, number, number][] = [
  [10, 1, 16, 0, 0],
  [16, 1, 28, 0, 0],
  [26, 1, 44, 0, 0],
  [18, 2, 32, 0, 0],
  [24, 2, 43, 0, 0],
  [16, 4, 27, 0, 0],
  [18, 4, 31, 0, 0],
  [22, 2, 38, 2, 39],
  [22, 3, 36, 2, 37],
  [26, 4, 43, 1, 44],
];
/** Alignment pattern centres per version (rows and columns alike). */
const ALIGN: readonly number[][] = [[], [6, 18], [6, 22], [6, 26], [6, 30], [6, 34], [6, 22, 38], [6, 24, 42], [6, 26, 46], [6, 28, 50]];
/** Level M's two format bits. */
const EC_LEVEL_BITS = 0b00;

// GF(256) with the polynomial x^8 + x^4 + x^3 + x^2 + 1 (0x11D).
const EXP = new Uint8Array(512);
const LOG = new Uint8Array(256);
for (let i = 0, x = 1; i < 255; i++, x = (x << 1) ^ (x & 0x80 ? 0x11d : 0)) {
  EXP[i] = x;
  LOG[x] = i;
}
for (let i = 255; i < 512; i++) EXP[i] = EXP[i - 255]!;
const mul = (a: number, b: number) => (a === 0 || b === 0 ? 0 : EXP[LOG[a]! + LOG[b]!]!);

/** Reed–Solomon error correction codewords of `data` (generator ∏ (x − α^i), i < n). */
export function reedSolomon(data: readonly number[], n: number): number[] {
  let gen = [1];
  for (let i = 0; i < n; i++) {
    const next = new Array<number>(gen.length + 1).fill(0);
    gen.forEach((g, j) => {
      next[j] = next[j]! ^ g;
      next[j + 1] = next[j + 1]! ^ mul(g, EXP[i]!);
    });
    gen = next;
  }
  const rem = new Array<number>(n).fill(0);
  for (const byte of data) {
    const factor = byte ^ rem.shift()!;
    rem.push(0);
    for (let i = 0; i < n; i++) rem[i]! ^= mul(gen[i + 1]!, factor);
  }
  return rem;
}

/** The codewords of a version: mode, length, bytes, terminator and padding, then each block's EC, interleaved. */
export function codewords(bytes: Uint8Array, version: number): number[] {
  const [ec, b1, d1, b2, d2] = BLOCKS_M[version - 1]!;
  const capacity = b1 * d1 + b2 * d2;
  const bits: number[] = [];
  const put = (value: number, length: number) => {
    for (let i = length - 1; i >= 0; i--) bits.push((value >>> i) & 1);
  };
  put(0b0100, 4);
  put(bytes.length, version < 10 ? 8 : 16);
  for (const b of bytes) put(b, 8);
  put(0, Math.min(4, capacity * 8 - bits.length));
  while (bits.length % 8) bits.push(0);
  const data: number[] = [];
  for (let i = 0; i < bits.length; i += 8) data.push(bits.slice(i, i + 8).reduce((a, b) => (a << 1) | b, 0));
  for (let pad = 0xec; data.length < capacity; pad ^= 0xec ^ 0x11) data.push(pad);
  const blocks: number[][] = [];
  let at = 0;
  for (const [count, len] of [[b1, d1], [b2, d2]] as const) {
    for (let i = 0; i < count; i++, at += len) blocks.push(data.slice(at, at + len));
  }
  const ecs = blocks.map((b) => reedSolomon(b, ec));
  const out: number[] = [];
  for (let i = 0; i < Math.max(d1, d2); i++) for (const b of blocks) if (i < b.length) out.push(b[i]!);
  for (let i = 0; i < ec; i++) for (const e of ecs) out.push(e[i]!);
  return out;
}

/** The smallest version whose level-M capacity holds `n` bytes, or undefined past version 10. */
export function versionFor(n: number): number | undefined {
  for (let v = 1; v <= BLOCKS_M.length; v++) {
    const [, b1, d1, b2, d2] = BLOCKS_M[v - 1]!;
    if (4 + (v < 10 ? 8 : 16) + 8 * n <= (b1 * d1 + b2 * d2) * 8) return v;
  }
  return undefined;
}

const MASKS: ((x: number, y: number) => boolean)[] = [
  (x, y) => (x + y) % 2 === 0,
  (_x, y) => y % 2 === 0,
  (x) => x % 3 === 0,
  (x, y) => (x + y) % 3 === 0,
  (x, y) => (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0,
  (x, y) => ((x * y) % 2) + ((x * y) % 3) === 0,
  (x, y) => (((x * y) % 2) + ((x * y) % 3)) % 2 === 0,
  (x, y) => (((x + y) % 2) + ((x * y) % 3)) % 2 === 0,
];

export { MASKS, ALIGN, EC_LEVEL_BITS };
