// Metamorphic properties: reordering the input (people, shifts, assignments) keeps the score, and
// making a person unavailable never improves the hard score of a roster.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/solver/check.js';
import { solve } from '../../src/solver/index.js';
import type { Problem } from '../../src/solver/problem.js';
import { createRng } from '../../src/solver/random.js';
import { randomProblem } from './random-problem.js';

function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const rng = createRng(seed);
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('metamorphic', () => {
  it('reordering people, shifts and assignments keeps the score', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 1_000_000 }), (ps, os) => {
      const problem = randomProblem(ps);
      const roster = solve(problem, { seed: ps, maxIterations: 2_000 }).assignments;
      const reordered: Problem = { ...problem, people: shuffled(problem.people, os), shifts: shuffled(problem.shifts, os + 1) };
      const x = evaluate(problem, roster).score;
      const y = evaluate(reordered, shuffled(roster, os + 2)).score;
      expect(y.hard).toBeCloseTo(x.hard, 6);
      expect(y.medium).toBeCloseTo(x.medium, 6);
      expect(y.soft).toBeCloseTo(x.soft, 6);
    }), { numRuns: 30 });
  });

  it('making a person unavailable never improves the hard score', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.nat(), fc.nat(), (ps, who, day) => {
      const problem = randomProblem(ps);
      const roster = solve(problem, { seed: 7, maxIterations: 2_000 }).assignments;
      const person = problem.people[who % problem.people.length]!;
      const d = day % problem.days.length;
      const blockedProblem: Problem = {
        ...problem,
        people: problem.people.map((p) => (p === person ? { ...p, blocked: [...(p.blocked ?? []), { start: d * 1440, end: (d + 1) * 1440, kind: 'leave' }] } : p)),
      };
      expect(evaluate(blockedProblem, roster).score.hard).toBeGreaterThanOrEqual(evaluate(problem, roster).score.hard);
    }), { numRuns: 30 });
  });
});
