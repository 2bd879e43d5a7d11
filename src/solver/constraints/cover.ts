// Cover per demand: each missing person costs the seat's weightUnder (medium level, or soft when
// the problem says so, as in the Curtois benchmark), each extra person its weightOver (soft). A
// flexible demand is counted over all its alternatives together.
import type { Model } from '../model/model.js';
import type { Scope } from '../model/scope.js';
import type { Violation } from '../problem.js';
import { shiftText } from '../sentences.js';
import { CATALOG_BY_ID } from './catalog.js';
import type { Acc, CheckView, ConstraintDef } from './types.js';

/** Calls fn once per demand the scope can affect. */
function forDemands(m: Model, scope: Scope, stamp: Int32Array, tick: number, fn: (d: number) => void): void {
  if (scope.all) {
    for (let d = 0; d < m.nDemand; d++) fn(d);
    return;
  }
  for (let i = 0; i < scope.chG.length; i++) {
    const d = m.gDemand[scope.chG[i]!]!;
    if (stamp[d] === tick) continue;
    stamp[d] = tick;
    fn(d);
  }
}

function demandText(m: Model, d: number): string {
  const groups = m.dGroups[d]!;
  if (groups.length === 1) return shiftText(m, m.gShift[groups[0]!]!);
  return `${m.dName[d]}（${groups.length} 个可选时段）`;
}

function counts(view: CheckView): Int32Array {
  const n = new Int32Array(view.m.nDemand);
  for (const it of view.items) n[view.m.gDemand[it.g]!]!++;
  return n;
}

function coverConstraint(id: string, under: boolean): ConstraintDef {
  const info = CATALOG_BY_ID.get(id)!;
  return {
    info,
    incremental({ m, state, weight }) {
      const stamp = new Int32Array(m.nDemand);
      let tick = 0;
      const wArr = under ? m.dUnder : m.dOver;
      const soft = !under || m.coverSoft;
      return {
        id: info.id,
        local(scope: Scope, acc: Acc) {
          tick++;
          let sum = 0;
          forDemands(m, scope, stamp, tick, (d) => {
            const diff = under ? m.dCount[d]! - state.demandN[d]! : state.demandN[d]! - m.dCount[d]!;
            if (diff > 0) sum += diff * wArr[d]!;
          });
          if (soft) acc.soft += weight * sum;
          else acc.medium += weight * sum;
        },
      };
    },
    check(view: CheckView, weight: number, out: Violation[]) {
      const { m } = view;
      const n = counts(view);
      const level = !under || m.coverSoft ? 'soft' : 'medium';
      for (let d = 0; d < m.nDemand; d++) {
        const diff = under ? m.dCount[d]! - n[d]! : n[d]! - m.dCount[d]!;
        const w = (under ? m.dUnder : m.dOver)[d]!;
        if (diff <= 0 || w * weight === 0) continue;
        const g = m.dGroups[d]![0];
        const s = g === undefined ? undefined : m.gShift[g]!;
        out.push({
          constraint: info.id, level, amount: diff * w * weight,
          ...(s === undefined ? {} : { shift: m.problem.shifts[s]!.id, day: m.sDay[s]! }),
          message: `${demandText(m, d)} 需要 ${m.dCount[d]} 人，${under ? `缺 ${diff} 人` : `多排 ${diff} 人`}`,
        });
      }
    },
  };
}

export const coverUnder = coverConstraint('cover-under', true);
export const overCover = coverConstraint('over-cover', false);
