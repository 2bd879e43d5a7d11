// The mutable roster during a search: per person-day cells of seat-group ids (sorted by start),
// working-day counts, members per seat group and headcount per demand. Constraints with caches
// subscribe to every change through `listeners`.
import type { Model } from './model.js';

export interface ChangeListener {
  onChange(p: number, g: number, sign: 1 | -1): void;
}

export class State {
  readonly m: Model;
  /** Seat-group ids of person p on day d at index p * D + d, sorted by shift start; null = none. */
  readonly cells: (number[] | null)[];
  /** Number of assignments of person p on day d. */
  readonly dayCount: Uint16Array;
  /** Persons in each seat group. */
  readonly members: number[][];
  /** Headcount per demand. */
  readonly demandN: Int32Array;
  /** Assignments per person. */
  readonly load: Int32Array;
  listeners: ChangeListener[] = [];
  size = 0;

  constructor(m: Model) {
    this.m = m;
    this.cells = new Array(m.P * m.D).fill(null);
    this.dayCount = new Uint16Array(m.P * m.D);
    this.members = Array.from({ length: m.G }, () => []);
    this.demandN = new Int32Array(m.nDemand);
    this.load = new Int32Array(m.P);
  }

  has(p: number, g: number): boolean {
    const cell = this.cells[p * this.m.D + this.m.sDay[this.m.gShift[g]!]!];
    return cell !== null && cell !== undefined && cell.includes(g);
  }

  /** Whether p holds any seat of shift s. */
  hasShift(p: number, s: number): boolean {
    const cell = this.cells[p * this.m.D + this.m.sDay[s]!];
    if (!cell) return false;
    for (const g of cell) if (this.m.gShift[g] === s) return true;
    return false;
  }

  add(p: number, g: number): void {
    const m = this.m;
    const s = m.gShift[g]!;
    const idx = p * m.D + m.sDay[s]!;
    let cell = this.cells[idx];
    if (!cell) {
      cell = [g];
      this.cells[idx] = cell;
    } else {
      const start = m.sStart[s]!;
      let i = cell.length;
      while (i > 0 && m.sStart[m.gShift[cell[i - 1]!]!]! > start) i--;
      cell.splice(i, 0, g);
    }
    this.dayCount[idx]!++;
    this.members[g]!.push(p);
    this.demandN[m.gDemand[g]!]!++;
    this.load[p]!++;
    this.size++;
    for (const l of this.listeners) l.onChange(p, g, 1);
  }

  remove(p: number, g: number): void {
    const m = this.m;
    const idx = p * m.D + m.sDay[m.gShift[g]!]!;
    const cell = this.cells[idx]!;
    const i = cell.indexOf(g);
    if (i < 0) throw new Error(`state: person ${p} is not in group ${g}`);
    if (cell.length === 1) this.cells[idx] = null;
    else cell.splice(i, 1);
    this.dayCount[idx]!--;
    const mem = this.members[g]!;
    const j = mem.indexOf(p);
    mem[j] = mem[mem.length - 1]!;
    mem.pop();
    this.demandN[m.gDemand[g]!]!--;
    this.load[p]!--;
    this.size--;
    for (const l of this.listeners) l.onChange(p, g, -1);
  }

  /** All (person, group) pairs, person-major, in day and start order. */
  pairs(): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    for (let i = 0; i < this.cells.length; i++) {
      const cell = this.cells[i];
      if (!cell) continue;
      const p = Math.floor(i / this.m.D);
      for (const g of cell) out.push([p, g]);
    }
    return out;
  }
}
