// HiGHS's simplex as column generation's growing master LP (the core's GrowingLp): columns are
// added in batches and each re-optimisation starts from the last basis (HiGHS keeps its
// factorisation between runs), so a pricing round costs a few hundred warm pivots.
import type loadHighs from 'highs';
import type { GrowingLp } from '../solver/mip.js';

type Highs = Awaited<ReturnType<typeof loadHighs>>;
type HighsModel = ReturnType<Highs['createModel']>;

/** HiGHS's basis status "at lower bound" (every column added later starts there). */
const AT_LOWER = 0;

/** The growing LP, or null when HiGHS cannot create it. Nothing here throws into the solver core:
 * once a HiGHS call fails the LP is broken and every optimisation reports failure, so column
 * generation ends as if stopped. */
export function openGrowingLp(highs: Highs, rows: number, b: Float64Array): GrowingLp | null {
  let model: HighsModel;
  try {
    model = highs.createModel({
      numCols: 0,
      numRows: rows,
      colCost: new Float64Array(0),
      colLower: new Float64Array(0),
      colUpper: new Float64Array(0),
      rowLower: b,
      rowUpper: b,
      matrix: { format: 'csc', numRows: rows, numCols: 0, starts: Int32Array.of(0), indices: new Int32Array(0), values: new Float64Array(0) },
    });
    // Presolve would discard the warm basis; the master is small and sparse enough without it.
    model.options.set({ output_flag: false, presolve: 'off' });
  } catch {
    return null;
  }
  let broken = false;
  const guard = (f: () => void) => {
    if (broken) return;
    try {
      f();
    } catch {
      broken = true;
    }
  };
  let cols = 0;
  let basis: { colStatus: Int32Array; rowStatus: Int32Array; cols: number } | null = null;
  let y: Float64Array = new Float64Array(rows);
  let x: Float64Array = new Float64Array(0);
  return {
    addColumns(cost, start, index, value) {
      const n = cost.length;
      if (n === 0) return;
      guard(() => model.addCols({
        cost,
        lower: new Float64Array(n),
        upper: new Float64Array(n).fill(highs.infinity),
        matrix: { format: 'csc', numRows: rows, numCols: n, starts: start, indices: index, values: value },
      }));
      cols += n;
    },
    setUpper(list, upper) {
      if (list.length === 0) return;
      const u = Number.isFinite(upper) ? upper : highs.infinity;
      guard(() => model.changeColsBounds({ kind: 'set', indices: list }, new Float64Array(list.length), new Float64Array(list.length).fill(u)));
    },
    optimise(stop) {
      let optimal = false;
      guard(() => {
        model.run({
          [highs.constants.callbackType.simplexInterrupt](event) {
            if (stop()) event.interrupt();
          },
        });
        if (model.getModelStatus() !== highs.constants.modelStatus.optimal) return;
        const s = model.getSolution();
        y = s.rowDual;
        x = s.colValue;
        // Kept now: once columns are added HiGHS counts the model unsolved and will not give it.
        basis = { ...model.getBasis(), cols };
        optimal = true;
      });
      return optimal;
    },
    duals: () => y,
    values: () => x,
    saveBasis: () => basis,
    restoreBasis(saved) {
      const s = saved as typeof basis;
      if (!s) return;
      const colStatus = new Int32Array(cols).fill(AT_LOWER);
      colStatus.set(s.colStatus.subarray(0, Math.min(s.cols, cols)));
      guard(() => model.setBasis({ colStatus, rowStatus: s.rowStatus }));
    },
    dispose: () => guard(() => model.dispose()),
  };
}
