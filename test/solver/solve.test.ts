// solve(): statuses as values, determinism for a seed, input never mutated, pins kept, progress
// and stop; explain() and rankCandidates() on a small roster.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, explain, rankCandidates, solve } from '../../src/solver/index.js';
import type { Problem } from '../../src/solver/problem.js';
import { person, shift, week } from './helpers.js';
import { randomProblem } from './random-problem.js';

function small(): Problem {
  return week({
    shifts: [
      shift('mon', 0, '09:00', '17:00', { seat: { count: 1, skills: ['labour'] } }),
      shift('tue', 1, '09:00', '17:00', { site: 'B' }),
      shift('wed', 2, '09:00', '12:00', { seat: { count: 2 } }),
    ],
    people: [
      person('p1', { skills: ['labour'], home: 'A' }),
      person('p2', { home: 'B', blocked: [{ start: 1440, end: 2880, kind: 'court' }] }),
      person('p3', { home: 'A', roles: ['mediator'] }),
    ],
  });
}

describe('solve', () => {
  it('fills every seat some qualified, available person can take', () => {
    const sol = solve(small(), { seed: 1, maxIterations: 5_000 });
    expect(sol.status).toBe('feasible');
    expect(sol.score.hard).toBe(0);
    expect(sol.score.medium).toBe(0);
    expect(sol.assignments).toContainEqual({ person: 'p1', shift: 'mon' });
    expect(sol.assignments.filter((x) => x.shift === 'wed')).toHaveLength(2);
    expect(sol.assignments.some((x) => x.person === 'p3')).toBe(false);
  });

  it('is deterministic for a seed and never mutates its input', () => {
    const problem = randomProblem(42);
    const frozen = JSON.stringify(problem);
    const x = solve(problem, { seed: 5, maxIterations: 3_000 });
    const y = solve(problem, { seed: 5, maxIterations: 3_000 });
    expect(y.assignments).toEqual(x.assignments);
    expect(y.score).toEqual(x.score);
    expect(JSON.stringify(problem)).toBe(frozen);
  });

  it('reports its score exactly as evaluate does, and never throws on valid input', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
      const problem = randomProblem(seed);
      const sol = solve(problem, { seed, maxIterations: 1_500 });
      expect(evaluate(problem, sol.assignments).score).toEqual(sol.score);
      expect(['optimal', 'feasible', 'infeasible_hard']).toContain(sol.status);
      if (sol.status === 'infeasible_hard') expect(sol.violations.some((v) => v.level === 'hard')).toBe(true);
    }), { numRuns: 25 });
  });

  it('keeps pinned assignments', () => {
    const problem = { ...small(), pins: [{ person: 'p2', shift: 'wed' }, { person: 'p1', shift: 'tue' }] };
    const sol = solve(problem, { seed: 3, maxIterations: 5_000 });
    expect(sol.assignments).toContainEqual({ person: 'p2', shift: 'wed' });
    expect(sol.assignments).toContainEqual({ person: 'p1', shift: 'tue' });
  });

  it('says infeasible_hard with the violations when a pin breaks a hard rule', () => {
    const problem = { ...small(), pins: [{ person: 'p3', shift: 'mon' }] };
    const sol = solve(problem, { seed: 1, maxIterations: 2_000 });
    expect(sol.status).toBe('infeasible_hard');
    expect(sol.violations.find((v) => v.constraint === 'qualification')?.message).toMatch(/律师p3.*不具备.*劳动|labour/);
  });

  it('calls progress with the best score and stops on request, keeping the best', () => {
    let clock = 0;
    const seen: number[] = [];
    const sol = solve(randomProblem(9), {
      seed: 2, timeLimitMs: 1_000_000, now: () => clock++,
      onProgress: (p) => seen.push(p.score.hard * 1e6 + p.score.medium * 1e3 + p.score.soft),
      shouldStop: () => clock > 300,
    });
    expect(sol.status).toBe('stopped');
    expect(seen.length).toBeGreaterThan(0);
    expect(evaluate(randomProblem(9), sol.assignments).score).toEqual(sol.score);
  });

  it('finishes its construction when the time limit is already spent (only an explicit stop cuts it short)', () => {
    // 168 one-seat shifts (one an hour, all week), 30 people: every seat is easy to fill. The
    // construction checks the clock every 64 steps, and the annealing's first 255 moves could
    // not fill the rest, so a construction cut short would leave seats empty.
    const shifts = Array.from({ length: 168 }, (_, k) => {
      const h = String(k % 24).padStart(2, '0');
      return shift(`s${k}`, Math.floor(k / 24), `${h}:00`, `${h}:50`);
    });
    const people = Array.from({ length: 30 }, (_, k) => person(`p${k}`, { home: 'A' }));
    let calls = 0;
    const late = solve(week({ shifts, people }), { seed: 1, timeLimitMs: 50, now: () => (calls++ === 0 ? 0 : 1e9) });
    expect(late.score.hard).toBe(0);
    expect(late.score.medium).toBe(0);
    expect(new Set(late.assignments.map((x) => x.shift)).size).toBe(168);
  });

  it('is optimal when nothing is penalised', () => {
    const problem = week({ shifts: [shift('s', 0, '09:00', '12:00')], people: [person('p1')] });
    expect(solve(problem, { seed: 1, maxIterations: 1_000 }).status).toBe('optimal');
  });
});

describe('explain and rankCandidates', () => {
  it('explains an unfilled seat with the first rule that rules each person out', () => {
    const problem = week({
      shifts: [shift('s', 1, '09:00', '17:00', { seat: { count: 1, skills: ['labour'] } }), shift('t', 1, '10:00', '11:00')],
      people: [person('p1', { skills: ['labour'], blocked: [{ start: 1440, end: 2880, kind: 'leave' }] }), person('p2'), person('p3', { skills: ['labour'] })],
    });
    const ex = explain(problem, { assignments: [{ person: 'p3', shift: 't' }] });
    const seat = ex.unfilled.find((u) => u.shifts.includes('s'))!;
    expect(seat.available).toEqual([]);
    expect(seat.summary).toContain('1 人请假');
    expect(seat.summary).toContain('1 人缺技能 labour');
    expect(seat.summary).toContain('1 人时间冲突');
    expect(ex.totals.find((t) => t.constraint === 'cover-under')?.count).toBe(1);
  });

  it('ranks the people who could replace a sick person, feasible first', () => {
    const problem = week({
      shifts: [shift('s', 0, '09:00', '12:00', { site: 'B' }), shift('x', 0, '08:00', '10:00')],
      people: [person('p1'), person('p2', { home: 'B' }), person('p3', { home: 'A' }), person('p4', { roles: ['notary'] })],
    });
    const ranked = rankCandidates(problem, [{ person: 'p1', shift: 's' }, { person: 'p3', shift: 'x' }], 's', 0, { replace: 'p1' });
    expect(ranked.map((r) => r.person).sort()).toEqual(['p2', 'p3', 'p4']);
    expect(ranked[0]).toMatchObject({ person: 'p2', feasible: true });
    const by = new Map(ranked.map((r) => [r.person, r]));
    expect(by.get('p3')!.feasible).toBe(false);
    expect(by.get('p3')!.hardReasons.map((r) => r.constraint)).toContain('no-overlap');
    expect(by.get('p4')!.hardReasons[0]!.reason).toMatch(/角色不符/);
    // p2 lives at B: taking the seat adds no travel; the cover gap closes.
    expect(ranked[0]!.delta.medium).toBeLessThan(0);
  });
});
