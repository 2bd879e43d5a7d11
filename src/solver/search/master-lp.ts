// Column generation's master LP behind one face: the core's own dense simplex (lp.ts), or a
// growing LP the caller lends (HiGHS in the runner). A dive bans a person's other lines: the
// dense simplex raises their cost and blocks them from entering, a lent LP bounds them at zero.
import type { GrowingLp } from '../mip.js';
import { Simplex } from './lp.js';

export interface MasterLp {
  /** Each column's rows (its values are 1, or −1 for the over slacks) and own cost. */
  readonly colRows: readonly Int32Array[];
  readonly costs: readonly number[];
  add(cost: number, rows: Int32Array, vals: Float64Array): number;
  /** Sets a feasible starting basis (one column per row); false when it is not one. */
  start(basis: Int32Array): boolean;
  /** Re-optimises over the columns not banned; false if stopped. */
  optimise(stop: () => boolean): boolean;
  /** Row duals at the last optimum. */
  duals(): Float64Array;
  value(j: number): number;
  reducedCost(j: number): number;
  ban(j: number): void;
  banned(j: number): boolean;
  unbanAll(): void;
  save(): unknown;
  restore(saved: unknown): void;
  dispose(): void;
}

/** The dense simplex; `banCost` is the cost that pushes a banned basic line out. */
export function simplexMaster(rows: number, b: Float64Array, banCost: number): MasterLp {
  const lp = new Simplex(rows, b);
  const costs: number[] = [];
  const bannedList: number[] = [];
  let dirty = false;
  return {
    colRows: lp.colRows,
    costs,
    add(cost, r, vals) {
      costs.push(cost);
      return lp.addColumn(cost, r, vals);
    },
    start: (basis) => lp.setBasis(basis),
    optimise(stop) {
      if (dirty) lp.refreshDuals();
      dirty = false;
      const ok = lp.optimise(1_000_000, stop);
      // Exact duals for the bound and for pricing (the per-pivot updates drift a little).
      if (ok) lp.refreshDuals();
      return ok;
    },
    duals: () => lp.y,
    value: (j) => lp.value(j),
    reducedCost: (j) => lp.reducedCost(j),
    ban(j) {
      lp.cost[j] = banCost;
      lp.blocked[j] = 1;
      bannedList.push(j);
      dirty = true;
    },
    banned: (j) => lp.blocked[j] === 1,
    unbanAll() {
      for (const j of bannedList) { lp.cost[j] = costs[j]!; lp.blocked[j] = 0; }
      bannedList.length = 0;
      dirty = true;
    },
    save: () => lp.save(),
    restore(saved) {
      lp.restore(saved as ReturnType<Simplex['save']>);
      dirty = true;
    },
    dispose() {},
  };
}

/** A lent growing LP: columns and bans are passed on in batches just before each optimisation. */
export function lentMaster(lp: GrowingLp, rows: number): MasterLp {
  const colRows: Int32Array[] = [];
  const colVals: Float64Array[] = [];
  const costs: number[] = [];
  let passed = 0;
  const isBanned: number[] = [];
  let toBan: number[] = [];
  let bannedAll: number[] = [];
  let y: Float64Array = new Float64Array(rows);
  let x: Float64Array = new Float64Array(0);
  const flush = () => {
    const n = costs.length - passed;
    if (n > 0) {
      const start = new Int32Array(n + 1);
      for (let k = 0; k < n; k++) start[k + 1] = start[k]! + colRows[passed + k]!.length;
      const index = new Int32Array(start[n]!), value = new Float64Array(start[n]!);
      for (let k = 0; k < n; k++) { index.set(colRows[passed + k]!, start[k]!); value.set(colVals[passed + k]!, start[k]!); }
      lp.addColumns(Float64Array.from(costs.slice(passed)), start, index, value);
      passed = costs.length;
    }
    if (toBan.length > 0) {
      lp.setUpper(Int32Array.from(toBan).sort(), 0);
      toBan = [];
    }
  };
  return {
    colRows,
    costs,
    add(cost, r, vals) {
      colRows.push(r);
      colVals.push(vals);
      costs.push(cost);
      isBanned.push(0);
      return costs.length - 1;
    },
    start: () => true,
    optimise(stop) {
      flush();
      if (!lp.optimise(stop)) return false;
      y = lp.duals();
      x = lp.values();
      return true;
    },
    duals: () => y,
    value: (j) => x[j] ?? 0,
    reducedCost(j) {
      const r = colRows[j]!, v = colVals[j]!;
      let d = costs[j]!;
      for (let t = 0; t < r.length; t++) d -= y[r[t]!]! * v[t]!;
      return d;
    },
    ban(j) {
      if (isBanned[j] === 1) return;
      isBanned[j] = 1;
      toBan.push(j);
      bannedAll.push(j);
    },
    banned: (j) => isBanned[j] === 1,
    unbanAll() {
      // Passes every pending column and ban first, so each banned column is the LP's to free.
      flush();
      if (bannedAll.length > 0) lp.setUpper(Int32Array.from(bannedAll).sort(), Number.POSITIVE_INFINITY);
      for (const j of bannedAll) isBanned[j] = 0;
      bannedAll = [];
    },
    // The basis, values and duals of the last optimum (the LP keeps its basis from then).
    save: () => ({ basis: lp.saveBasis(), x: x.slice(), y: y.slice() }),
    restore(saved) {
      const s = saved as { basis: unknown; x: Float64Array; y: Float64Array };
      flush();
      lp.restoreBasis(s.basis);
      // Columns added since the save are non-basic at zero: their value is 0 (`x[j] ?? 0`).
      x = s.x;
      y = s.y;
    },
    dispose: () => lp.dispose(),
  };
}
