// Shared machinery for constraints between two assignments of one person that are close in time
// (overlap with travel, minimum rest): the window of a scope and the rest a shift requires.
import type { Model } from '../model/model.js';
import type { State } from '../model/state.js';

/** Fills `out` with p's seat groups on days [from, to], sorted by shift start; returns the
 * index of the first item on or after day `coreLo` and one past the last on or before `coreHi`
 * via the `core` flags array (1 = inside the core days). */
export function collectWindow(state: State, p: number, from: number, to: number, coreLo: number, coreHi: number,
  out: number[], core: number[]): void {
  const m = state.m;
  out.length = 0;
  core.length = 0;
  const lo = Math.max(0, from);
  const hi = Math.min(m.D - 1, to);
  const base = p * m.D;
  for (let d = lo; d <= hi; d++) {
    const cell = state.cells[base + d];
    if (!cell) continue;
    const c = d >= coreLo && d <= coreHi ? 1 : 0;
    for (let k = 0; k < cell.length; k++) {
      out.push(cell[k]!);
      core.push(c);
    }
  }
  // Cells are sorted within a day; a shift of day d can start before one of day d-1 only with odd
  // data, so an insertion sort is almost always a no-op.
  for (let i = 1; i < out.length; i++) {
    const g = out[i]!, c = core[i]!;
    const st = m.sStart[m.gShift[g]!]!;
    let j = i;
    while (j > 0 && m.sStart[m.gShift[out[j - 1]!]!]! > st) {
      out[j] = out[j - 1]!;
      core[j] = core[j - 1]!;
      j--;
    }
    out[j] = g;
    core[j] = c;
  }
}

/** Minimum rest in minutes after shift s for person p (problem rules and the person's own). */
export function restAfter(m: Model, p: number, s: number): number {
  let r = m.sRest[s]!;
  const own = m.pRest[p];
  if (own) {
    const tags = m.sTags[s]!;
    for (let i = 0; i < own.length; i += 2) if (tags.includes(own[i]!)) r = Math.max(r, own[i + 1]!);
  }
  return r;
}

export function anyRest(m: Model): boolean {
  return m.sRest.some((r) => r > 0) || m.pRest.some((r) => r !== null);
}
