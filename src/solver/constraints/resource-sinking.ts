// Soft: resource sinking — each central-city person takes at least the problem's share of remote
// (under-served) duties; each missing one costs a unit.
import type { Violation } from '../problem.js';
import { who } from '../sentences.js';
import { CATALOG_BY_ID } from './catalog.js';
import type { CheckView, ConstraintDef } from './types.js';

const info = CATALOG_BY_ID.get('resource-sinking')!;

export const resourceSinking: ConstraintDef = {
  info,
  incremental({ m, state, weight }) {
    if (m.sinkingMin <= 0 || !m.pCentral.some((x) => x === 1)) return null;
    const count = new Int32Array(m.P);
    const tag = m.sinkingTag;
    state.listeners.push({
      onChange(p, g, sign) {
        if (m.pCentral[p] && tag >= 0 && m.sTags[m.gShift[g]!]!.includes(tag)) count[p]! += sign;
      },
    });
    return {
      id: info.id,
      local(scope, acc) {
        let sum = 0;
        for (let i = 0; i < scope.persons.length; i++) {
          const p = scope.persons[i]!;
          if (m.pCentral[p]) sum += Math.max(0, m.sinkingMin - count[p]!);
        }
        acc.soft += weight * sum;
      },
    };
  },
  check(view: CheckView, weight: number, out: Violation[]) {
    const { m, problem } = view;
    const sinking = problem.sinking;
    if (!sinking || sinking.minPerPerson <= 0) return;
    const tag = sinking.tag ?? 'remote';
    problem.people.forEach((person, p) => {
      if (!person.central) return;
      const n = view.byPerson[p]!.filter((it) => (problem.shifts[it.s]!.tags ?? []).includes(tag)).length;
      if (n >= sinking.minPerPerson) return;
      out.push({ constraint: info.id, level: 'soft', amount: (sinking.minPerPerson - n) * weight, person: person.id,
        message: `${who(m, p)} 本期下沉偏远站点 ${n} 次，少于应承担的 ${sinking.minPerPerson} 次` });
    });
  },
};
