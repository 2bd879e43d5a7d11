// A mixed-integer solver the caller may lend the search, and with it (optionally) a growing LP for
// column generation's master. The solver core stays pure: it never loads one, it only calls the
// one it is given in `SolveOptions.mip` (the runner, CLI and bench lend HiGHS; see
// src/solver-runner/highs.ts). Without one, the search does without: no MIP, and its own dense
// simplex as the master.

/** minimise cost·x subject to A x = b and 0 ≤ x ≤ upper, with x_j integral where `integer[j]`
 * is 1. A is given by columns (CSC): column j's rows are index[start[j] .. start[j + 1]). */
export interface MipModel {
  rows: number;
  b: Float64Array;
  cost: Float64Array;
  upper: Float64Array;
  integer: Uint8Array;
  start: Int32Array;
  index: Int32Array;
  value: Float64Array;
  /** A feasible solution to start from (the best known), or none. */
  initial?: Float64Array;
}

export interface MipSolver {
  /** The best solution found within `seconds` (or until `stop()` is true), or null if none. */
  solve(model: MipModel, seconds: number, stop: () => boolean): Float64Array | null;
  /** A linear program over `rows` rows (A x = b) that grows by columns, for column generation's
   * master; null (or absent) leaves the master to the core's own dense simplex. */
  openLp?(rows: number, b: Float64Array): GrowingLp | null;
}

/** minimise cost·x subject to A x = b and 0 ≤ x ≤ upper, re-optimised from its last basis after
 * columns are added or bounds change. Columns are numbered in the order added, from 0. */
export interface GrowingLp {
  /** Appends columns given in CSC form as in MipModel (start has one entry more than cost), each
   * with bounds [0, +∞). */
  addColumns(cost: Float64Array, start: Int32Array, index: Int32Array, value: Float64Array): void;
  /** Sets the upper bound of columns `cols` (ascending): 0 bans them, +∞ frees them. */
  setUpper(cols: Int32Array, upper: number): void;
  /** Re-optimises; true at an optimum, false when stopped (`stop` is asked now and then) or
   * failed. */
  optimise(stop: () => boolean): boolean;
  /** The row duals y at the last optimum: a column's reduced cost is cost_j − y·A_j. */
  duals(): Float64Array;
  /** The column values at the last optimum. */
  values(): Float64Array;
  /** An opaque copy of the current basis, and a return to it (columns added since stay
   * non-basic at zero). */
  saveBasis(): unknown;
  restoreBasis(saved: unknown): void;
  /** Frees the solver's memory; the LP is unusable after. */
  dispose(): void;
}

/** Whether a lent MipSolver can be of use: column generation only runs where cover is soft and
 * nothing is pinned (the Curtois shape), so a caller need not load one for other problems. */
export function mipMayHelp(problem: { coverLevel?: string; pins?: readonly unknown[] }): boolean {
  return problem.coverLevel === 'soft' && (problem.pins?.length ?? 0) === 0;
}
