// Hard: a seat with an appointee list (a school's legal vice-principal, a village's adviser) is
// taken only by one of those people.
import type { Violation } from '../problem.js';
import { shiftText, who } from '../sentences.js';
import { CATALOG_BY_ID } from './catalog.js';
import type { CheckView, ConstraintDef } from './types.js';
import { unaryLocal } from './unary.js';

const info = CATALOG_BY_ID.get('appointee')!;

export const appointee: ConstraintDef = {
  info,
  incremental({ m, state, weight }) {
    if (!m.gAllowed.some((a) => a !== null)) return null;
    return {
      id: info.id,
      local(scope, acc) {
        acc.hard += weight * unaryLocal(state, scope, (p, g) => {
          const a = m.gAllowed[g];
          return a && !a.has(p) ? 1 : 0;
        });
      },
    };
  },
  check(view: CheckView, weight: number, out: Violation[]) {
    const { m, problem } = view;
    for (const it of view.items) {
      const seat = problem.shifts[it.s]!.seats[m.gSeat[it.g]!]!;
      const person = problem.people[it.p]!;
      if (!seat.allowedPeople || seat.allowedPeople.includes(person.id)) continue;
      const names = seat.allowedPeople
        .map((id) => problem.people.find((x) => x.id === id)?.name ?? id).join('、');
      out.push({
        constraint: info.id, level: info.level, amount: weight, person: person.id, shift: problem.shifts[it.s]!.id,
        day: m.sDay[it.s]!,
        message: `${shiftText(m, it.s)} 只能由指定人员（${names || '无'}）担任，${who(m, it.p)} 不是`,
      });
    }
  },
};
