// Inputs of the per-person window rebuild (dp.ts) read off the current roster: the run of work or
// rest that enters the window from the left, the one that leaves it on the right, the minutes and
// weekends already used outside the window, and the day-grid test that makes the rebuild valid.
import type { CBound, Model } from '../model/model.js';
import type { State } from '../model/state.js';

/** True when two shifts of one day always clash, so a person works at most one shift a day and a
 * roster is a choice of one shift (or none) per person-day. */
export function isDayGrid(m: Model): boolean {
  for (let d = 0; d < m.D; d++) {
    const groups = m.groupsByDay[d]!;
    const seen: number[] = [];
    for (const g of groups) {
      const s = m.gShift[g]!;
      if (!seen.includes(s)) seen.push(s);
    }
    for (let i = 0; i < seen.length; i++) {
      for (let j = i + 1; j < seen.length; j++) {
        const a = seen[i]!, b = seen[j]!;
        const t = m.travel.minutes(m.sLoc[a]!, m.sLoc[b]!);
        if (!(m.sStart[a]! < m.sEnd[b]! + t && m.sStart[b]! < m.sEnd[a]! + t)) return false;
      }
    }
  }
  return true;
}

/** The tightest hard bound of a list (max of mins, min of maxes). */
export function tightest(bounds: readonly CBound[]): { min: number; max: number } {
  let min = 1, max = Number.POSITIVE_INFINITY;
  for (const b of bounds) {
    if (Number.isFinite(b.hardMin)) min = Math.max(min, b.hardMin);
    if (b.hardMax < max) max = b.hardMax;
  }
  return { min, max };
}

export interface Edge {
  /** Whether the day just outside the window is worked; false when there is no such day. */
  worked: boolean;
  /** Length of the block (work or rest) the outside day belongs to, counted away from the window. */
  len: number;
  /** Shift of the outside day when worked (its first), else -1. */
  shift: number;
  /** Whether that block reaches the period edge. */
  edge: boolean;
}

/** The block adjacent to the window on one side (dir -1 = left of day `from`, +1 = right). */
export function edgeBlock(st: State, p: number, from: number, dir: -1 | 1): Edge | null {
  const m = st.m;
  const D = m.D;
  const d0 = from + dir;
  if (d0 < 0 || d0 >= D) return null;
  const base = p * D;
  const worked = st.dayCount[base + d0]! > 0;
  let d = d0;
  while (d + dir >= 0 && d + dir < D && (st.dayCount[base + d + dir]! > 0) === worked) d += dir;
  const cell = st.cells[base + d0];
  return {
    worked,
    len: Math.abs(d - d0) + 1,
    shift: worked && cell ? m.gShift[cell[0]!]! : -1,
    edge: d === 0 || d === D - 1,
  };
}
