// Random small problems that exercise every constraint (for property tests): a seed fixes them.
import type { Limit, Person, Problem, Shift } from '../../src/solver/problem.js';
import { createRng } from '../../src/solver/random.js';

const TAGS = ['night', 'hotline', 'remote', 'N', 'E'];
const ROLES = ['lawyer', 'mediator'];

export function randomProblem(seed: number, opts: { dayGrid?: boolean } = {}): Problem {
  const rng = createRng(seed);
  const D = 6 + rng.int(6);
  const nP = 3 + rng.int(4);
  const pick = <T>(xs: readonly T[]): T => xs[rng.int(xs.length)]!;
  const locations = [
    { id: 'A', name: '甲', lat: 26.5, lon: 104.8, district: 'X' },
    { id: 'B', name: '乙', lat: 26.7, lon: 105.0, district: 'Y' },
    { id: 'H', name: '热线', online: true },
  ];
  const demands = [{ id: 'flex', count: 1, weightUnder: 3, weightOver: 2 }];
  const shifts: Shift[] = [];
  for (let d = 0; d < D; d++) {
    const n = opts.dayGrid ? 2 : 1 + rng.int(3);
    for (let k = 0; k < n; k++) {
      const start = opts.dayGrid ? d * 1440 : d * 1440 + 60 * (6 + rng.int(14));
      const len = 60 * (2 + rng.int(9));
      const tags = TAGS.filter(() => rng.next() < 0.3);
      const flexible = !opts.dayGrid && rng.next() < 0.15;
      shifts.push({
        id: `s${d}-${k}`, name: `班${d}-${k}`, site: pick(['A', 'B', 'H']), start, end: start + len, day: d, tags,
        district: pick(['X', 'Y']), costFen: 100 * rng.int(5), crossDistrictFen: 50,
        seats: flexible
          ? [{ roles: ['lawyer'], demand: 'flex' }]
          : [
            { roles: [pick(ROLES)], count: rng.int(3), weightUnder: 1 + rng.int(3), weightOver: rng.int(3), ...(rng.next() < 0.3 ? { skills: ['labour'] } : {}), ...(rng.next() < 0.2 ? { preferredLanguages: ['Yi'] } : {}) },
            ...(rng.next() < 0.3 ? [{ roles: ['lawyer', 'mediator'], count: 1, ...(rng.next() < 0.5 ? { allowedPeople: ['p0'] } : {}) }] : []),
          ],
      });
    }
  }
  const people: Person[] = Array.from({ length: nP }, (_, i) => {
    const limits: Limit[] = [];
    if (rng.next() < 0.6) limits.push({ kind: 'shifts', hardMax: 2 + rng.int(4), softMax: 2, weight: 2 });
    if (rng.next() < 0.4) limits.push({ kind: 'shifts', window: 'week', tag: pick(TAGS), hardMax: 1 + rng.int(2) });
    if (rng.next() < 0.5) limits.push({ kind: 'minutes', hardMin: 60 * rng.int(10), hardMax: 60 * (10 + rng.int(30)) });
    if (rng.next() < 0.5) limits.push({ kind: 'consecutiveDays', hardMin: 1 + rng.int(2), hardMax: 2 + rng.int(3), softMax: 2 });
    if (rng.next() < 0.5) limits.push({ kind: 'consecutiveDaysOff', hardMin: 1 + rng.int(2) });
    if (rng.next() < 0.5) limits.push({ kind: 'weekends', hardMax: rng.int(2), softMax: 0, weight: 3 });
    return {
      id: `p${i}`, name: `人${i}`, roles: rng.next() < 0.7 ? ['lawyer'] : ['mediator', 'lawyer'],
      skills: rng.next() < 0.5 ? ['labour'] : [], languages: rng.next() < 0.3 ? ['Yi'] : [],
      home: pick(['A', 'B']), district: pick(['X', 'Y']), subsidised: rng.next() < 0.8, central: rng.next() < 0.3,
      blocked: rng.next() < 0.4 ? [{ start: rng.int(D) * 1440, end: rng.int(D) * 1440 + 1440 + 600, kind: 'leave' }] : [],
      limits,
      wishes: Array.from({ length: rng.int(3) }, () => ({ want: rng.next() < 0.5, weight: 1 + rng.int(3), ...(rng.next() < 0.8 ? { day: rng.int(D) } : {}), ...(rng.next() < 0.5 ? { tag: pick(TAGS) } : {}) })),
      ...(rng.next() < 0.2 ? { successions: [{ from: 'E', to: 'N' }] } : {}),
      ...(rng.next() < 0.2 ? { rest: [{ afterTag: 'hotline', minutes: 600 }] } : {}),
    };
  });
  for (const b of people.flatMap((p) => p.blocked ?? [])) if (b.end <= b.start) b.end = b.start + 60;
  const someShift = () => pick(shifts);
  return {
    name: `random-${seed}`,
    days: Array.from({ length: D }, (_, d) => ({ weekday: d % 7, weekend: d % 7 >= 5, holiday: d === 3 })),
    locations,
    travel: { matrix: [{ from: 'A', to: 'B', minutes: 50 }] },
    shifts,
    demands,
    people,
    successions: [{ from: 'N', to: 'E' }, { from: 'night', to: 'hotline' }],
    rest: [{ afterTag: 'night', minutes: 660 }],
    pins: rng.next() < 0.5 ? [{ person: 'p1', shift: someShift().id }] : [],
    previous: Array.from({ length: rng.int(4) }, () => ({ person: `p${rng.int(nP)}`, shift: someShift().id })),
    budgets: [{ district: 'X', fen: 300 }, { district: 'Y', fen: 200 }],
    sinking: { tag: 'remote', minPerPerson: 1 },
    ...(rng.next() < 0.3 ? { coverLevel: 'soft' as const } : {}),
  };
}
