// Soft: subsidy budget per district per period. An assignment costs costFen (plus crossDistrictFen
// when the person's district differs) for a subsidised person, nothing for a salaried official;
// spending is charged to the shift's district, and each yuan over budget costs a unit.
import type { Model } from '../model/model.js';
import type { Violation } from '../problem.js';
import { yuan } from '../sentences.js';
import { CATALOG_BY_ID } from './catalog.js';
import type { CheckView, ConstraintDef } from './types.js';

const info = CATALOG_BY_ID.get('budget')!;

/** Subsidy in fen for person p on shift s, as the ledger will record it. */
export function assignmentCostFen(m: Model, p: number, s: number): number {
  if (!m.pSubsidised[p]) return 0;
  const pd = m.pDistrict[p]!, sd = m.sDistrict[s]!;
  return m.sCost[s]! + (pd >= 0 && sd >= 0 && pd !== sd ? m.sCross[s]! : 0);
}

export const budget: ConstraintDef = {
  info,
  incremental({ m, state, weight }) {
    if (!m.budget.some((b) => Number.isFinite(b))) return null;
    const spend = new Float64Array(m.budget.length);
    state.listeners.push({
      onChange(p, g, sign) {
        const s = m.gShift[g]!;
        const d = m.sDistrict[s]!;
        if (d >= 0) spend[d]! += sign * assignmentCostFen(m, p, s);
      },
    });
    const stamp = new Int32Array(m.budget.length);
    let tick = 0;
    const over = (d: number) => Math.max(0, spend[d]! - m.budget[d]!) / 100;
    return {
      id: info.id,
      local(scope, acc) {
        tick++;
        let sum = 0;
        if (scope.all) for (let d = 0; d < m.budget.length; d++) sum += over(d);
        else {
          for (let i = 0; i < scope.chG.length; i++) {
            const d = m.sDistrict[m.gShift[scope.chG[i]!]!]!;
            if (d < 0 || stamp[d] === tick) continue;
            stamp[d] = tick;
            sum += over(d);
          }
        }
        acc.soft += weight * sum;
      },
    };
  },
  check(view: CheckView, weight: number, out: Violation[]) {
    const { m, problem } = view;
    const spend = new Map<string, number>();
    for (const it of view.items) {
      const sh = problem.shifts[it.s]!;
      const person = problem.people[it.p]!;
      if (sh.district === undefined || person.subsidised === false) continue;
      const cross = person.district !== undefined && person.district !== sh.district ? sh.crossDistrictFen ?? 0 : 0;
      spend.set(sh.district, (spend.get(sh.district) ?? 0) + (sh.costFen ?? 0) + cross);
    }
    for (const b of problem.budgets ?? []) {
      const s = spend.get(b.district) ?? 0;
      if (s <= b.fen) continue;
      out.push({ constraint: info.id, level: 'soft', amount: ((s - b.fen) / 100) * weight,
        message: `${b.district} 本期补贴 ${yuan(s)} 元，超出预算 ${yuan(b.fen)} 元 ${yuan(s - b.fen)} 元` });
    }
    void m;
  },
};
