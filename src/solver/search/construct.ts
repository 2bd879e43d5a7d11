// Construction heuristic: pins first, then every missing seat in most-constrained-first order
// (fewest qualified candidates), each given to the sampled candidate whose assignment improves the
// weighted score most (or left empty when no candidate improves it).
import type { Engine } from '../model/engine.js';
import type { Model } from '../model/model.js';
import type { Rng } from '../random.js';
import type { WindowDp } from './dp.js';
import { blocked } from './moves.js';
import type { Weights } from './weights.js';
import { scalar } from './weights.js';

/** Loads assignments without evaluating each (caches follow through listeners); call recompute. */
export function load(e: Engine, pairs: ReadonlyArray<readonly [number, number]>): void {
  for (const [p, g] of pairs) if (!e.state.has(p, g)) e.state.add(p, g);
}

export function placePins(e: Engine): void {
  const m = e.m;
  const pairs: Array<[number, number]> = [];
  for (let p = 0; p < m.P; p++) for (const g of m.pPins[p]!) pairs.push([p, g]);
  load(e, pairs);
}

const SAMPLE = 48;

/** Day-grid construction: every person in turn builds their roster left to right, window by
 * window, by the exact DP (each person's own rules are met by construction; cover is seen as it
 * fills). Windows are short on long periods so one pass stays cheap. */
export function constructByDp(e: Engine, dp: WindowDp, rng: Rng, w: Weights, shouldStop: () => boolean): void {
  const m = e.m;
  const len = Math.max(7, Math.min(14, Math.floor((28 * 28) / Math.max(1, m.D))));
  const order = Array.from({ length: m.P }, (_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const tryWindow = (p: number, a: number, b: number, proRata: boolean) => {
    e.begin();
    if (!dp.rebuild(p, a, b, proRata)) return;
    if (scalar(e.evaluate(), w) <= 0) e.commit();
    else e.rollback();
  };
  for (const p of order) {
    for (let a = 0; a < m.D; a += len) {
      if (shouldStop()) return;
      tryWindow(p, a, Math.min(m.D - 1, a + len - 1), true);
    }
  }
  // Second pass with the real limits, right to left, for people still outside a minutes bound.
  for (const p of order) {
    if (!outsideMinutes(e, p)) continue;
    for (let b = m.D - 1; b >= 0; b -= len) {
      if (shouldStop()) return;
      tryWindow(p, Math.max(0, b - 2 * len + 1), b, false);
      if (!outsideMinutes(e, p)) break;
    }
  }
}

/** Whether p's minutes over the period break a hard bound of a period-wide minutes limit. */
function outsideMinutes(e: Engine, p: number): boolean {
  const m = e.m;
  let total = 0;
  for (let d = 0; d < m.D; d++) {
    const cell = e.state.cells[p * m.D + d];
    if (cell) for (const g of cell) total += m.sEnd[m.gShift[g]!]! - m.sStart[m.gShift[g]!]!;
  }
  for (const c of m.pCounters[p]!) {
    const k = m.counters[c]!;
    if (!k.minutes || k.tag !== -1 || k.dayKind !== 0 || k.from !== 0 || k.to !== m.D - 1) continue;
    if (total < k.bound.hardMin || total > k.bound.hardMax) return true;
  }
  return false;
}

/** Whether p already holds a same-day seat whose time (with travel) clashes with group g. */
function clashesAny(e: Engine, p: number, g: number): boolean {
  const m = e.m;
  const s = m.gShift[g]!;
  const cell = e.state.cells[p * m.D + m.sDay[s]!];
  if (!cell) return false;
  for (const h of cell) {
    const t = m.gShift[h]!;
    const gap = m.travel.minutes(m.sLoc[s]!, m.sLoc[t]!);
    if (m.sStart[t]! < m.sEnd[s]! + gap && m.sStart[s]! < m.sEnd[t]! + gap) return true;
  }
  return false;
}

export function construct(e: Engine, rng: Rng, w: Weights, shouldStop: () => boolean): void {
  const m: Model = e.m;
  // Candidate count per demand (over all its alternatives) orders the work.
  const order: number[] = [];
  const size = new Float64Array(m.nDemand);
  for (let d = 0; d < m.nDemand; d++) {
    if (m.dCount[d]! - e.state.demandN[d]! <= 0) continue;
    let n = 0;
    for (const g of m.dGroups[d]!) n += m.candList[m.gCand[g]!]!.length;
    size[d] = n / Math.max(1, m.dCount[d]!);
    order.push(d);
  }
  order.sort((a, b) => size[a]! - size[b]! || a - b);
  let steps = 0;
  for (const d of order) {
    const groups = m.dGroups[d]!;
    while (e.state.demandN[d]! < m.dCount[d]!) {
      if ((++steps & 63) === 0 && shouldStop()) return;
      let bestP = -1, bestG = -1, bestV = 0;
      for (const g of groups) {
        const list = m.candList[m.gCand[g]!]!;
        const n = list.length;
        const tries = Math.min(n, groups.length > 1 ? Math.ceil(SAMPLE / Math.min(groups.length, 8)) : SAMPLE);
        for (let t = 0; t < tries; t++) {
          const p = n <= SAMPLE && groups.length === 1 ? list[t]! : list[rng.int(n)]!;
          if (blocked(m, p, g) || e.state.has(p, g) || clashesAny(e, p, g)) continue;
          e.begin();
          e.plan(p, g, 1);
          const v = scalar(e.evaluate(), w);
          e.rollback();
          if (v < bestV) {
            bestV = v;
            bestP = p;
            bestG = g;
          }
        }
        if (groups.length > 8 && bestP >= 0 && rng.next() < 0.5) break;
      }
      if (bestP < 0) break;
      e.begin();
      e.plan(bestP, bestG, 1);
      e.evaluate();
      e.commit();
    }
  }
}

/** Hard units attributable to person p (every per-person constraint over the whole period). */
export function personHard(e: Engine, p: number): number {
  const scope = e.scope;
  scope.reset();
  scope.touch(p, 0, e.m.D - 1);
  const acc = { hard: 0, medium: 0, soft: 0 };
  for (const inc of e.incs) inc.local(scope, acc);
  scope.reset();
  return acc.hard;
}

/** Day-grid repair: people still breaking a hard rule get their windows rebuilt (hard first)
 * until no window helps. */
export function repairByDp(e: Engine, dp: WindowDp, rng: Rng, shouldStop: () => boolean): void {
  const m = e.m;
  const strict: Weights = { hard: 1e6, medium: 1e3, hardMin: 1e6 };
  // Longer windows when short ones cannot help (a missing shift may need blocks moved far apart).
  for (const len0 of [14, 28, 56, 182, 364]) {
    if (e.score.hard <= 1e-9) return;
    const len = Math.min(m.D, len0);
    for (let p = 0; p < m.P; p++) {
      if (personHard(e, p) <= 1e-9) continue;
      const stride = Math.max(1, len >> 1);
      const offset = rng.int(stride);
      for (let a = Math.max(0, offset - stride); a < m.D; a += stride) {
        if (shouldStop()) return;
        const b = Math.min(m.D - 1, a + len - 1);
        e.begin();
        if (!dp.rebuild(p, a, b)) continue;
        const d = e.evaluate();
        if (d.hard < -1e-9 || (d.hard <= 1e-9 && scalar(d, strict) <= 0)) e.commit();
        else e.rollback();
        if (personHard(e, p) <= 1e-9) break;
      }
    }
  }
}
