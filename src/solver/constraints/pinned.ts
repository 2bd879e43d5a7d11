// Hard: pinned assignments (by a coordinator, or bookings) stay in the roster.
import type { Violation } from '../problem.js';
import { shiftText, who } from '../sentences.js';
import { CATALOG_BY_ID } from './catalog.js';
import type { CheckView, ConstraintDef } from './types.js';

const info = CATALOG_BY_ID.get('pinned')!;

export const pinned: ConstraintDef = {
  info,
  incremental({ m, state, weight }) {
    if (m.pinned.size === 0) return null;
    return {
      id: info.id,
      local(scope, acc) {
        let n = 0;
        for (let i = 0; i < scope.persons.length; i++) {
          const p = scope.persons[i]!;
          const pins = m.pPins[p]!;
          for (let k = 0; k < pins.length; k++) {
            const g = pins[k]!;
            const d = m.sDay[m.gShift[g]!]!;
            if (d < scope.lo[i]! || d > scope.hi[i]!) continue;
            if (!state.has(p, g)) n++;
          }
        }
        acc.hard += weight * n;
      },
    };
  },
  check(view: CheckView, weight: number, out: Violation[]) {
    const { m, problem } = view;
    const held = new Set(view.items.map((it) => `${it.p}/${it.g}`));
    const seen = new Set<string>();
    for (const pin of problem.pins ?? []) {
      const p = m.personIndex.get(pin.person)!;
      const s = m.shiftIndex.get(pin.shift)!;
      const key = `${p}/${m.sGroup0[s]! + (pin.seat ?? 0)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (held.has(key)) continue;
      out.push({
        constraint: info.id, level: info.level, amount: weight, person: pin.person, shift: pin.shift, day: m.sDay[s]!,
        message: `固定安排未保留：${who(m, p)} 应担任 ${shiftText(m, s)}${pin.source ? `（来源：${pin.source}）` : ''}`,
      });
    }
  },
};
