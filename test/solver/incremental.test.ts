// Property tests: after any sequence of random moves (accepted or rolled back), the incremental
// score equals check.ts's independent full recomputation, on random problems that exercise every
// constraint, and on day-grid problems with the dynamic-programming window rebuild.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkModel } from '../../src/solver/check.js';
import { toAssignments } from '../../src/solver/index.js';
import { compile } from '../../src/solver/model/compile.js';
import { Engine } from '../../src/solver/model/engine.js';
import { createRng } from '../../src/solver/random.js';
import { isDayGrid } from '../../src/solver/search/dp-context.js';
import { WindowDp } from '../../src/solver/search/dp.js';
import { moveAssign, moveFlex, moveSwapDays, moveUnassign, pickCandidate, type MoveContext } from '../../src/solver/search/moves.js';
import { snapshot } from '../../src/solver/search/snapshot.js';
import { initialWeights } from '../../src/solver/search/weights.js';
import { randomProblem } from './random-problem.js';

function walk(problemSeed: number, moveSeed: number, dayGrid: boolean, steps: number): void {
  const problem = randomProblem(problemSeed, { dayGrid });
  const m = compile(problem);
  const e = new Engine(m);
  e.recompute();
  const rng = createRng(moveSeed);
  const flex = [];
  for (let d = 0; d < m.nDemand; d++) if (m.dGroups[d]!.length > 1) flex.push(d);
  const c: MoveContext = { e, m, rng, flexDemands: Int32Array.from(flex), bufA: [], bufB: [] };
  const dp = isDayGrid(m) ? new WindowDp(e, initialWeights(m.coverSoft)) : null;
  for (let step = 0; step < steps; step++) {
    e.begin();
    const r = rng.int(7);
    const g = rng.int(m.G);
    let ok = false;
    if (r === 0) {
      const p = rng.int(m.P);
      if (!e.state.has(p, g)) { e.plan(p, g, 1); ok = true; } // anyone, qualified or not
    } else if (r === 1) ok = moveUnassign(c, g);
    else if (r === 2) ok = moveAssign(c, g, pickCandidate(c, g));
    else if (r === 3) {
      const d1 = rng.int(m.D);
      ok = moveSwapDays(c, rng.int(m.P), rng.int(m.P), d1, Math.min(m.D - 1, d1 + rng.int(3)));
    } else if (r === 4) ok = moveFlex(c);
    else if (r === 5 && dp) {
      const a = rng.int(m.D);
      ok = dp.rebuild(rng.int(m.P), a, Math.min(m.D - 1, a + rng.int(m.D)));
    } else if (r === 6) {
      const mem = e.state.members[g]!;
      if (mem.length > 0) { e.plan(mem[rng.int(mem.length)]!, g, -1); ok = true; }
    }
    if (!ok) continue;
    e.evaluate();
    if (rng.next() < 0.7) e.commit();
    else e.rollback();
    const full = checkModel(m, toAssignments(m, snapshot(e))).score;
    expect(e.score.hard).toBeCloseTo(full.hard, 6);
    expect(e.score.medium).toBeCloseTo(full.medium, 6);
    expect(e.score.soft).toBeCloseTo(full.soft, 6);
  }
  const fresh = e.total();
  expect(fresh.soft).toBeCloseTo(e.score.soft, 6);
}

describe('incremental score equals the full recomputation', () => {
  it('after random moves on random problems', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 1_000_000 }), (ps, ms) => {
      walk(ps, ms, false, 60);
    }), { numRuns: 80 });
  });

  it('after random moves and window rebuilds on day-grid problems', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 1_000_000 }), (ps, ms) => {
      walk(ps, ms, true, 60);
    }), { numRuns: 60 });
  });
});
