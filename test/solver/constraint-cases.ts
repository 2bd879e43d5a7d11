// Hand-computed cases per constraint id: a tiny problem, a roster, and the penalty per level that
// constraint must report (in check.ts and in the incremental engine alike). Every registered
// constraint needs at least one case with a penalty and one without (see constraints.test.ts).
import type { Assignment, Problem } from '../../src/solver/problem.js';
import { a, person, shift, week } from './helpers.js';

export interface Case {
  name: string;
  problem: Problem;
  roster: Assignment[];
  expect: { hard?: number; medium?: number; soft?: number };
}

const p = week;

export const CASES: Record<string, Case[]> = {
  qualification: [
    { name: 'missing skill', problem: p({ shifts: [shift('s1', 0, '09:00', '12:00', { seat: { skills: ['labour'] } })] }), roster: [a('p1', 's1')], expect: { hard: 1 } },
    { name: 'wrong role', problem: p({ shifts: [shift('s1', 0, '09:00', '12:00', { seat: { roles: ['notary'] } })] }), roster: [a('p1', 's1')], expect: { hard: 1 } },
    { name: 'qualified', problem: p({ shifts: [shift('s1', 0, '09:00', '12:00', { seat: { skills: ['labour'] } })], people: [person('p1', { skills: ['labour'] })] }), roster: [a('p1', 's1')], expect: {} },
  ],
  appointee: [
    { name: 'not the appointee', problem: p({ shifts: [shift('s1', 0, '15:00', '16:30', { seat: { allowedPeople: ['p2'] } })] }), roster: [a('p1', 's1')], expect: { hard: 1 } },
    { name: 'the appointee', problem: p({ shifts: [shift('s1', 0, '15:00', '16:30', { seat: { allowedPeople: ['p2'] } })] }), roster: [a('p2', 's1')], expect: {} },
  ],
  availability: [
    { name: 'on leave', problem: p({ shifts: [shift('s1', 0, '09:00', '17:00')], people: [person('p1', { blocked: [{ start: 600, end: 720, kind: 'leave' }] })] }), roster: [a('p1', 's1')], expect: { hard: 1 } },
    { name: 'leave after the shift', problem: p({ shifts: [shift('s1', 0, '09:00', '17:00')], people: [person('p1', { blocked: [{ start: 1020, end: 1440, kind: 'court' }] })] }), roster: [a('p1', 's1')], expect: {} },
  ],
  'no-overlap': [
    { name: 'same time', problem: p({ shifts: [shift('s1', 0, '09:00', '12:00'), shift('s2', 0, '11:00', '14:00')] }), roster: [a('p1', 's1'), a('p1', 's2')], expect: { hard: 1 } },
    { name: 'travel does not fit', problem: p({ shifts: [shift('s1', 0, '09:00', '12:00'), shift('s2', 0, '12:30', '15:00', { site: 'B' })] }), roster: [a('p1', 's1'), a('p1', 's2')], expect: { hard: 1 } },
    { name: 'travel fits', problem: p({ shifts: [shift('s1', 0, '09:00', '12:00'), shift('s2', 0, '12:45', '15:00', { site: 'B' })] }), roster: [a('p1', 's1'), a('p1', 's2')], expect: {} },
    { name: 'online needs no travel', problem: p({ shifts: [shift('s1', 0, '09:00', '12:00'), shift('s2', 0, '12:00', '15:00', { site: 'H' })] }), roster: [a('p1', 's1'), a('p1', 's2')], expect: {} },
  ],
  rest: [
    { name: 'short rest after night', problem: p({ rest: [{ afterTag: 'night', minutes: 660 }], shifts: [shift('n', 0, '22:00', '06:00', { tags: ['night'], site: 'H' }), shift('d', 1, '09:00', '12:00', { site: 'H' })] }), roster: [a('p1', 'n'), a('p1', 'd')], expect: { hard: 1 } },
    { name: 'person rule', problem: p({ people: [person('p1', { rest: [{ afterTag: 'hotline', minutes: 600 }] })], shifts: [shift('n', 0, '17:00', '22:00', { tags: ['hotline'], site: 'H' }), shift('d', 1, '07:00', '12:00', { site: 'H' })] }), roster: [a('p1', 'n'), a('p1', 'd')], expect: { hard: 1 } },
    { name: 'long enough', problem: p({ rest: [{ afterTag: 'night', minutes: 660 }], shifts: [shift('n', 0, '22:00', '06:00', { tags: ['night'], site: 'H' }), shift('d', 1, '17:00', '20:00', { site: 'H' })] }), roster: [a('p1', 'n'), a('p1', 'd')], expect: {} },
  ],
  successions: [
    { name: 'N then E', problem: p({ successions: [{ from: 'N', to: 'E' }], shifts: [shift('n', 0, '20:00', '23:00', { tags: ['N'] }), shift('e', 1, '07:00', '10:00', { tags: ['E'] })] }), roster: [a('p1', 'n'), a('p1', 'e')], expect: { hard: 1 } },
    { name: 'a day off between', problem: p({ successions: [{ from: 'N', to: 'E' }], shifts: [shift('n', 0, '20:00', '23:00', { tags: ['N'] }), shift('e', 2, '07:00', '10:00', { tags: ['E'] })] }), roster: [a('p1', 'n'), a('p1', 'e')], expect: {} },
  ],
  'shift-limits': [
    { name: 'over the period maximum', problem: p({ people: [person('p1', { limits: [{ kind: 'shifts', hardMax: 1 }] })], shifts: [shift('s1', 0, '09:00', '12:00'), shift('s2', 1, '09:00', '12:00')] }), roster: [a('p1', 's1'), a('p1', 's2')], expect: { hard: 1 } },
    { name: 'soft band by tag', problem: p({ people: [person('p1', { limits: [{ kind: 'shifts', tag: 'hotline', softMax: 1, weight: 3 }] })], shifts: [shift('s1', 0, '09:00', '12:00', { tags: ['hotline'] }), shift('s2', 1, '09:00', '12:00', { tags: ['hotline'] }), shift('s3', 2, '09:00', '12:00')] }), roster: [a('p1', 's1'), a('p1', 's2'), a('p1', 's3')], expect: { soft: 3 } },
    { name: 'minutes below minimum (one shift length short)', problem: p({ people: [person('p1', { limits: [{ kind: 'minutes', hardMin: 600 }] })], shifts: [shift('s1', 0, '09:00', '17:00')] }), roster: [a('p1', 's1')], expect: { hard: 1 } },
    { name: 'weekly maximum on weekend days', problem: p({ people: [person('p1', { limits: [{ kind: 'shifts', window: 'week', dayKind: 'weekend', hardMax: 1 }] })], shifts: [shift('s1', 5, '09:00', '12:00'), shift('s2', 6, '09:00', '12:00')] }), roster: [a('p1', 's1'), a('p1', 's2')], expect: { hard: 1 } },
    { name: 'within bounds', problem: p({ people: [person('p1', { limits: [{ kind: 'shifts', hardMin: 1, hardMax: 2 }] })], shifts: [shift('s1', 0, '09:00', '12:00')] }), roster: [a('p1', 's1')], expect: {} },
  ],
  'consecutive-days': [
    { name: 'too many in a row', problem: p({ people: [person('p1', { limits: [{ kind: 'consecutiveDays', hardMax: 2 }] })], shifts: [0, 1, 2].map((d) => shift(`s${d}`, d, '09:00', '12:00')) }), roster: [a('p1', 's0'), a('p1', 's1'), a('p1', 's2')], expect: { hard: 1 } },
    { name: 'inner block too short', problem: p({ people: [person('p1', { limits: [{ kind: 'consecutiveDays', hardMin: 2 }] })], shifts: [shift('s2', 2, '09:00', '12:00')] }), roster: [a('p1', 's2')], expect: { hard: 1 } },
    { name: 'short block at the edge is exempt', problem: p({ people: [person('p1', { limits: [{ kind: 'consecutiveDays', hardMin: 2 }] })], shifts: [shift('s0', 0, '09:00', '12:00')] }), roster: [a('p1', 's0')], expect: {} },
  ],
  'consecutive-days-off': [
    { name: 'one day off between', problem: p({ people: [person('p1', { limits: [{ kind: 'consecutiveDaysOff', hardMin: 2 }] })], shifts: [shift('s1', 1, '09:00', '12:00'), shift('s3', 3, '09:00', '12:00')] }), roster: [a('p1', 's1'), a('p1', 's3')], expect: { hard: 1 } },
    { name: 'two days off', problem: p({ people: [person('p1', { limits: [{ kind: 'consecutiveDaysOff', hardMin: 2 }] })], shifts: [shift('s1', 1, '09:00', '12:00'), shift('s4', 4, '09:00', '12:00')] }), roster: [a('p1', 's1'), a('p1', 's4')], expect: {} },
  ],
  weekends: [
    { name: 'worked a weekend', problem: p({ people: [person('p1', { limits: [{ kind: 'weekends', hardMax: 0 }] })], shifts: [shift('sat', 5, '09:00', '12:00'), shift('sun', 6, '09:00', '12:00')] }), roster: [a('p1', 'sat'), a('p1', 'sun')], expect: { hard: 1 } },
    { name: 'weekdays only', problem: p({ people: [person('p1', { limits: [{ kind: 'weekends', hardMax: 0 }] })], shifts: [shift('fri', 4, '09:00', '12:00')] }), roster: [a('p1', 'fri')], expect: {} },
  ],
  pinned: [
    { name: 'pin dropped', problem: p({ shifts: [shift('s1', 0, '09:00', '12:00')], pins: [{ person: 'p1', shift: 's1' }] }), roster: [a('p2', 's1')], expect: { hard: 1 } },
    { name: 'pin kept', problem: p({ shifts: [shift('s1', 0, '09:00', '12:00')], pins: [{ person: 'p1', shift: 's1' }] }), roster: [a('p1', 's1')], expect: {} },
  ],
  'cover-under': [
    { name: 'one of two missing', problem: p({ shifts: [shift('s1', 0, '09:00', '12:00', { seat: { count: 2, weightUnder: 3 } })] }), roster: [a('p1', 's1')], expect: { medium: 3 } },
    { name: 'soft when the problem says so', problem: p({ coverLevel: 'soft', shifts: [shift('s1', 0, '09:00', '12:00', { seat: { count: 2, weightUnder: 3 } })] }), roster: [a('p1', 's1')], expect: { soft: 3 } },
    { name: 'flexible duty counted once over its days', problem: p({ demands: [{ id: 'visit', count: 1, weightUnder: 5 }], shifts: [shift('v0', 0, '14:00', '18:00', { seat: { demand: 'visit' } }), shift('v1', 1, '14:00', '18:00', { seat: { demand: 'visit' } })] }), roster: [a('p1', 'v1')], expect: {} },
    { name: 'flexible duty not done', problem: p({ demands: [{ id: 'visit', count: 1, weightUnder: 5 }], shifts: [shift('v0', 0, '14:00', '18:00', { seat: { demand: 'visit' } }), shift('v1', 1, '14:00', '18:00', { seat: { demand: 'visit' } })] }), roster: [], expect: { medium: 5 } },
  ],
  'over-cover': [
    { name: 'one extra', problem: p({ shifts: [shift('s1', 0, '09:00', '12:00', { seat: { count: 1, weightOver: 2 } })] }), roster: [a('p1', 's1'), a('p2', 's1')], expect: { soft: 2 } },
    { name: 'flexible duty done twice', problem: p({ demands: [{ id: 'visit', count: 1, weightOver: 4 }], shifts: [shift('v0', 0, '14:00', '18:00', { seat: { demand: 'visit' } }), shift('v1', 1, '14:00', '18:00', { seat: { demand: 'visit' } })] }), roster: [a('p1', 'v0'), a('p1', 'v1')], expect: { soft: 4 } },
    { name: 'exact', problem: p({ shifts: [shift('s1', 0, '09:00', '12:00', { seat: { count: 2 } })] }), roster: [a('p1', 's1'), a('p2', 's1')], expect: {} },
  ],
  wishes: [
    { name: 'against and for', problem: p({ people: [person('p1', { wishes: [{ want: false, day: 0, weight: 4 }, { want: true, day: 1, tag: 'hotline', weight: 2 }] })], shifts: [shift('s1', 0, '09:00', '12:00'), shift('s2', 1, '09:00', '12:00')] }), roster: [a('p1', 's1'), a('p1', 's2')], expect: { soft: 6 } },
    { name: 'granted', problem: p({ people: [person('p1', { wishes: [{ want: true, site: 'B', weight: 2 }] })], shifts: [shift('s1', 0, '09:00', '12:00', { site: 'B' })] }), roster: [a('p1', 's1')], expect: {} },
  ],
  'preferred-language': [
    { name: 'lacks Yi', problem: p({ shifts: [shift('s1', 0, '09:00', '12:00', { seat: { preferredLanguages: ['Yi'] } })] }), roster: [a('p1', 's1')], expect: { soft: 5 } },
    { name: 'speaks Yi', problem: p({ people: [person('p1', { languages: ['Mandarin', 'Yi'] })], shifts: [shift('s1', 0, '09:00', '12:00', { seat: { preferredLanguages: ['Yi'] } })] }), roster: [a('p1', 's1')], expect: {} },
  ],
  travel: [
    { name: '45 minutes from home', problem: p({ people: [person('p1', { home: 'A' })], shifts: [shift('s1', 0, '09:00', '12:00', { site: 'B' })] }), roster: [a('p1', 's1')], expect: { soft: 2.25 } },
    { name: 'at home', problem: p({ people: [person('p1', { home: 'A' })], shifts: [shift('s1', 0, '09:00', '12:00')] }), roster: [a('p1', 's1')], expect: {} },
  ],
  'fair-duties': [
    { name: 'two against none', problem: p({ people: [person('p1'), person('p2')], shifts: [shift('s1', 0, '09:00', '12:00'), shift('s2', 1, '09:00', '12:00')] }), roster: [a('p1', 's1'), a('p1', 's2')], expect: { soft: 2 } },
    { name: 'one each', problem: p({ people: [person('p1'), person('p2')], shifts: [shift('s1', 0, '09:00', '12:00'), shift('s2', 1, '09:00', '12:00')] }), roster: [a('p1', 's1'), a('p2', 's2')], expect: {} },
  ],
  'fair-weekends': [
    { name: 'one weekend duty', problem: p({ people: [person('p1'), person('p2')], shifts: [shift('s1', 5, '09:00', '12:00')] }), roster: [a('p1', 's1')], expect: { soft: 1 } },
    { name: 'weekday duty only', problem: p({ people: [person('p1'), person('p2')], shifts: [shift('s1', 5, '09:00', '12:00'), shift('s2', 1, '09:00', '12:00')] }), roster: [a('p1', 's2')], expect: {} },
  ],
  'fair-nights': [
    { name: 'one night', problem: p({ people: [person('p1'), person('p2')], shifts: [shift('n', 0, '22:00', '06:00', { tags: ['night'] })] }), roster: [a('p1', 'n')], expect: { soft: 1 } },
    { name: 'one night each', problem: p({ people: [person('p1'), person('p2')], shifts: [shift('n', 0, '22:00', '06:00', { tags: ['night'] }), shift('m', 2, '22:00', '06:00', { tags: ['night'] })] }), roster: [a('p1', 'n'), a('p2', 'm')], expect: {} },
  ],
  'fair-travel': [
    { name: 'one travels 45 minutes', problem: p({ people: [person('p1', { home: 'A' }), person('p2', { home: 'A' })], shifts: [shift('s1', 0, '09:00', '12:00', { site: 'B' })] }), roster: [a('p1', 's1')], expect: { soft: 0.140625 } },
    { name: 'nobody travels', problem: p({ people: [person('p1', { home: 'A' }), person('p2', { home: 'A' })], shifts: [shift('s1', 0, '09:00', '12:00')] }), roster: [a('p1', 's1')], expect: {} },
  ],
  continuity: [
    { name: 'two people at one site', problem: p({ shifts: [shift('s1', 0, '09:00', '12:00'), shift('s2', 1, '09:00', '12:00')] }), roster: [a('p1', 's1'), a('p2', 's2')], expect: { soft: 2 } },
    { name: 'online desks do not count', problem: p({ shifts: [shift('s1', 0, '09:00', '12:00', { site: 'H' }), shift('s2', 1, '09:00', '12:00', { site: 'H' })] }), roster: [a('p1', 's1'), a('p2', 's2')], expect: {} },
  ],
  'resource-sinking': [
    { name: 'central lawyer without remote duty', problem: p({ sinking: { minPerPerson: 1 }, people: [person('p1', { central: true })], shifts: [shift('s1', 0, '09:00', '12:00')] }), roster: [a('p1', 's1')], expect: { soft: 10 } },
    { name: 'did a remote duty', problem: p({ sinking: { minPerPerson: 1 }, people: [person('p1', { central: true })], shifts: [shift('s1', 0, '09:00', '12:00', { tags: ['remote'] })] }), roster: [a('p1', 's1')], expect: {} },
  ],
  budget: [
    { name: 'two yuan over', problem: p({ budgets: [{ district: 'X', fen: 100 }], people: [person('p1', { district: 'X' })], shifts: [shift('s1', 0, '09:00', '12:00', { district: 'X', costFen: 300 })] }), roster: [a('p1', 's1')], expect: { soft: 2 } },
    { name: 'cross-district extra', problem: p({ budgets: [{ district: 'X', fen: 300 }], people: [person('p1', { district: 'Y' })], shifts: [shift('s1', 0, '09:00', '12:00', { district: 'X', costFen: 300, crossDistrictFen: 100 })] }), roster: [a('p1', 's1')], expect: { soft: 1 } },
    { name: 'a salaried official costs nothing', problem: p({ budgets: [{ district: 'X', fen: 100 }], people: [person('p1', { district: 'X', subsidised: false })], shifts: [shift('s1', 0, '09:00', '12:00', { district: 'X', costFen: 300 })] }), roster: [a('p1', 's1')], expect: {} },
  ],
  'minimal-change': [
    { name: 'moved to another person', problem: p({ previous: [a('p1', 's1')], shifts: [shift('s1', 0, '09:00', '12:00')] }), roster: [a('p2', 's1')], expect: { soft: 40 } },
    { name: 'unchanged', problem: p({ previous: [a('p1', 's1')], shifts: [shift('s1', 0, '09:00', '12:00')] }), roster: [a('p1', 's1')], expect: {} },
  ],
};
