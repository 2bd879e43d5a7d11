// Hard: a person is never in two places at once; the next shift must start no earlier than the
// previous one ends plus the travel time between the two sites. Counted per conflicting pair.
import type { Violation } from '../problem.js';
import { site, when, who } from '../sentences.js';
import { CATALOG_BY_ID } from './catalog.js';
import { collectWindow } from './pairs.js';
import type { CheckView, ConstraintDef } from './types.js';

const info = CATALOG_BY_ID.get('no-overlap')!;

export const noOverlap: ConstraintDef = {
  info,
  incremental({ m, state, weight }) {
    const items: number[] = [];
    const core: number[] = [];
    const maxTravel = m.travel.maxMinutes;
    return {
      id: info.id,
      local(scope, acc) {
        let n = 0;
        for (let i = 0; i < scope.persons.length; i++) {
          const p = scope.persons[i]!;
          const lo = scope.lo[i]!, hi = scope.hi[i]!;
          collectWindow(state, p, lo - m.reach, hi + m.reach, lo, hi, items, core);
          for (let a = 0; a < items.length; a++) {
            const sa = m.gShift[items[a]!]!;
            const endA = m.sEnd[sa]!;
            const locA = m.sLoc[sa]!;
            for (let b = a + 1; b < items.length; b++) {
              const sb = m.gShift[items[b]!]!;
              const startB = m.sStart[sb]!;
              if (startB >= endA + maxTravel) break;
              if (!core[a] && !core[b]) continue;
              if (startB < endA + m.travel.minutes(locA, m.sLoc[sb]!)) n++;
            }
          }
        }
        acc.hard += weight * n;
      },
    };
  },
  check(view: CheckView, weight: number, out: Violation[]) {
    const { m, problem } = view;
    view.byPerson.forEach((list, p) => {
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const a = list[i]!, b = list[j]!;
          const travel = m.travel.minutes(m.sLoc[a.s]!, m.sLoc[b.s]!);
          if (m.sStart[b.s]! >= m.sEnd[a.s]! + travel) continue;
          const same = m.sLoc[a.s] === m.sLoc[b.s];
          const places = same
            ? `在${site(m, a.s)}同时担任两个班次（${problem.shifts[a.s]!.name ?? problem.shifts[a.s]!.id}、${problem.shifts[b.s]!.name ?? problem.shifts[b.s]!.id}）`
            : `同时在${site(m, a.s)}和${site(m, b.s)}工作${travel > 0 ? `（含路程 ${travel} 分钟）` : ''}`;
          out.push({
            constraint: info.id, level: info.level, amount: weight, person: problem.people[p]!.id,
            shift: problem.shifts[b.s]!.id, day: m.sDay[b.s]!, message: `${who(m, p)} ${when(m, b.s)} ${places}`,
          });
        }
      }
    });
  },
};
