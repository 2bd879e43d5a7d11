// Hard: no assignment overlaps one of the person's blocked ranges (leave, court date, day off).
import type { Violation } from '../problem.js';
import { hhmm, dayLabel, shiftText, who } from '../sentences.js';
import { CATALOG_BY_ID } from './catalog.js';
import type { CheckView, ConstraintDef } from './types.js';
import { blockedIndex, unaryLocal } from './unary.js';

const info = CATALOG_BY_ID.get('availability')!;

const KIND_ZH: Record<string, string> = {
  leave: '请假', court: '开庭', training: '培训', 'day-off': '休息日', sick: '病假', contract: '合同期外',
};

export function blockedKindText(kind: string): string {
  return KIND_ZH[kind] ?? kind;
}

export const availability: ConstraintDef = {
  info,
  incremental({ m, state, weight }) {
    if (!m.pBlocked.some((b) => b.length > 0)) return null;
    return {
      id: info.id,
      local(scope, acc) {
        acc.hard += weight * unaryLocal(state, scope, (p, g) => {
          const b = m.pBlocked[p]!;
          if (b.length === 0) return 0;
          const s = m.gShift[g]!;
          return blockedIndex(b, m.sStart[s]!, m.sEnd[s]!) >= 0 ? 1 : 0;
        });
      },
    };
  },
  check(view: CheckView, weight: number, out: Violation[]) {
    const { m, problem } = view;
    for (const it of view.items) {
      const sh = problem.shifts[it.s]!;
      const block = (problem.people[it.p]!.blocked ?? []).find((b) => b.start < sh.end && sh.start < b.end);
      if (!block) continue;
      const from = `${dayLabel(m, Math.floor(block.start / 1440))} ${hhmm(block.start)}`;
      out.push({
        constraint: info.id, level: info.level, amount: weight, person: problem.people[it.p]!.id, shift: sh.id,
        day: sh.day,
        message: `${who(m, it.p)} 自 ${from} 起${blockedKindText(block.kind)}，不能担任 ${shiftText(m, it.s)}`,
      });
    }
  },
};
