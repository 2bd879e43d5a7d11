// Large move for day-grid problems: re-match one whole day. Everyone's other days stay fixed; each
// person who may change on day d takes one of that day's seats or none, and a minimum-cost
// assignment (the `munkres` package: Hungarian method, rectangular) finds the best such day at
// once: any chain of "A takes B's seat, B takes C's, C takes the one left short" in one step,
// which change and swap moves only find by luck. A person's cost of an option is the engine's
// exact delta of that single change, less its cover part; cover is priced by seat slots (the first
// missing people of a demand are worth its under-cover weight each, further ones cost its
// over-cover weight). With rules that are each person's own (the Curtois shape) the sum is the
// exact delta; the engine scores the move anyway.
import type { Engine } from '../model/engine.js';
import type { Model } from '../model/model.js';
import { munkres } from 'munkres';
import { seatValue, seatWeights, type SeatWeights } from './dp-inputs.js';
import { isPinned } from './moves.js';
import { scalar, type Weights } from './weights.js';

/** Whether every demand's seats lie on one day (so a day's cover is the day's own business). */
export function dayMatchApplies(m: Model): boolean {
  for (let dm = 0; dm < m.nDemand; dm++) {
    const gs = m.dGroups[dm]!;
    const day = m.sDay[m.gShift[gs[0]!]!]!;
    for (const g of gs) if (m.sDay[m.gShift[g]!]! !== day) return false;
  }
  return true;
}

/** A cost that forbids an option; finite so the assignment's potentials stay finite (an "off"
 * column is always there, so a forbidden cell is chosen only when nothing else is possible). */
export const FORBIDDEN = 1e12;

export class DayMatch {
  private readonly m: Model;
  private readonly seat: SeatWeights;

  constructor(private readonly e: Engine, private readonly w: Weights) {
    this.m = e.m;
    this.seat = seatWeights(this.m, w);
  }

  /** Plans (after e.begin(), which it calls again) the best re-matching of day d; false when it
   * equals the current day. Returns with the changes planned, not yet evaluated. */
  plan(d: number): boolean {
    const { m, e, w } = this;
    const st = e.state;
    const D = m.D;
    const groups = m.groupsByDay[d]!;
    if (groups.length === 0) return false;
    // Demands of the day, and each group's index among them.
    const demands: number[] = [];
    const nG = groups.length;
    const local = new Int32Array(nG);
    for (let k = 0; k < nG; k++) {
      const dm = m.gDemand[groups[k]!]!;
      let x = demands.indexOf(dm);
      if (x < 0) x = demands.push(dm) - 1;
      local[k] = x;
    }
    const nD = demands.length;
    // Per person: current group (-1 = off) and the personal cost of each option (groups, then
    // off at index nG), relative to the current one; FORBIDDEN where a hard rule would break.
    const people: number[] = [];
    const cur: number[] = [];
    const costs: Float64Array[] = [];
    for (let p = 0; p < m.P; p++) {
      const cell = st.cells[p * D + d];
      if (cell && cell.length > 1) continue;
      const h = cell ? cell[0]! : -1;
      if (h >= 0 && isPinned(m, p, h)) continue;
      const c = new Float64Array(nG + 1).fill(FORBIDDEN);
      let options = 0;
      for (let k = 0; k <= nG; k++) {
        const g = k < nG ? groups[k]! : -1;
        if (g === h) { c[k] = 0; options++; continue; }
        if (g >= 0 && (m.candMask[m.gCand[g]!]![p] !== 1 || (m.pPins[p]!.length > 0 && !this.free(p, g)))) continue;
        e.begin();
        if (h >= 0) e.plan(p, h, -1);
        if (g >= 0) e.plan(p, g, 1);
        const delta = e.evaluate();
        e.rollback();
        if (delta.hard > 1e-9) continue;
        c[k] = scalar(delta, w) - this.coverDelta(h, g);
        options++;
      }
      if (options < 2) continue;
      people.push(p);
      cur.push(h);
      costs.push(c);
    }
    const n = people.length;
    if (n === 0) return false;
    // Seat slots per demand, beyond the people who stay put: slot i of demand dm is the
    // (base + i + 1)-th person there, worth −under while the demand is short, else +over.
    const base = Int32Array.from(demands, (dm) => st.demandN[dm]!);
    const here = new Int32Array(nD);
    for (const h of cur) {
      if (h < 0) continue;
      const x = local[groups.indexOf(h)]!;
      base[x]!--;
      here[x]!++;
    }
    const slotOf: number[] = [];
    const slotCost: number[] = [];
    for (let x = 0; x < nD; x++) {
      const dm = demands[x]!;
      const slots = Math.min(n, Math.max(m.dCount[dm]! - base[x]!, 0) + here[x]! + 1);
      for (let i = 0; i < slots; i++) {
        slotOf.push(x);
        slotCost.push(seatValue(m, this.seat, dm, base[x]! + i));
      }
    }
    // Columns: the slots, then n interchangeable "off" columns. Each row is shifted by its off
    // cost, so an off column costs 0 for everyone. A person's slot of a demand is taken through
    // their cheapest allowed group of it (`pick`, per person and demand).
    const S = slotOf.length;
    const cols = S + n;
    const matrix = new Float64Array(n * cols);
    const pick = new Int32Array(n * nD).fill(-1);
    for (let i = 0; i < n; i++) {
      const c = costs[i]!;
      const off = c[nG]!;
      const row = i * nD;
      for (let k = 0; k < nG; k++) {
        if (c[k]! >= FORBIDDEN) continue;
        const best = pick[row + local[k]!]!;
        if (best < 0 || c[k]! < c[best]!) pick[row + local[k]!] = k;
      }
      const shift = off < FORBIDDEN ? off : 0;
      for (let j = 0; j < S; j++) {
        const k = pick[row + slotOf[j]!]!;
        matrix[i * cols + j] = k < 0 ? FORBIDDEN : c[k]! + slotCost[j]! - shift;
      }
      // Off: allowed unless the person must work today (then every slot keeps its plain cost).
      if (off >= FORBIDDEN) for (let j = S; j < cols; j++) matrix[i * cols + j] = FORBIDDEN;
    }
    const col = new Int32Array(n);
    const rows = Array.from({ length: n }, (_, i) => matrix.subarray(i * cols, (i + 1) * cols));
    for (const [i, j] of munkres(rows)) col[i] = j;
    e.begin();
    let changed = false;
    for (let i = 0; i < n; i++) {
      const j = col[i]!;
      const k = j < S ? pick[i * nD + slotOf[j]!]! : -1;
      const g = k >= 0 ? groups[k]! : -1;
      if (j < S && k < 0) continue; // a forbidden cell: only when nothing else was possible
      const h = cur[i]!, p = people[i]!;
      if (g === h) continue;
      if (h >= 0) e.plan(p, h, -1);
      if (g >= 0) e.plan(p, g, 1);
      changed = true;
    }
    return changed;
  }

  /** Whether p's seat in g would not displace a pin of p on g's day. */
  private free(p: number, g: number): boolean {
    const m = this.m;
    const d = m.sDay[m.gShift[g]!]!;
    for (const h of m.pPins[p]!) if (m.sDay[m.gShift[h]!] === d && h !== g) return false;
    return true;
  }

  /** Cover part (scalar) of moving one person from group h to group g (-1 = none) on one day,
   * with everyone else as they are. */
  private coverDelta(h: number, g: number): number {
    const { m, seat } = this;
    const n = this.e.state.demandN;
    const dh = h >= 0 ? m.gDemand[h]! : -1, dg = g >= 0 ? m.gDemand[g]! : -1;
    if (dh === dg) return 0;
    return (dh >= 0 ? -seatValue(m, seat, dh, n[dh]! - 1) : 0) + (dg >= 0 ? seatValue(m, seat, dg, n[dg]!) : 0);
  }
}
