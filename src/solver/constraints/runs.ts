// Shared machinery for blocks of consecutive working days or days off: the local cost of the
// blocks around a changed day range, and the cost of one block. Blocks touching a period edge are
// exempt from minimums (the days beyond the edge are unknown) but not from maximums.
import type { CBound } from '../model/model.js';
import type { Score } from '../problem.js';

/** Adds the cost of one block of `len` days under every bound. */
export function blockCost(len: number, edge: boolean, bounds: readonly CBound[], weight: number, acc: Score): void {
  for (let i = 0; i < bounds.length; i++) {
    const b = bounds[i]!;
    let hard = 0, soft = 0;
    if (len > b.hardMax) hard += len - b.hardMax;
    if (len > b.softMax) soft += len - b.softMax;
    if (!edge) {
      if (len < b.hardMin) hard += b.hardMin - len;
      if (len < b.softMin) soft += b.softMin - len;
    }
    acc.hard += weight * hard;
    acc.soft += weight * soft * b.weight;
  }
}

/** Cost of all blocks of the wanted kind (working = dayCount > 0) that can change when days
 * [lo, hi] change: those intersecting [lo-1, hi+1], found by walking out to the block ends. */
export function runsLocal(dayCount: Uint16Array, base: number, D: number, lo: number, hi: number, working: boolean,
  bounds: readonly CBound[], weight: number, acc: Score): void {
  let L = Math.max(0, lo - 1);
  if (L > 0) {
    const w = dayCount[base + L]! > 0;
    while (L > 0 && (dayCount[base + L - 1]! > 0) === w) L--;
  }
  let R = Math.min(D - 1, hi + 1);
  if (R < D - 1) {
    const w = dayCount[base + R]! > 0;
    while (R < D - 1 && (dayCount[base + R + 1]! > 0) === w) R++;
  }
  let d = L;
  while (d <= R) {
    const w = dayCount[base + d]! > 0;
    let e = d;
    while (e < R && (dayCount[base + e + 1]! > 0) === w) e++;
    if (w === working) blockCost(e - d + 1, d === 0 || e === D - 1, bounds, weight, acc);
    d = e + 1;
  }
}

/** Every maximal block [start, end] of the kind in a boolean day array. */
export function blocksOf(worked: readonly boolean[], working: boolean): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let d = 0;
  while (d < worked.length) {
    if (worked[d] !== working) { d++; continue; }
    let e = d;
    while (e + 1 < worked.length && worked[e + 1] === working) e++;
    out.push([d, e]);
    d = e + 1;
  }
  return out;
}
