// Per-constraint tests, looked up by constraint id in constraint-cases.ts: the full check and the
// incremental engine must both report the hand-computed penalty. The meta-test fails when a
// registered constraint has no case (or no case with, and one without, a penalty).
import { describe, expect, it } from 'vitest';
import { parseProblem } from '../../schemas/problem.js';
import { evaluate } from '../../src/solver/check.js';
import { REGISTRY } from '../../src/solver/constraints/registry.js';
import { CASES } from './constraint-cases.js';
import { incrementalOf } from './helpers.js';

const sum = (xs: number[]) => xs.reduce((x, y) => x + y, 0);

describe('registered constraints', () => {
  it('every registered constraint has cases with and without a penalty', () => {
    const missing = REGISTRY.map((d) => d.info.id).filter((id) => {
      const cases = CASES[id] ?? [];
      const penalised = cases.some((c) => (c.expect.hard ?? 0) + (c.expect.medium ?? 0) + (c.expect.soft ?? 0) > 0);
      const clean = cases.some((c) => (c.expect.hard ?? 0) + (c.expect.medium ?? 0) + (c.expect.soft ?? 0) === 0);
      return !penalised || !clean;
    });
    expect(missing).toEqual([]);
  });

  it('every case names a registered constraint', () => {
    const ids = new Set(REGISTRY.map((d) => d.info.id));
    expect(Object.keys(CASES).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('lists hard constraints first', () => {
    const rank = { hard: 0, medium: 1, soft: 2 } as const;
    const levels = REGISTRY.map((d) => rank[d.info.level]);
    expect(levels).toEqual([...levels].sort((x, y) => x - y));
  });
});

for (const def of REGISTRY) {
  const id = def.info.id;
  describe(`constraint ${id}`, () => {
    for (const c of CASES[id] ?? []) {
      it(c.name, () => {
        const parsed = parseProblem(c.problem);
        expect(parsed.ok, parsed.ok ? '' : JSON.stringify(parsed.error.issues)).toBe(true);
        const { violations } = evaluate(c.problem, c.roster);
        const mine = violations.filter((v) => v.constraint === id);
        for (const level of ['hard', 'medium', 'soft'] as const) {
          expect(sum(mine.filter((v) => v.level === level).map((v) => v.amount)), level).toBeCloseTo(c.expect[level] ?? 0, 6);
        }
        for (const v of mine) expect(v.message.length).toBeGreaterThan(4);
        const inc = incrementalOf(c.problem, c.roster, id);
        expect(inc.hard).toBeCloseTo(c.expect.hard ?? 0, 6);
        expect(inc.medium).toBeCloseTo(c.expect.medium ?? 0, 6);
        expect(inc.soft).toBeCloseTo(c.expect.soft ?? 0, 6);
      });
    }
  });
}
