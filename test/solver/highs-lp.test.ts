// HiGHS lent as column generation's growing master LP (src/solver-runner/highs-lp.ts): warm
// re-optimisation after columns are added, duals with the core's sign (reduced cost = c − y·A),
// bans by a zero upper bound, a saved basis, failure as a value; and column generation on
// Instance3 through it, which must reach the same proven optimum as with the dense simplex.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkModel } from '../../src/solver/check.js';
import { toAssignments } from '../../src/solver/index.js';
import type { GrowingLp, MipSolver } from '../../src/solver/mip.js';
import { applyLines, columnGeneration } from '../../src/solver/search/colgen.js';
import { snapshot } from '../../src/solver/search/snapshot.js';
import { loadMipSolver } from '../../src/solver-runner/highs.js';
import { constructedCurtois } from './constructed.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const file = resolve(repoRoot, '../shared/benchmarks/curtois/Instance3.txt');
const never = () => false;
let highs: MipSolver;
beforeAll(async () => { highs = await loadMipSolver(); });

/** Columns as CSC; every coefficient 1. */
function add(lp: GrowingLp, cost: number[], cols: number[][]): void {
  const start = new Int32Array(cols.length + 1);
  cols.forEach((c, j) => { start[j + 1] = start[j]! + c.length; });
  lp.addColumns(Float64Array.from(cost), start, Int32Array.from(cols.flat()), new Float64Array(start[cols.length]!).fill(1));
}

function reduced(lp: GrowingLp, cost: number, rows: number[]): number {
  const y = lp.duals();
  return rows.reduce((d, r) => d - y[r]!, cost);
}

describe('HiGHS as the growing master LP', () => {
  // Cover rows 0, 1, 2 exactly once. Singletons cost 2 each (6 in all); the pairs added later
  // cost 3 each and take ½ each (4.5); the triple added last costs 4 and is optimal alone.
  const singles = [[0], [1], [2]], pairs = [[0, 1], [1, 2], [0, 2]];

  it('re-optimises as columns are added, with duals pricing every column at ≥ 0', () => {
    const lp = highs.openLp!(3, Float64Array.of(1, 1, 1))!;
    add(lp, [2, 2, 2], singles);
    expect(lp.optimise(never)).toBe(true);
    expect(Array.from(lp.values())).toEqual([1, 1, 1]);
    // A pair is cheaper than its two singletons: its reduced cost at these duals is −1.
    expect(reduced(lp, 3, [0, 1])).toBeCloseTo(-1, 9);
    add(lp, [3, 3, 3], pairs);
    expect(lp.optimise(never)).toBe(true);
    const x = lp.values();
    expect(x.reduce((a, v, j) => a + v * (j < 3 ? 2 : 3), 0)).toBeCloseTo(4.5, 9);
    [...singles, ...pairs].forEach((c, j) => expect(reduced(lp, j < 3 ? 2 : 3, c)).toBeGreaterThan(-1e-9));
    lp.dispose();
  });

  it('bans by a zero upper bound, frees again, and returns to a saved basis', () => {
    const lp = highs.openLp!(3, Float64Array.of(1, 1, 1))!;
    add(lp, [2, 2, 2, 3, 3, 3], [...singles, ...pairs]);
    expect(lp.optimise(never)).toBe(true);
    const saved = lp.saveBasis();
    const before = Array.from(lp.values(), (v) => v + 0);
    add(lp, [4], [[0, 1, 2]]);
    lp.setUpper(Int32Array.of(3, 4, 5), 0);
    expect(lp.optimise(never)).toBe(true);
    expect(Array.from(lp.values(), (v) => v + 0)).toEqual([0, 0, 0, 0, 0, 0, 1]); // + 0: no −0
    lp.setUpper(Int32Array.of(3, 4, 5), Number.POSITIVE_INFINITY);
    lp.setUpper(Int32Array.of(6), 0);
    lp.restoreBasis(saved);
    expect(lp.optimise(never)).toBe(true);
    expect(Array.from(lp.values(), (v) => v + 0).slice(0, 6)).toEqual(before);
    lp.dispose();
  });

  it('reports a failure as no optimum, not an exception (a column naming a row that is not there)', () => {
    const lp = highs.openLp!(3, Float64Array.of(1, 1, 1))!;
    add(lp, [2, 2], [[0], [7]]);
    expect(lp.optimise(never)).toBe(false);
    expect(lp.optimise(never)).toBe(false);
    lp.dispose();
  });

  it('reports a stop as no optimum', () => {
    const lp = highs.openLp!(3, Float64Array.of(1, 1, 1))!;
    add(lp, [2, 2, 2, 3, 3, 3], [...singles, ...pairs]);
    expect(lp.optimise(() => true)).toBe(false);
    lp.dispose();
  });
});

describe.skipIf(!existsSync(file))('column generation over the HiGHS master', () => {
  it('reaches the proven optimum of Instance3 (1001) as bound and as roster', () => {
    const { m, e, w } = constructedCurtois(file, 'Instance3');
    let opened = 0;
    const counting: MipSolver = { ...highs, openLp: (rows, b) => { opened++; return highs.openLp!(rows, b); } };
    const cg = columnGeneration(e, w, never, never, never, () => true, { solver: counting, seconds: () => 20 });
    expect(opened).toBe(1);
    expect(cg.bound).toBeCloseTo(1001, 6);
    applyLines(e, cg.lines!);
    e.commit();
    expect(checkModel(m, toAssignments(m, snapshot(e))).score).toMatchObject({ hard: 0, soft: 1001 });
  });
});
