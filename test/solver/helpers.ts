// Small hand-made problems for solver tests: a week (Monday first) at two sites 45 travel minutes
// apart, three lawyers, and shifts described in a line each.
import type { Person, Problem, SeatGroup, Shift } from '../../src/solver/problem.js';
import { compile } from '../../src/solver/model/compile.js';
import { loadedEngine } from '../../src/solver/loaded.js';
import { Scope } from '../../src/solver/model/scope.js';
import type { Assignment } from '../../src/solver/problem.js';

export const DAY = 1440;

/** A shift on day `day` from hh:mm to hh:mm (end may pass midnight) at site A or B. */
export function shift(id: string, day: number, from: string, to: string, extra: Partial<Shift> & { seat?: Partial<SeatGroup> } = {}): Shift {
  const mins = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  const start = day * DAY + mins(from);
  let end = day * DAY + mins(to);
  if (end <= start) end += DAY;
  const { seat, ...rest } = extra;
  return { id, name: id, site: 'A', start, end, day, tags: [], seats: [{ roles: ['lawyer'], count: 1, ...seat }], ...rest };
}

export function person(id: string, extra: Partial<Person> = {}): Person {
  return { id, name: `律师${id}`, roles: ['lawyer'], skills: [], languages: ['Mandarin'], ...extra };
}

export function week(extra: Partial<Problem> = {}): Problem {
  return {
    name: 'week',
    days: Array.from({ length: 7 }, (_, d) => ({ weekday: d, weekend: d >= 5, label: `03-0${d + 2}` })),
    locations: [
      { id: 'A', name: '甲站', lat: 26.59, lon: 104.83, district: 'X' },
      { id: 'B', name: '乙站', lat: 26.55, lon: 104.96, district: 'Y' },
      { id: 'H', name: '热线', online: true },
    ],
    travel: { matrix: [{ from: 'A', to: 'B', minutes: 45 }] },
    shifts: [],
    people: [person('p1'), person('p2'), person('p3')],
    ...extra,
  };
}

export function a(personId: string, shiftId: string, seat?: number): Assignment {
  return seat === undefined ? { person: personId, shift: shiftId } : { person: personId, shift: shiftId, seat };
}

/** Incremental engine total of one constraint id for a roster (every level). */
export function incrementalOf(problem: Problem, assignments: readonly Assignment[], id: string) {
  const e = loadedEngine(compile(problem), assignments);
  const inc = e.incs.find((x) => x.id === id);
  const acc = { hard: 0, medium: 0, soft: 0 };
  if (!inc) return acc;
  const scope = new Scope(e.m);
  scope.setAll();
  inc.local(scope, acc);
  return acc;
}
