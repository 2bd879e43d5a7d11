// Move helpers: shortGroup finds seat groups whose demand is short, the anchor of aimed ruins.
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/solver/model/compile.js';
import { Engine } from '../../src/solver/model/engine.js';
import { createRng } from '../../src/solver/random.js';
import { shortGroup, type MoveContext } from '../../src/solver/search/moves.js';
import { randomProblem } from './random-problem.js';

function context(seed: number): MoveContext {
  const m = compile(randomProblem(seed, { dayGrid: true }));
  const e = new Engine(m);
  e.recompute();
  return { e, m, rng: createRng(seed), flexDemands: new Int32Array(0), bufA: [], bufB: [] };
}

const isShort = (c: MoveContext, g: number) => c.e.state.demandN[c.m.gDemand[g]!]! < c.m.dCount[c.m.gDemand[g]!]!;

describe('shortGroup', () => {
  it('on an empty roster returns only groups whose demand is short', () => {
    const c = context(5);
    const found = new Set<number>();
    for (let i = 0; i < 200; i++) {
      const g = shortGroup(c, 8);
      if (g >= 0) found.add(g);
    }
    expect(found.size).toBeGreaterThan(1);
    for (const g of found) expect(isShort(c, g)).toBe(true);
  });

  it('returns -1 once every demand has its people, and nothing but short groups before', () => {
    const c = context(6);
    const { e, m } = c;
    // Fill every demand with qualified people (one seat each), as far as candidates allow.
    for (let g = 0; g < m.G; g++) {
      for (const p of m.candList[m.gCand[g]!]!) {
        if (!isShort(c, g)) break;
        if (e.state.has(p, g)) continue;
        e.begin();
        e.plan(p, g, 1);
        e.evaluate();
        e.commit();
      }
    }
    const stillShort = [...Array(m.G).keys()].filter((g) => isShort(c, g));
    expect(stillShort.length).toBeGreaterThan(0); // this random problem has too few candidates for some
    for (let i = 0; i < 200; i++) {
      const g = shortGroup(c, 8);
      if (g >= 0) expect(stillShort).toContain(g);
    }
    // Lower those demands to what they have: now nothing is short.
    for (const g of stillShort) m.dCount[m.gDemand[g]!] = e.state.demandN[m.gDemand[g]!]!;
    for (let i = 0; i < 200; i++) expect(shortGroup(c, 8)).toBe(-1);
  });
});
