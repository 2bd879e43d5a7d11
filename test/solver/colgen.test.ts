// Column generation (search/colgen.ts) and its LP (search/lp.ts): the simplex on a small LP with a
// known optimum; on Instance3 of the Curtois benchmark the LP bound and the dive both reach the
// proven optimum 1001, and the roster it returns scores the same in check.ts.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkModel } from '../../src/solver/check.js';
import { toAssignments } from '../../src/solver/index.js';
import { applyLines, columnGenApplies, columnGeneration } from '../../src/solver/search/colgen.js';
import { Simplex } from '../../src/solver/search/lp.js';
import { snapshot } from '../../src/solver/search/snapshot.js';
import { constructedCurtois } from './constructed.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const file = resolve(repoRoot, '../shared/benchmarks/curtois/Instance3.txt');

/** max x1 + 2 x2 (as min −x1 − 2 x2) with x1 ≤ 4, x2 ≤ 3, x1 + x2 ≤ 5, and a slack per row. */
function smallLp() {
  const lp = new Simplex(3, Float64Array.of(4, 3, 5));
  const x1 = lp.addColumn(-1, Int32Array.of(0, 2), Float64Array.of(1, 1));
  const x2 = lp.addColumn(-2, Int32Array.of(1, 2), Float64Array.of(1, 1));
  const slack = [0, 1, 2].map((r) => lp.addColumn(0, Int32Array.of(r), Float64Array.of(1)));
  return { lp, x1, x2, slack };
}

describe('simplex', () => {
  it('solves max x1 + 2 x2 with x1 ≤ 4, x2 ≤ 3, x1 + x2 ≤ 5 (optimum 8 at x = (2, 3))', () => {
    const { lp, x1, x2, slack } = smallLp();
    expect(lp.setBasis(slack)).toBe(true);
    expect(lp.optimise(100)).toBe(true);
    expect(lp.objective()).toBeCloseTo(-8, 9);
    expect(lp.value(x1)).toBeCloseTo(2, 9);
    expect(lp.value(x2)).toBeCloseTo(3, 9);
    // Duals: the x1 ≤ 4 row is slack (0); x2's row and the shared row are tight (−1 each).
    expect(Array.from(lp.y, (v) => Math.round(v * 1e9) / 1e9)).toEqual([0, -1, -1]);
    for (const j of [x1, x2, ...slack]) expect(lp.reducedCost(j)).toBeGreaterThanOrEqual(-1e-9);
  });
});

describe('simplex blocked columns', () => {
  it('never lets a blocked column enter, however attractive its cost', () => {
    const { lp, x1, x2, slack } = smallLp();
    lp.setBasis(slack);
    lp.blocked[x2] = 1;
    expect(lp.optimise(100)).toBe(true);
    expect(lp.value(x2)).toBe(0);
    expect(lp.value(x1)).toBeCloseTo(4, 9);
    expect(lp.objective()).toBeCloseTo(-4, 9);
    // Unblocked, it enters and the true optimum returns.
    lp.blocked[x2] = 0;
    expect(lp.optimise(100)).toBe(true);
    expect(lp.objective()).toBeCloseTo(-8, 9);
  });
});

describe('simplex save and restore', () => {
  it('returns to the saved optimum after costs were changed and restored', () => {
    const { lp, x1, x2, slack } = smallLp();
    lp.setBasis(slack);
    lp.optimise(100);
    const saved = lp.save();
    // Ban x2 (as a dive does): the optimum moves to x1 = 4.
    lp.cost[x2] = 1e7;
    lp.refreshDuals();
    lp.optimise(100);
    expect(lp.value(x1)).toBeCloseTo(4, 9);
    expect(lp.value(x2)).toBeCloseTo(0, 9);
    lp.cost[x2] = -2;
    lp.restore(saved);
    expect(lp.objective()).toBeCloseTo(-8, 9);
    expect(lp.value(x2)).toBeCloseTo(3, 9);
    expect(lp.optimise(100)).toBe(true);
    expect(lp.objective()).toBeCloseTo(-8, 9);
  });
});

const never = () => false;

/** Instance3 compiled, with the solver's constructed (and repaired) roster on its engine. */
const constructed = () => constructedCurtois(file, 'Instance3');

describe.skipIf(!existsSync(file))('column generation', () => {
  it('reaches the proven optimum of Instance3 (1001) as bound and as roster', () => {
    const { m, e, w } = constructed();
    expect(columnGenApplies(e)).toBe(true);
    const cg = columnGeneration(e, w, never);
    expect(cg.bound).toBeCloseTo(1001, 6);
    expect(cg.lines).not.toBeNull();
    applyLines(e, cg.lines!);
    e.commit();
    const full = checkModel(m, toAssignments(m, snapshot(e))).score;
    expect(full.hard).toBe(0);
    expect(full.soft).toBe(1001);
    expect(e.score.soft).toBeCloseTo(1001, 6);
  });

  it('gives up after its first pricing rounds when the caller judges the pace too slow', () => {
    const { e, w } = constructed();
    const asked: number[] = [];
    // Slow from the second round on: no roster, and the bound search stops there.
    const cg = columnGeneration(e, w, never, never, never, (k) => { asked.push(k); return k < 2; });
    expect(asked).toEqual([1, 2]);
    expect(cg.lines).toBeNull();
    expect(cg.bound).toBeNaN();
    // Never asked beyond the third round, and a satisfied pace changes nothing.
    const later: number[] = [];
    const ok = columnGeneration(e, w, never, never, never, (k) => { later.push(k); return true; });
    expect(Math.max(...later)).toBeLessThanOrEqual(3);
    expect(ok.bound).toBeCloseTo(1001, 6);
  });
});
