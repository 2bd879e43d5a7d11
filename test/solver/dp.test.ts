// The window DP (search/dp.ts) against brute force: on small Curtois-format instances, rebuilding
// one person's whole week must reach the best roster that person can have with everyone else
// fixed (hard rules met, least soft cost), and the engine's incremental score must equal check.ts.
import { describe, expect, it } from 'vitest';
import { checkModel } from '../../src/solver/check.js';
import { parseCurtois } from '../../src/solver/formats/curtois.js';
import { toAssignments } from '../../src/solver/index.js';
import { compile } from '../../src/solver/model/compile.js';
import { Engine } from '../../src/solver/model/engine.js';
import { createRng, type Rng } from '../../src/solver/random.js';
import { mostWorkDays, WindowDp } from '../../src/solver/search/dp.js';
import { snapshot } from '../../src/solver/search/snapshot.js';
import { initialWeights } from '../../src/solver/search/weights.js';

const TYPES = ['E', 'D', 'M', 'N'];
const D = 7;

/** A random 7-day instance with four shift types; D and M forbid the same successor (E), so they
 * share one succession class in the DP. */
function instance(rng: Rng, limited: boolean, nearMin = false): string {
  const staff = ['A', 'B', 'C'].map((id) => {
    // With `limited`, type N may be worked at most once or twice (a count limit that binds).
    const max = TYPES.map((t) => `${t}=${limited && t === 'N' ? 1 + rng.int(2) : rng.int(4) === 0 ? 0 : 7}`).join('|');
    // With `nearMin`, the minimum total is within one shift of the maximum, so the DP drops most
    // states as unable to reach it (and where the person cannot, solves again without dropping).
    const maxMin = 480 * (3 + rng.int(3));
    const minMin = nearMin ? maxMin - 480 * rng.int(2) : 480 * rng.int(3);
    return `${id},${max},${maxMin},${minMin},${2 + rng.int(3)},${1 + rng.int(2)},${1 + rng.int(2)},1`;
  });
  const on: string[] = [], off: string[] = [], cover: string[] = [];
  for (const id of ['A', 'B', 'C']) {
    const d = rng.int(D);
    if (rng.next() < 0.7) on.push(`${id},${d},${TYPES[rng.int(4)]},${1 + rng.int(3)}`);
    else off.push(`${id},${d},${TYPES[rng.int(4)]},${1 + rng.int(3)}`);
  }
  // With `limited`, N is wanted every day, so the limit on N binds.
  for (let d = 0; d < D; d++) for (const t of TYPES) cover.push(`${d},${t},${limited && t === 'N' ? 1 : rng.int(2)},100,1`);
  return ['SECTION_HORIZON', `${D}`, '', 'SECTION_SHIFTS', 'E,480,', 'D,480,E', 'M,480,E', 'N,720,E|D|M', '',
    'SECTION_STAFF', ...staff, '', 'SECTION_DAYS_OFF', `A,${rng.int(D)}`, 'B,3', 'C,0', '',
    'SECTION_SHIFT_ON_REQUESTS', ...(on.length ? on : ['A,0,E,1']), '',
    'SECTION_SHIFT_OFF_REQUESTS', ...(off.length ? off : ['B,1,D,1']), '',
    'SECTION_COVER', ...cover, ''].join('\n');
}

describe('window DP', () => {
  it('rebuilds a whole week to the brute-force optimum, and scores it exactly', () => {
    for (let seed = 1; seed <= 6; seed++) week(seed, false, false);
  });

  it('keeps the optimum when the minimum of minutes is near the maximum (states below it dropped)', () => {
    for (let seed = 21; seed <= 30; seed++) week(seed, false, false, true);
  });

  it('bounds the days one can work by the run limits', () => {
    // Runs of at most 5 days, rests of at least 2: 5 of every 7 days, and the rest of a cycle.
    expect(mostWorkDays(7, 5, 2)).toBe(5);
    expect(mostWorkDays(12, 5, 2)).toBe(10);
    expect(mostWorkDays(13, 5, 2)).toBe(10);
    expect(mostWorkDays(3, 5, 2)).toBe(3);
    expect(mostWorkDays(9, 1, 1)).toBe(5);
    expect(mostWorkDays(9, Number.POSITIVE_INFINITY, 2)).toBe(9);
  });

  it('keeps a binding count limit: priced, the week stays within it; as a state, it is optimal', () => {
    for (let seed = 11; seed <= 16; seed++) {
      week(seed, true, false);
      week(seed, true, true);
    }
  });
});

function week(seed: number, limited: boolean, exactCount: boolean, nearMin = false): void {
  {
    {
      const rng = createRng(seed);
      const m = compile(parseCurtois(instance(rng, limited, nearMin)));
      const e = new Engine(m);
      // Everyone else gets random shifts they are skilled for.
      for (let p = 1; p < m.P; p++) {
        for (let d = 0; d < D; d++) {
          const g = m.groupsByDay[d]![rng.int(m.groupsByDay[d]!.length)]!;
          if (rng.next() < 0.6 && m.candMask[m.gCand[g]!]![p]) e.state.add(p, g);
        }
      }
      e.recompute();
      const p = 0;
      // Brute force over every week of person 0 (each day off or one of the four types).
      // Other people's broken rules do not depend on person 0: the target is the least hard
      // total, then the least soft cost at it.
      let bestHard = Number.POSITIVE_INFINITY, best = Number.POSITIVE_INFINITY;
      const pick = new Int32Array(D);
      const total = 5 ** D;
      for (let code = 0; code < total; code++) {
        let c = code;
        for (let d = 0; d < D; d++) { pick[d] = (c % 5) - 1; c = Math.floor(c / 5); }
        e.begin();
        for (let d = 0; d < D; d++) {
          const cell = e.state.cells[p * D + d];
          if (cell) for (const g of cell) e.plan(p, g, -1);
          if (pick[d]! >= 0) e.plan(p, m.groupsByDay[d]![pick[d]!]!, 1);
        }
        e.scope.touch(p, 0, D - 1);
        const delta = e.evaluate();
        const h = e.score.hard + delta.hard, sf = e.score.soft + delta.soft;
        if (h < bestHard - 1e-9) { bestHard = h; best = sf; }
        else if (h <= bestHard + 1e-9) best = Math.min(best, sf);
        e.rollback();
      }
      const dp = new WindowDp(e, initialWeights(m.coverSoft));
      dp.exactCount = exactCount;
      e.begin();
      if (dp.rebuild(p, 0, D - 1)) {
        e.evaluate();
        e.commit();
      }
      const full = checkModel(m, toAssignments(m, snapshot(e))).score;
      expect(e.score.soft).toBeCloseTo(full.soft, 6);
      expect(e.score.hard).toBeCloseTo(full.hard, 6);
      expect(full.hard).toBeCloseTo(bestHard, 6);
      // A priced limit may cost some optimality (Lagrangian), never feasibility.
      if (limited && !exactCount) expect(full.soft).toBeGreaterThanOrEqual(best);
      else expect(full.soft).toBe(best);
    }
  }
}
