// Integer allocation helpers: split a total over weighted buckets exactly, and split n items
// into k groups of bounded size. Pure and deterministic given the stream.
import type { Rng } from './random';

/**
 * Splits `total` into integers proportional to `weights` (largest-remainder method), each at
 * least `min`. The parts always sum to `total`; ties go to the earlier bucket.
 */
export function apportion(total: number, weights: readonly number[], min = 0): number[] {
  const n = weights.length;
  if (n === 0) return [];
  if (min * n > total) throw new Error(`cannot give ${n} buckets at least ${min} out of ${total}`);
  const free = total - min * n;
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (sum > 0 ? (free * w) / sum : free / n));
  const parts = exact.map((x) => Math.floor(x));
  let left = free - parts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, r: x - Math.floor(x) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
    left--;
  }
  return parts.map((p) => p + min);
}

/**
 * Sizes of `groups` groups covering `items` items, each size in [minSize, maxSize], spread
 * around the mean by random transfers so that both ends of the range occur.
 */
export function groupSizes(rng: Rng, items: number, groups: number, minSize: number, maxSize: number): number[] {
  if (groups * minSize > items || groups * maxSize < items) {
    throw new Error(`cannot split ${items} items into ${groups} groups of ${minSize}..${maxSize}`);
  }
  const sizes = apportion(items, new Array<number>(groups).fill(1));
  // Random transfers keep the total; about one per group gives a natural-looking spread.
  for (let t = 0; t < groups; t++) {
    const from = rng.int(0, groups - 1);
    const to = rng.int(0, groups - 1);
    const a = sizes[from] ?? 0;
    const b = sizes[to] ?? 0;
    if (from === to || a <= minSize || b >= maxSize) continue;
    sizes[from] = a - 1;
    sizes[to] = b + 1;
  }
  return sizes;
}
