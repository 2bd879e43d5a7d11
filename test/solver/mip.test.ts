// The MIP solver lent to column generation: the HiGHS adapter (src/solver-runner/highs.ts) on a
// small set partition whose LP optimum is fractional, and column generation handing Instance3's
// restricted master to it, converged or not.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkModel } from '../../src/solver/check.js';
import { toAssignments } from '../../src/solver/index.js';
import type { MipModel, MipSolver } from '../../src/solver/mip.js';
import { mipMayHelp } from '../../src/solver/mip.js';
import { applyLines, columnGeneration } from '../../src/solver/search/colgen.js';
import { snapshot } from '../../src/solver/search/snapshot.js';
import { constructedCurtois } from './constructed.js';
import { loadMipSolver } from '../../src/solver-runner/highs.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const file = resolve(repoRoot, '../shared/benchmarks/curtois/Instance3.txt');
const never = () => false;
let highs: MipSolver;
beforeAll(async () => { highs = await loadMipSolver(); });

/** Cover elements 1, 2, 3 exactly once by {1,2}, {2,3}, {1,3} (cost 3 each) or singletons
 * (cost 2 each). The LP takes each pair at ½ (4.5); the integer optimum is a pair and a
 * singleton (5). */
function partition(): MipModel {
  const sets = [[0, 1], [1, 2], [0, 2], [0], [1], [2]];
  const start = new Int32Array(sets.length + 1);
  sets.forEach((s, j) => { start[j + 1] = start[j]! + s.length; });
  return {
    rows: 3, b: Float64Array.of(1, 1, 1), cost: Float64Array.of(3, 3, 3, 2, 2, 2),
    upper: new Float64Array(6).fill(1), integer: new Uint8Array(6).fill(1),
    start, index: Int32Array.from(sets.flat()), value: new Float64Array(start[6]!).fill(1),
  };
}

function cost(m: MipModel, x: Float64Array): number {
  return m.cost.reduce((a, c, j) => a + c * x[j]!, 0);
}

/** A·x per row. */
function activity(m: MipModel, x: ArrayLike<number>): Float64Array {
  const r = new Float64Array(m.rows);
  for (let j = 0; j < m.cost.length; j++) for (let k = m.start[j]!; k < m.start[j + 1]!; k++) r[m.index[k]!]! += m.value[k]! * x[j]!;
  return r;
}

describe('HiGHS as the lent MIP solver', () => {
  it('finds the integer optimum (5) where the LP relaxation is fractional (4.5)', () => {
    const m = partition();
    const x = highs.solve(m, 10, never);
    expect(x).not.toBeNull();
    expect(cost(m, x!)).toBeCloseTo(5, 9);
    for (const v of x!) expect(Math.abs(v - Math.round(v))).toBeLessThan(1e-9);
    expect(Array.from(activity(m, x!))).toEqual([1, 1, 1]);
  });

  it('returns null when no solution exists, and keeps a given start when stopped at once', () => {
    const m = partition();
    expect(highs.solve({ ...m, b: Float64Array.of(2, 2, 2), upper: new Float64Array(6).fill(0.4) }, 10, never)).toBeNull();
    const initial = Float64Array.of(0, 0, 0, 1, 1, 1);
    const x = highs.solve({ ...m, initial }, 10, () => true);
    expect(x).not.toBeNull();
    expect(cost(m, x!)).toBeLessThanOrEqual(6 + 1e-9);
    expect(Array.from(activity(m, x!))).toEqual([1, 1, 1]);
  });
});

describe('a MIP only for soft-cover problems without pins', () => {
  it('mipMayHelp', () => {
    expect(mipMayHelp({ coverLevel: 'soft' })).toBe(true);
    expect(mipMayHelp({ coverLevel: 'soft', pins: [{}] })).toBe(false);
    expect(mipMayHelp({})).toBe(false);
  });
});

/** Instance3 with the solver's constructed roster; a lent solver that records each model. */
function setUp() {
  const { m, e, w } = constructedCurtois(file, 'Instance3');
  const seen: MipModel[] = [];
  const recording: MipSolver = { solve: (mm, s, stop) => { seen.push(mm); return highs.solve(mm, s, stop); } };
  return { m, e, w, seen, mip: { solver: recording, seconds: () => 20 } };
}

function checkMaster(mm: MipModel, people: number): void {
  // The start is a feasible point: A·x = b, lines 0/1 and integral, one line per person.
  const r = activity(mm, mm.initial!);
  for (let i = 0; i < mm.rows; i++) expect(r[i]).toBeCloseTo(mm.b[i]!, 9);
  let lines = 0;
  mm.integer.forEach((f, j) => { if (f === 1) { expect(mm.upper[j]).toBe(1); lines += mm.initial![j]!; } });
  expect(lines).toBe(people);
}

describe.skipIf(!existsSync(file))('column generation with a MIP solver', () => {
  it('solves the converged master to the proven optimum of Instance3 (1001)', () => {
    const { m, e, w, seen, mip } = setUp();
    const cg = columnGeneration(e, w, never, never, never, () => true, mip);
    expect(seen).toHaveLength(1);
    checkMaster(seen[0]!, m.P);
    expect(cg.bound).toBeCloseTo(1001, 6);
    applyLines(e, cg.lines!);
    e.commit();
    const full = checkModel(m, toAssignments(m, snapshot(e))).score;
    expect(full).toMatchObject({ hard: 0, soft: 1001 });
  });

  /** Column generation stopped a little into its fourth pricing round (after the pace checks,
   * which arm the stop), with its dives stopped too when `dives` is false; the one master the
   * MIP got is checked. */
  function stoppedShort(dives: boolean) {
    const { m, e, w, seen, mip } = setUp();
    let armed = false, polls = 0;
    const stop = () => armed && ++polls > 3;
    const cg = columnGeneration(e, w, stop, dives ? never : stop, never, (k) => { armed ||= k === 3; return true; }, mip);
    expect(cg.bound).toBeNaN();
    expect(seen).toHaveLength(1);
    checkMaster(seen[0]!, m.P);
    // Each person's current line was added first, in person order: columns 2·demands + p.
    const fromStart = Array.from({ length: m.P }, (_, p) => seen[0]!.initial![2 * m.nDemand + p]).every((v) => v === 1);
    return { m, e, cg, fromStart };
  }

  it('dives from the LP as it stands when the bound is not reached, and starts the MIP from their best', () => {
    const { m, e, cg, fromStart } = stoppedShort(true);
    const before = e.score.soft;
    expect(fromStart).toBe(false);
    const d = applyLines(e, cg.lines!);
    e.commit();
    expect(d.hard).toBe(0);
    expect(e.score.soft).toBeLessThanOrEqual(before);
    expect(checkModel(m, toAssignments(m, snapshot(e))).score.soft).toBeCloseTo(e.score.soft, 6);
  });

  it('solves the lines priced so far from the current roster when the dives have no time left', () => {
    const { e, cg, fromStart } = stoppedShort(false);
    expect(fromStart).toBe(true);
    expect(applyLines(e, cg.lines!).hard).toBe(0);
  });
});

describe('a failing MIP solve', () => {
  it('is no roster, not an exception (a malformed model HiGHS rejects)', () => {
    const m = partition();
    // Column 0 claims row 7 of a 3-row model: HiGHS's validation throws inside the adapter.
    expect(highs.solve({ ...m, index: Int32Array.from([7, ...m.index.slice(1)]) }, 10, never)).toBeNull();
  });
});
