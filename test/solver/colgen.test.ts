// Column generation (search/colgen.ts) and its LP (search/lp.ts): the simplex on a small LP with a
// known optimum; on Instance3 of the Curtois benchmark the LP bound and the dive both reach the
// proven optimum 1001, and the roster it returns scores the same in check.ts.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
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

describe('simplex over many rounds of added columns', () => {
  /** A column-generation-like LP: 100 cover rows (b = 1–4, surplus columns), 50 convexity rows
   * (b = 1), artificial starting columns at cost 1000, then 300 rounds of 40 random lines. */
  function grown(refactorEvery?: number) {
    let s = 12345;
    const rnd = () => (s = (s * 1103515245 + 12345) >>> 0) / 2 ** 32;
    const R = 150;
    const b = new Float64Array(R);
    for (let r = 0; r < R; r++) b[r] = r < 100 ? 1 + Math.floor(rnd() * 4) : 1;
    const lp = new Simplex(R, b, refactorEvery);
    const art = Array.from({ length: R }, (_, r) => lp.addColumn(1000, Int32Array.of(r), Float64Array.of(1)));
    for (let r = 0; r < 100; r++) lp.addColumn(0, Int32Array.of(r), Float64Array.of(-1));
    expect(lp.setBasis(art)).toBe(true);
    for (let round = 0; round < 300; round++) {
      for (let c = 0; c < 40; c++) {
        const rows = new Set<number>();
        const n = 3 + Math.floor(rnd() * 10);
        for (let i = 0; i < n; i++) rows.add(Math.floor(rnd() * 100));
        const rr = Int32Array.from([...[...rows].sort((x, y) => x - y), 100 + Math.floor(rnd() * 50)]);
        lp.addColumn(Math.floor(rnd() * 50) - 20 * rows.size, rr, new Float64Array(rr.length).fill(1));
      }
      expect(lp.optimise(1_000_000)).toBe(true);
    }
    return { lp, b };
  }

  /** Largest |A·x − b| over the rows. */
  function residual(lp: Simplex, b: Float64Array): number {
    const ax = new Float64Array(b.length);
    for (let j = 0; j < lp.cost.length; j++) {
      const v = lp.value(j);
      expect(v).toBeGreaterThanOrEqual(0);
      const rr = lp.colRows[j]!, vv = lp.colVals[j]!;
      for (let t = 0; t < rr.length; t++) ax[rr[t]!]! += v * vv[t]!;
    }
    return Math.max(...Array.from(b, (v, r) => Math.abs(ax[r]! - v)));
  }

  it('keeps A·x = b and the primal value equal to the dual value, and a fresh inversion agrees', () => {
    const { lp, b } = grown();
    const dualValue = () => lp.y.reduce((z, v, r) => z + v * b[r]!, 0);
    expect(residual(lp, b)).toBeLessThan(1e-7);
    const z = lp.objective();
    expect(Math.abs(z - dualValue())).toBeLessThan(1e-4);
    // No artificial column is left in use: the lines cover every row.
    for (let r = 0; r < 150; r++) expect(lp.value(r)).toBeLessThan(1e-9);
    lp.refactor();
    expect(residual(lp, b)).toBeLessThan(1e-9);
    expect(lp.objective()).toBeCloseTo(z, 6);
    expect(dualValue()).toBeCloseTo(z, 6);
    for (let j = 0; j < lp.cost.length; j++) expect(lp.reducedCost(j)).toBeGreaterThanOrEqual(-1e-6);
  });

  it('reaches the same optimum when it inverts the basis afresh every 50 pivots mid-optimisation', () => {
    const z = grown().lp.objective();
    const inversions = vi.spyOn(Simplex.prototype, 'refactor');
    const { lp, b } = grown(50);
    expect(inversions.mock.calls.length).toBeGreaterThan(10);
    inversions.mockRestore();
    expect(lp.objective()).toBeCloseTo(z, 6);
    expect(residual(lp, b)).toBeLessThan(1e-9);
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
