// A mixed-integer solver the caller may lend the search. The solver core stays pure: it never
// loads one, it only calls the one it is given in `SolveOptions.mip` (the runner, CLI and bench
// lend HiGHS; see src/solver-runner/highs.ts). Without one, the search does without.

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
}

/** Whether a lent MipSolver can be of use: column generation only runs where cover is soft and
 * nothing is pinned (the Curtois shape), so a caller need not load one for other problems. */
export function mipMayHelp(problem: { coverLevel?: string; pins?: readonly unknown[] }): boolean {
  return problem.coverLevel === 'soft' && (problem.pins?.length ?? 0) === 0;
}
