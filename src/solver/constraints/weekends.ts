// Hard (with optional soft band): bound on the number of worked weekends per person; a weekend
// (a run of weekend days, e.g. Saturday and Sunday) is worked when any of its days is worked.
import type { CBound } from '../model/model.js';
import type { Score, Violation } from '../problem.js';
import { who } from '../sentences.js';
import { CATALOG_BY_ID } from './catalog.js';
import type { CheckView, ConstraintDef } from './types.js';

const info = CATALOG_BY_ID.get('weekends')!;

function cost(v: number, bounds: readonly CBound[], weight: number, acc: Score): void {
  for (const b of bounds) {
    let hard = 0, soft = 0;
    if (v > b.hardMax) hard += v - b.hardMax;
    if (v < b.hardMin) hard += b.hardMin - v;
    if (v > b.softMax) soft += v - b.softMax;
    if (v < b.softMin) soft += b.softMin - v;
    acc.hard += weight * hard;
    acc.soft += weight * soft * b.weight;
  }
}

export const weekends: ConstraintDef = {
  info,
  incremental({ m, state, weight }) {
    if (m.nWeekends === 0 || !m.pWeekends.some((b) => b.length > 0)) return null;
    const W = m.nWeekends;
    const perWeekend = new Uint16Array(m.P * W);
    const worked = new Int32Array(m.P);
    state.listeners.push({
      onChange(p, g, sign) {
        const w = m.dayWeekendId[m.sDay[m.gShift[g]!]!]!;
        if (w < 0) return;
        const k = p * W + w;
        if (sign > 0) {
          if (perWeekend[k]!++ === 0) worked[p]!++;
        } else if (--perWeekend[k]! === 0) worked[p]!--;
      },
    });
    return {
      id: info.id,
      local(scope, acc) {
        for (let i = 0; i < scope.persons.length; i++) {
          const p = scope.persons[i]!;
          const bounds = m.pWeekends[p]!;
          if (bounds.length > 0) cost(worked[p]!, bounds, weight, acc);
        }
      },
    };
  },
  check(view: CheckView, weight: number, out: Violation[]) {
    const { m, problem } = view;
    view.byPerson.forEach((list, p) => {
      const bounds = m.pWeekends[p]!;
      if (bounds.length === 0) return;
      const set = new Set<number>();
      for (const it of list) {
        const d = m.sDay[it.s]!;
        if (!m.dayWeekend[d]) continue;
        // Walk back to the first day of this weekend so Saturday and Sunday count once.
        let first = d;
        while (first > 0 && m.dayWeekend[first - 1]) first--;
        set.add(first);
      }
      const acc = { hard: 0, medium: 0, soft: 0 };
      cost(set.size, bounds, weight, acc);
      const limit = bounds.map((b) => (Number.isFinite(b.hardMax) ? b.hardMax : '∞')).join('，');
      const text = `${who(m, p)} 本期工作 ${set.size} 个周末（上限 ${limit}）`;
      const id = problem.people[p]!.id;
      if (acc.hard > 0) out.push({ constraint: info.id, level: 'hard', amount: acc.hard, person: id, message: text });
      if (acc.soft > 0) out.push({ constraint: info.id, level: 'soft', amount: acc.soft, person: id, message: `${text}，超出建议范围` });
    });
  },
};
