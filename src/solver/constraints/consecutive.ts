// Factory of the two block constraints: consecutive working days (min/max) and consecutive days
// off (min, optional max), both in the one bound shape with edge exemption for minimums.
import type { CBound, Model } from '../model/model.js';
import type { Violation } from '../problem.js';
import { dayLabel, who } from '../sentences.js';
import { CATALOG_BY_ID } from './catalog.js';
import { blockCost, blocksOf, runsLocal } from './runs.js';
import type { CheckView, ConstraintDef } from './types.js';

export function consecutiveConstraint(id: string, working: boolean, boundsOf: (m: Model) => CBound[][]): ConstraintDef {
  const info = CATALOG_BY_ID.get(id)!;
  const noun = working ? '连续工作' : '连续休息';
  return {
    info,
    incremental({ m, state, weight }) {
      const all = boundsOf(m);
      if (!all.some((b) => b.length > 0)) return null;
      const D = m.D;
      return {
        id: info.id,
        local(scope, acc) {
          for (let i = 0; i < scope.persons.length; i++) {
            const p = scope.persons[i]!;
            const bounds = all[p]!;
            if (bounds.length === 0) continue;
            runsLocal(state.dayCount, p * D, D, scope.lo[i]!, scope.hi[i]!, working, bounds, weight, acc);
          }
        },
      };
    },
    check(view: CheckView, weight: number, out: Violation[]) {
      const { m, problem } = view;
      const all = boundsOf(m);
      view.byPerson.forEach((list, p) => {
        const bounds = all[p]!;
        if (bounds.length === 0) return;
        const worked = new Array<boolean>(m.D).fill(false);
        for (const it of list) worked[m.sDay[it.s]!] = true;
        for (const [a, b] of blocksOf(worked, working)) {
          const len = b - a + 1;
          const acc = { hard: 0, medium: 0, soft: 0 };
          const edge = a === 0 || b === m.D - 1;
          blockCost(len, edge, bounds, weight, acc);
          const text = `${who(m, p)} 自 ${dayLabel(m, a)} 至 ${dayLabel(m, b)} ${noun} ${len} 天`;
          const range = bounds.map((x) => `${Number.isFinite(x.hardMin) ? x.hardMin : ''}–${Number.isFinite(x.hardMax) ? x.hardMax : ''}`).join('，');
          const id = problem.people[p]!.id;
          if (acc.hard > 0) out.push({ constraint: info.id, level: 'hard', amount: acc.hard, person: id, day: a, message: `${text}（允许 ${range} 天）` });
          if (acc.soft > 0) out.push({ constraint: info.id, level: 'soft', amount: acc.soft, person: id, day: a, message: `${text}，超出建议范围` });
        }
      });
    },
  };
}

export const consecutiveDays = consecutiveConstraint('consecutive-days', true, (m) => m.pConsec);
export const consecutiveDaysOff = consecutiveConstraint('consecutive-days-off', false, (m) => m.pConsecOff);
