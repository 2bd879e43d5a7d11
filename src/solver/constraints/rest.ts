// Hard: after a shift with a rest rule (e.g. a night hotline shift) the person rests at least the
// rule's minutes before the next shift. Pairs that already overlap are left to no-overlap.
import type { Violation } from '../problem.js';
import { hhmm, when, who } from '../sentences.js';
import { CATALOG_BY_ID } from './catalog.js';
import { anyRest, collectWindow, restAfter } from './pairs.js';
import type { CheckView, ConstraintDef } from './types.js';

const info = CATALOG_BY_ID.get('rest')!;

export const rest: ConstraintDef = {
  info,
  incremental({ m, state, weight }) {
    if (!anyRest(m)) return null;
    const items: number[] = [];
    const core: number[] = [];
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
            const need = restAfter(m, p, sa);
            if (need <= 0) continue;
            const endA = m.sEnd[sa]!;
            for (let b = a + 1; b < items.length; b++) {
              const sb = m.gShift[items[b]!]!;
              const startB = m.sStart[sb]!;
              if (startB >= endA + need) break;
              if (!core[a] && !core[b]) continue;
              if (startB >= endA + m.travel.minutes(m.sLoc[sa]!, m.sLoc[sb]!)) n++;
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
        const a = list[i]!;
        const need = restAfter(m, p, a.s);
        if (need <= 0) continue;
        for (let j = i + 1; j < list.length; j++) {
          const b = list[j]!;
          const gap = m.sStart[b.s]! - m.sEnd[a.s]!;
          if (gap >= need || gap < m.travel.minutes(m.sLoc[a.s]!, m.sLoc[b.s]!)) continue;
          out.push({
            constraint: info.id, level: info.level, amount: weight, person: problem.people[p]!.id,
            shift: problem.shifts[b.s]!.id, day: m.sDay[b.s]!,
            message: `${who(m, p)} ${when(m, a.s)} 的班次 ${hhmm(m.sEnd[a.s]!)} 结束后只休息 ${gap} 分钟就在 ${when(m, b.s)} 上班（至少需休息 ${need} 分钟）`,
          });
        }
      }
    });
  },
};
