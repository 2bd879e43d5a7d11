// The Problem schema rejects bad input with the path at fault and accepts what the generators and
// the Curtois reader produce.
import { describe, expect, it } from 'vitest';
import { parseProblem } from '../../schemas/problem.js';
import type { Problem } from '../../src/solver/problem.js';
import { generateZhiban } from '../fixtures/solver/zhiban-generator.js';
import { person, shift, week } from './helpers.js';

function base(): Problem {
  return week({ shifts: [shift('s1', 0, '09:00', '12:00'), shift('s2', 1, '09:00', '12:00')], people: [person('p1', { wishes: [{ want: true, day: 0, weight: 2 }], limits: [{ kind: 'shifts', hardMax: 3 }] })] });
}

function paths(input: unknown): string[] {
  const r = parseProblem(input);
  return r.ok ? [] : r.error.issues.map((i) => i.path.join('.'));
}

describe('problem schema', () => {
  it('accepts a valid problem and a generated city month', () => {
    expect(paths(base())).toEqual([]);
    expect(parseProblem(generateZhiban({ seed: 3, density: 0.1 })).ok).toBe(true);
  });

  it('rejects an unknown person in a pin', () => {
    expect(paths({ ...base(), pins: [{ person: 'ghost', shift: 's1' }] })).toContain('pins.0.person');
  });

  it('rejects a pin on an unknown shift or seat', () => {
    expect(paths({ ...base(), pins: [{ person: 'p1', shift: 'nope' }] })).toContain('pins.0.shift');
    expect(paths({ ...base(), pins: [{ person: 'p1', shift: 's1', seat: 3 }] })).toContain('pins.0.seat');
  });

  it('rejects a shift that ends before it starts', () => {
    const p = base();
    p.shifts[1] = { ...p.shifts[1]!, end: p.shifts[1]!.start - 30 };
    expect(paths(p)).toContain('shifts.1.end');
  });

  it('rejects a shift starting outside its day, and an unknown site', () => {
    const p = base();
    p.shifts[0] = { ...p.shifts[0]!, day: 3 };
    p.shifts[1] = { ...p.shifts[1]!, site: 'Z' };
    expect(paths(p)).toContain('shifts.0.start');
    const q = base();
    q.shifts[1] = { ...q.shifts[1]!, site: 'Z' };
    expect(paths(q)).toContain('shifts.1.site');
  });

  it('rejects negative counts', () => {
    const p = base();
    p.shifts[0]!.seats[0]!.count = -1;
    expect(paths(p)).toContain('shifts.0.seats.0.count');
  });

  it('rejects NaN and infinite weights', () => {
    const p = base();
    p.people[0]!.wishes![0]!.weight = Number.NaN;
    expect(paths(p)).toContain('people.0.wishes.0.weight');
    expect(paths({ ...base(), weights: { travel: Number.POSITIVE_INFINITY } })).toContain('weights.travel');
  });

  it('rejects unknown constraint weights, duplicate ids and inverted bounds', () => {
    expect(paths({ ...base(), weights: { travle: 1 } })).toContain('weights.travle');
    const d = base();
    d.shifts.push({ ...d.shifts[0]! });
    expect(paths(d)).toContain('shifts.2.id');
    const b = base();
    b.people[0]!.limits = [{ kind: 'shifts', hardMin: 5, hardMax: 2 }];
    expect(paths(b)).toContain('people.0.limits.0.hardMax');
  });

  it('rejects an appointee or demand that does not exist', () => {
    const p = base();
    p.shifts[0]!.seats[0] = { roles: ['lawyer'], count: 1, allowedPeople: ['ghost'] };
    p.shifts[1]!.seats[0] = { roles: ['lawyer'], demand: 'visit' };
    const got = paths(p);
    expect(got).toContain('shifts.0.seats.0.allowedPeople.0');
    expect(got).toContain('shifts.1.seats.0.demand');
  });
});
