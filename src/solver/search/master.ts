// The restricted master of the Curtois shape, for column generation's LP (colgen.ts) and for the
// integer program a lent MIP solver gets (`masterModel`): rows are the demands (A x = count,
// with an under slack +1 and an over slack −1 per demand, continuous) and the people (each takes
// exactly one line); every other column is one person's whole line (0/1).
import type { Model } from '../model/model.js';
import type { MipModel } from '../mip.js';
import { wishMatches } from '../constraints/wishes.js';

/** Right-hand side: each demand's count, then 1 per person. */
export function masterRhs(m: Model): Float64Array {
  const b = new Float64Array(m.nDemand + m.P);
  for (let d = 0; d < m.nDemand; d++) b[d] = m.dCount[d]!;
  b.fill(1, m.nDemand);
  return b;
}

/** Cost of a missing (index 2d) and an extra (2d + 1) person on each demand. */
export function slackCosts(m: Model): number[] {
  const wUnder = m.weights.get('cover-under') ?? 1, wOver = m.weights.get('over-cover') ?? 1;
  const out: number[] = [];
  for (let d = 0; d < m.nDemand; d++) out.push(m.dUnder[d]! * wUnder, m.dOver[d]! * wOver);
  return out;
}

/** A line's rows: the demand of each day's seat group, then p's own row. */
export function lineRows(m: Model, p: number, line: Int32Array): Int32Array {
  const rows: number[] = [];
  for (let d = 0; d < m.D; d++) if (line[d]! >= 0) rows.push(m.gDemand[line[d]!]!);
  rows.push(m.nDemand + p);
  return Int32Array.from(rows);
}

/** A line's cost: its wishes (a granted wish for counts −weight, one against +weight); the
 * objective counts a refused wanted wish as +weight, a constant apart (`wishConstant`). */
export function lineWishCost(m: Model, p: number, line: Int32Array): number {
  const wWish = m.weights.get('wishes') ?? 1;
  let cost = 0;
  for (let d = 0; d < m.D; d++) {
    const g = line[d]!;
    if (g < 0) continue;
    const wl = m.pWishDay.get(p * m.D + d);
    if (wl) for (const wi of wl) if (wishMatches(m, wi, m.gShift[g]!)) cost += (wi.want ? -wi.weight : wi.weight) * wWish;
  }
  return cost;
}

/** Sum of every person's wanted weights (see `lineWishCost`). */
export function wishConstant(m: Model): number {
  const wWish = m.weights.get('wishes') ?? 1;
  let c = 0;
  for (const list of m.pWishDay.values()) for (const w of list) if (w.want) c += w.weight * wWish;
  return c;
}

/** The integer program over columns `cost`/`colRows` (the first 2 × demands the slacks), started
 * from `chosen` (one line column per person). */
export function masterModel(m: Model, cost: ArrayLike<number>, colRows: readonly Int32Array[], chosen: ArrayLike<number>): MipModel {
  const nDem = m.nDemand, n = colRows.length, b = masterRhs(m);
  const start = new Int32Array(n + 1);
  for (let j = 0; j < n; j++) start[j + 1] = start[j]! + colRows[j]!.length;
  const index = new Int32Array(start[n]!), value = new Float64Array(start[n]!).fill(1);
  for (let j = 0; j < n; j++) index.set(colRows[j]!, start[j]!);
  for (let d = 0; d < nDem; d++) value[start[2 * d + 1]!] = -1;
  const integer = new Uint8Array(n).fill(1, 2 * nDem);
  const upper = new Float64Array(n).fill(1, 2 * nDem).fill(Number.POSITIVE_INFINITY, 0, 2 * nDem);
  const initial = new Float64Array(n);
  const got = new Float64Array(nDem);
  for (let i = 0; i < chosen.length; i++) {
    const j = chosen[i]!;
    initial[j] = 1;
    for (const r of colRows[j]!) if (r < nDem) got[r]!++;
  }
  for (let d = 0; d < nDem; d++) {
    initial[2 * d] = Math.max(0, b[d]! - got[d]!);
    initial[2 * d + 1] = Math.max(0, got[d]! - b[d]!);
  }
  return { rows: nDem + m.P, b, cost: Float64Array.from(cost), upper, integer, start, index, value, initial };
}

/** Each person's line column in a MIP solution, or null if someone has none. */
export function chosenLines(x: Float64Array, nDem: number, owner: ArrayLike<number>, P: number): Int32Array | null {
  const out = new Int32Array(P).fill(-1);
  for (let j = 2 * nDem; j < x.length; j++) if (x[j]! > 0.5) out[owner[j]!] = j;
  return out.every((j) => j >= 0) ? out : null;
}
