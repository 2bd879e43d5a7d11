// The part of the roster a move touches: its changes (person, seat group, ±1) and, per person,
// the day range they fall in. Constraints evaluate their local cost over a scope before and after
// the move; `all` marks the whole roster (initial score).
import type { Model } from './model.js';

export class Scope {
  all = false;
  readonly persons: number[] = [];
  readonly lo: number[] = [];
  readonly hi: number[] = [];
  readonly chP: number[] = [];
  readonly chG: number[] = [];
  readonly chSign: number[] = [];
  private readonly m: Model;

  constructor(m: Model) {
    this.m = m;
  }

  reset(): void {
    this.all = false;
    this.persons.length = 0;
    this.lo.length = 0;
    this.hi.length = 0;
    this.chP.length = 0;
    this.chG.length = 0;
    this.chSign.length = 0;
  }

  /** Whole roster: every person over every day, no change list. */
  setAll(): void {
    this.reset();
    this.all = true;
    for (let p = 0; p < this.m.P; p++) {
      this.persons.push(p);
      this.lo.push(0);
      this.hi.push(this.m.D - 1);
    }
  }

  /** Widens person p's range to include [lo, hi] (for moves whose reach is a block of days). */
  touch(p: number, lo: number, hi: number): void {
    for (let i = 0; i < this.persons.length; i++) {
      if (this.persons[i] === p) {
        if (lo < this.lo[i]!) this.lo[i] = lo;
        if (hi > this.hi[i]!) this.hi[i] = hi;
        return;
      }
    }
    this.persons.push(p);
    this.lo.push(lo);
    this.hi.push(hi);
  }

  change(p: number, g: number, sign: 1 | -1): void {
    this.chP.push(p);
    this.chG.push(g);
    this.chSign.push(sign);
    const d = this.m.sDay[this.m.gShift[g]!]!;
    this.touch(p, d, d);
  }
}
