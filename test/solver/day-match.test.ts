// The day re-matching move (search/day-match.ts) against brute force: on small Curtois-format
// instances, re-matching a day must reach the best that day can be with every other day fixed
// (each person's change breaking no hard rule).
import { describe, expect, it } from 'vitest';
import { parseCurtois } from '../../src/solver/formats/curtois.js';
import { compile } from '../../src/solver/model/compile.js';
import { Engine } from '../../src/solver/model/engine.js';
import { createRng, type Rng } from '../../src/solver/random.js';
import { DayMatch, dayMatchApplies } from '../../src/solver/search/day-match.js';
import { scalar, initialWeights } from '../../src/solver/search/weights.js';

const TYPES = ['E', 'D', 'N'];
const STAFF = ['A', 'B', 'C', 'D', 'F'];
const D = 7;

/** A random week: three shift types (N forbids E and D the next day), five people with random
 * limits, days off, wishes, and cover of 0–2 per shift, weighted like the wishes so that every term matters. */
function instance(rng: Rng): string {
  const staff = STAFF.map((id) => {
    const max = TYPES.map((t) => `${t}=${rng.int(4) === 0 ? 1 : 7}`).join('|');
    return `${id},${max},${480 * (3 + rng.int(3))},${480 * rng.int(3)},${2 + rng.int(3)},${1 + rng.int(2)},${1 + rng.int(2)},1`;
  });
  const on: string[] = [], off: string[] = [], cover: string[] = [];
  for (const id of STAFF) {
    for (let k = 0; k < 2; k++) {
      const line = `${id},${rng.int(D)},${TYPES[rng.int(3)]},${1 + rng.int(3)}`;
      if (rng.next() < 0.5) on.push(line);
      else off.push(line);
    }
  }
  for (let d = 0; d < D; d++) for (const t of TYPES) cover.push(`${d},${t},${rng.int(3)},${1 + rng.int(6)},${1 + rng.int(5)}`);
  return ['SECTION_HORIZON', `${D}`, '', 'SECTION_SHIFTS', 'E,480,', 'D,480,', 'N,600,E|D', '',
    'SECTION_STAFF', ...staff, '', 'SECTION_DAYS_OFF', `A,${rng.int(D)}`, `C,${rng.int(D)}`, '',
    'SECTION_SHIFT_ON_REQUESTS', ...(on.length ? on : ['A,0,E,1']), '',
    'SECTION_SHIFT_OFF_REQUESTS', ...(off.length ? off : ['B,1,D,1']), '',
    'SECTION_COVER', ...cover, ''].join('\n');
}

/** The cheapest (scalar) change of day d over every combination of single-person changes that
 * each break no hard rule, with the engine's exact delta; 0 = leave the day as it is. */
function bruteForceDay(e: Engine, d: number, w: ReturnType<typeof initialWeights>): number {
  const m = e.m;
  const groups = [...m.groupsByDay[d]!];
  const cur: number[] = [];
  const options: number[][] = [];
  for (let p = 0; p < m.P; p++) {
    const cell = e.state.cells[p * m.D + d];
    const h = cell ? cell[0]! : -1;
    cur.push(h);
    const ok: number[] = [h];
    for (const g of [-1, ...groups]) {
      if (g === h || (g >= 0 && m.candMask[m.gCand[g]!]![p] !== 1)) continue;
      e.begin();
      if (h >= 0) e.plan(p, h, -1);
      if (g >= 0) e.plan(p, g, 1);
      const delta = e.evaluate();
      e.rollback();
      if (delta.hard <= 1e-9) ok.push(g);
    }
    options.push(ok);
  }
  let best = 0;
  const pickIdx = new Array<number>(m.P).fill(0);
  for (;;) {
    e.begin();
    for (let p = 0; p < m.P; p++) {
      const g = options[p]![pickIdx[p]!]!, h = cur[p]!;
      if (g === h) continue;
      if (h >= 0) e.plan(p, h, -1);
      if (g >= 0) e.plan(p, g, 1);
    }
    best = Math.min(best, scalar(e.evaluate(), w));
    e.rollback();
    let p = 0;
    while (p < m.P && ++pickIdx[p]! === options[p]!.length) pickIdx[p++] = 0;
    if (p === m.P) break;
  }
  return best;
}

describe('day re-matching', () => {
  it('reaches the brute-force best of each day, with the engine scoring it as planned', () => {
    let improved = 0;
    for (let seed = 1; seed <= 5; seed++) {
      const rng = createRng(seed);
      const m = compile(parseCurtois(instance(rng)));
      expect(dayMatchApplies(m)).toBe(true);
      const e = new Engine(m);
      const w = initialWeights(m.coverSoft);
      // A random roster: each person-day a random shift or none.
      e.begin();
      for (let p = 0; p < m.P; p++) {
        for (let d = 0; d < D; d++) {
          const k = rng.int(TYPES.length + 2);
          const gs = m.groupsByDay[d]!;
          if (k < gs.length && m.candMask[m.gCand[gs[k]!]!]![p] === 1) e.plan(p, gs[k]!, 1);
        }
      }
      e.evaluate();
      e.commit();
      const match = new DayMatch(e, w);
      // Three sweeps over the week, each day re-matched and kept: the first mostly removes the
      // random roster's hard breaches, the later ones weigh cover against wishes and limits.
      for (let pass = 0; pass < 3; pass++) {
        for (let d = 0; d < D; d++) {
          const best = bruteForceDay(e, d, w);
          const changed = match.plan(d);
          const v = changed ? scalar(e.evaluate(), w) : 0;
          expect(v).toBeCloseTo(best, 6);
          if (v < 0) {
            e.commit();
            if (pass > 0) improved++;
          } else e.rollback();
        }
      }
    }
    expect(improved).toBeGreaterThan(3); // a day re-matched can gain again once its neighbours changed
  });

  it('does not apply when a demand spans several days (a flexible duty)', () => {
    const m = compile(parseCurtois(instance(createRng(9))));
    m.dGroups[0] = Int32Array.from([...m.dGroups[0]!, m.groupsByDay[1]![0]!]);
    expect(dayMatchApplies(m)).toBe(false);
  });
});
