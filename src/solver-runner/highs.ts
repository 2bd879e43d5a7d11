// HiGHS (WebAssembly, MIT) lent to the pure solver core as its MipSolver: column generation
// solves its restricted master as an integer program with it, and re-optimises the master LP on
// it between pricing rounds (highs-lp.ts). Loading is asynchronous (the
// module compiles once per thread: 0.2–0.4 s and ~23 MB measured); every call after that is
// synchronous.
import loadHighs from 'highs';
import type { MipModel, MipSolver } from '../solver/mip.js';
import { openGrowingLp } from './highs-lp.js';

type Highs = Awaited<ReturnType<typeof loadHighs>>;

/** HiGHS's primal_solution_status for "a feasible solution is known". */
const SOLUTION_FEASIBLE = 2;

let loading: Promise<Highs> | null = null;

/** The MipSolver, loaded once per thread. */
export async function loadMipSolver(): Promise<MipSolver> {
  loading ??= loadHighs();
  const highs = await loading;
  return {
    solve: (model, seconds, stop) => solveWith(highs, model, seconds, stop),
    openLp: (rows, b) => openGrowingLp(highs, rows, b),
  };
}

/** The solver must never throw on valid input: a failure inside HiGHS (a validation or
 * WebAssembly error) only means no MIP roster, and the search goes on without it. */
function solveWith(highs: Highs, mm: MipModel, seconds: number, stop: () => boolean): Float64Array | null {
  try {
    return solveOrThrow(highs, mm, seconds, stop);
  } catch {
    return null;
  }
}

function solveOrThrow(highs: Highs, mm: MipModel, seconds: number, stop: () => boolean): Float64Array | null {
  const n = mm.cost.length;
  const model = highs.createModel({
    numCols: n,
    numRows: mm.rows,
    colCost: mm.cost,
    colLower: new Float64Array(n),
    colUpper: Float64Array.from(mm.upper, (u) => (Number.isFinite(u) ? u : highs.infinity)),
    rowLower: mm.b,
    rowUpper: mm.b,
    matrix: { format: 'csc', numRows: mm.rows, numCols: n, starts: mm.start, indices: mm.index, values: mm.value },
    integrality: Int32Array.from(mm.integer),
  });
  try {
    model.options.set({ output_flag: false, time_limit: Math.max(0.01, seconds) });
    if (mm.initial) model.setSolution({ colValue: mm.initial });
    model.run({
      [highs.constants.callbackType.mipInterrupt](event) {
        if (stop()) event.interrupt();
      },
    });
    if (Number(model.info.get('primal_solution_status')) !== SOLUTION_FEASIBLE) return null;
    return model.getSolution().colValue;
  } finally {
    model.dispose();
  }
}
