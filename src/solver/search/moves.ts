// Move generators for the local search. Each plans its changes on the engine (engine.begin() was
// called) and returns false when it found nothing valid to try. Moves never touch pinned
// assignments and only propose people qualified for the seat.
import type { Engine } from '../model/engine.js';
import type { Model } from '../model/model.js';
import type { Rng } from '../random.js';

export interface MoveContext {
  e: Engine;
  m: Model;
  rng: Rng;
  /** Demands with more than one seat group (flexible duties). */
  flexDemands: Int32Array;
  /** Scratch buffers. */
  bufA: number[];
  bufB: number[];
}

export function isPinned(m: Model, p: number, g: number): boolean {
  return m.pinned.size > 0 && m.pinned.has(p * m.G + g);
}

function qualified(m: Model, p: number, g: number): boolean {
  return m.candMask[m.gCand[g]!]![p] === 1;
}

export function blocked(m: Model, p: number, g: number): boolean {
  const b = m.pBlocked[p]!;
  if (b.length === 0) return false;
  const s = m.gShift[g]!;
  const st = m.sStart[s]!, en = m.sEnd[s]!;
  for (let i = 0; i < b.length; i += 2) if (b[i]! < en && st < b[i + 1]!) return true;
  return false;
}

/** A random qualified candidate for group g, preferring the shift's own district. */
export function pickCandidate(c: MoveContext, g: number): number {
  const { m, rng } = c;
  const list = m.candList[m.gCand[g]!]!;
  if (list.length === 0) return -1;
  const dist = m.sDistrict[m.gShift[g]!]!;
  if (dist >= 0 && rng.next() < 0.7) {
    const local = m.candByDistrict[m.gCand[g]!]![dist];
    if (local && local.length > 0) return local[rng.int(local.length)]!;
  }
  return list[rng.int(list.length)]!;
}

/** A random seat group whose demand is short (fewer people than it needs), or -1 when `tries`
 * random draws found none. */
export function shortGroup(c: MoveContext, tries: number): number {
  const { m, e, rng } = c;
  for (let t = 0; t < tries; t++) {
    const g = rng.int(m.G);
    const d = m.gDemand[g]!;
    if (e.state.demandN[d]! < m.dCount[d]!) return g;
  }
  return -1;
}

/** Same-day assignments of p that would clash with group g (overlap with travel). */
function clashes(c: MoveContext, p: number, g: number, out: number[]): boolean {
  const { m, e } = c;
  out.length = 0;
  const s = m.gShift[g]!;
  const cell = e.state.cells[p * m.D + m.sDay[s]!];
  if (!cell) return true;
  const st = m.sStart[s]!, en = m.sEnd[s]!, loc = m.sLoc[s]!;
  for (const h of cell) {
    if (h === g) return false;
    const t = m.gShift[h]!;
    const gap = m.travel.minutes(loc, m.sLoc[t]!);
    if (m.sStart[t]! < en + gap && st < m.sEnd[t]! + gap) {
      if (isPinned(m, p, h)) return false;
      out.push(h);
    }
  }
  return true;
}

/** Person p takes a seat of group g, giving up same-day assignments that clash with it. */
export function moveAssign(c: MoveContext, g: number, p: number): boolean {
  const { m, e } = c;
  if (p < 0 || blocked(m, p, g)) return false;
  if (!clashes(c, p, g, c.bufA)) return false;
  for (const h of c.bufA) e.plan(p, h, -1);
  e.plan(p, g, 1);
  return true;
}

/** A random assignment (not pinned) is dropped. */
export function moveUnassign(c: MoveContext, g: number): boolean {
  const { m, e, rng } = c;
  const mem = e.state.members[g]!;
  if (mem.length === 0) return false;
  const p = mem[rng.int(mem.length)]!;
  if (isPinned(m, p, g)) return false;
  e.plan(p, g, -1);
  return true;
}

/** Persons p and q exchange everything they do on days [d1, d2] (a day swap when d1 = d2, a
 * transfer when one of them is free). Cover is unchanged. */
export function moveSwapDays(c: MoveContext, p: number, q: number, d1: number, d2: number): boolean {
  const { m, e } = c;
  if (p === q || p < 0 || q < 0) return false;
  const D = m.D;
  let any = false;
  for (let d = d1; d <= d2; d++) {
    const a = e.state.cells[p * D + d];
    const b = e.state.cells[q * D + d];
    if (a) for (const g of a) if (isPinned(m, p, g) || !qualified(m, q, g) || blocked(m, q, g)) return false;
    if (b) for (const g of b) if (isPinned(m, q, g) || !qualified(m, p, g) || blocked(m, p, g)) return false;
    if (a || b) any = true;
  }
  if (!any) return false;
  for (let d = d1; d <= d2; d++) {
    const a = e.state.cells[p * D + d];
    const b = e.state.cells[q * D + d];
    if (a) for (const g of a) { e.plan(p, g, -1); e.plan(q, g, 1); }
    if (b) for (const g of b) { e.plan(q, g, -1); e.plan(p, g, 1); }
  }
  e.scope.touch(p, d1, d2);
  e.scope.touch(q, d1, d2);
  return true;
}

/** A flexible duty moves from one alternative (day) to another of the same demand. */
export function moveFlex(c: MoveContext): boolean {
  const { m, e, rng } = c;
  if (c.flexDemands.length === 0) return false;
  const d = c.flexDemands[rng.int(c.flexDemands.length)]!;
  const groups = m.dGroups[d]!;
  const from = groups[rng.int(groups.length)]!;
  const mem = e.state.members[from]!;
  if (mem.length === 0) return false;
  const p = mem[rng.int(mem.length)]!;
  const to = groups[rng.int(groups.length)]!;
  if (to === from || isPinned(m, p, from) || !qualified(m, p, to) || blocked(m, p, to)) return false;
  if (!clashes(c, p, to, c.bufA)) return false;
  e.plan(p, from, -1);
  for (const h of c.bufA) if (h !== from) e.plan(p, h, -1);
  e.plan(p, to, 1);
  return true;
}

/** Person p gives up one of their seats (on a day near g's) and takes group g instead: the number
 * of duties stays the same, so limits on counts and minutes are kept while cover moves to where it
 * is missing. */
export function moveShiftDay(c: MoveContext, g: number, p: number): boolean {
  const { m, e, rng } = c;
  if (p < 0 || blocked(m, p, g) || e.state.has(p, g)) return false;
  const d2 = m.sDay[m.gShift[g]!]!;
  if (e.state.cells[p * m.D + d2]) return false;
  // Look for one of p's seats within a week, preferring one whose demand is over-covered.
  let pickG = -1;
  let pickOver = false;
  for (let tries = 0; tries < 6; tries++) {
    const d1 = d2 + rng.int(15) - 7;
    if (d1 < 0 || d1 >= m.D || d1 === d2) continue;
    const cell = e.state.cells[p * m.D + d1];
    if (!cell) continue;
    const h = cell[rng.int(cell.length)]!;
    if (isPinned(m, p, h)) continue;
    const over = e.state.demandN[m.gDemand[h]!]! > m.dCount[m.gDemand[h]!]!;
    if (pickG < 0 || (over && !pickOver)) {
      pickG = h;
      pickOver = over;
      if (over) break;
    }
  }
  if (pickG < 0) return false;
  e.plan(p, pickG, -1);
  e.plan(p, g, 1);
  return true;
}
