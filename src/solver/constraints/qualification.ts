// Hard: the person has a role the seat accepts, every skill and every language it requires.
import type { Violation } from '../problem.js';
import { shiftText, terms, who } from '../sentences.js';
import { CATALOG_BY_ID } from './catalog.js';
import type { CheckView, ConstraintDef } from './types.js';
import { unaryLocal } from './unary.js';

const info = CATALOG_BY_ID.get('qualification')!;

export const qualification: ConstraintDef = {
  info,
  incremental({ m, state, weight }) {
    return {
      id: info.id,
      local(scope, acc) {
        acc.hard += weight * unaryLocal(state, scope, (p, g) => (m.qualMask[m.gQual[g]!]![p] ? 0 : 1));
      },
    };
  },
  check(view: CheckView, weight: number, out: Violation[]) {
    const { m, problem } = view;
    for (const it of view.items) {
      const person = problem.people[it.p]!;
      const seat = problem.shifts[it.s]!.seats[m.gSeat[it.g]!]!;
      const lacks: string[] = [];
      if (seat.roles && seat.roles.length > 0 && !seat.roles.some((r) => person.roles.includes(r))) {
        lacks.push(`角色（需${terms(m, 'roles', seat.roles, '或')}）`);
      }
      const missingSkills = (seat.skills ?? []).filter((s) => !(person.skills ?? []).includes(s));
      if (missingSkills.length > 0) lacks.push(`技能 ${terms(m, 'skills', missingSkills)}`);
      const missingLangs = (seat.languages ?? []).filter((s) => !(person.languages ?? []).includes(s));
      if (missingLangs.length > 0) lacks.push(`语言 ${terms(m, 'languages', missingLangs)}`);
      if (lacks.length === 0) continue;
      out.push({
        constraint: info.id, level: info.level, amount: weight, person: person.id, shift: problem.shifts[it.s]!.id,
        day: m.sDay[it.s]!, message: `${who(m, it.p)} 不具备 ${shiftText(m, it.s)} 所需的${lacks.join('，')}`,
      });
    }
  },
};
