// Soft: on a re-solve, as few changes as possible against the previous published roster; every
// assignment added and every previous assignment dropped costs a unit (per person and shift).
import type { Violation } from '../problem.js';
import { shiftText, who } from '../sentences.js';
import { CATALOG_BY_ID } from './catalog.js';
import type { CheckView, ConstraintDef } from './types.js';

const info = CATALOG_BY_ID.get('minimal-change')!;

export const minimalChange: ConstraintDef = {
  info,
  incremental({ m, state, weight }) {
    if (!m.hasPrev) return null;
    const D = m.D, S = m.S;
    return {
      id: info.id,
      local(scope, acc) {
        let n = 0;
        for (let i = 0; i < scope.persons.length; i++) {
          const p = scope.persons[i]!;
          const lo = scope.lo[i]!, hi = scope.hi[i]!;
          for (let d = lo; d <= hi; d++) {
            const cell = state.cells[p * D + d];
            if (cell) for (const g of cell) if (!m.prev.has(p * S + m.gShift[g]!)) n++;
          }
          const prev = m.pPrev[p]!;
          for (let k = 0; k < prev.length; k++) {
            const s = prev[k]!;
            const d = m.sDay[s]!;
            if (d >= lo && d <= hi && !state.hasShift(p, s)) n++;
          }
        }
        acc.soft += weight * n;
      },
    };
  },
  check(view: CheckView, weight: number, out: Violation[]) {
    const { m, problem } = view;
    if ((problem.previous ?? []).length === 0) return;
    const prev = new Set((problem.previous ?? []).map((a) => `${a.person}\u0000${a.shift}`));
    const now = new Set(view.items.map((it) => `${problem.people[it.p]!.id}\u0000${problem.shifts[it.s]!.id}`));
    for (const it of view.items) {
      const pid = problem.people[it.p]!.id, sid = problem.shifts[it.s]!.id;
      if (prev.has(`${pid}\u0000${sid}`)) continue;
      out.push({ constraint: info.id, level: 'soft', amount: weight, person: pid, shift: sid, day: m.sDay[it.s]!,
        message: `新增：${who(m, it.p)} 担任 ${shiftText(m, it.s)}（上次发布时没有）` });
    }
    for (const key of prev) {
      if (now.has(key)) continue;
      const [pid, sid] = key.split('\u0000') as [string, string];
      const p = m.personIndex.get(pid)!, s = m.shiftIndex.get(sid)!;
      out.push({ constraint: info.id, level: 'soft', amount: weight, person: pid, shift: sid, day: m.sDay[s]!,
        message: `取消：${who(m, p)} 不再担任 ${shiftText(m, s)}（上次发布时有）` });
    }
  },
};
