// Soft: fair spread across comparable people (same fairness group, by default the first role)
// of duties, weekend/holiday duties, night duties and travel hours. The cost of a group is the
// sum of squared deviations from the group mean: Σ load² − (Σ load)² / n.
import type { Model } from '../model/model.js';
import type { Violation } from '../problem.js';
import { terms } from '../sentences.js';
import { CATALOG_BY_ID } from './catalog.js';
import { homeTravel } from './per-assignment.js';
import type { CheckView, ConstraintDef } from './types.js';

type LoadFn = (m: Model, p: number, s: number) => number;

const LABEL: Record<string, string> = {
  'fair-duties': '值班次数', 'fair-weekends': '周末节假日值班次数', 'fair-nights': '夜班次数', 'fair-travel': '路程（小时）',
};

function groupSizes(m: Model): Int32Array {
  const n = new Int32Array(m.nFairGroups);
  for (let p = 0; p < m.P; p++) n[m.pFairGroup[p]!]!++;
  return n;
}

function groupCost(q: number, t: number, n: number): number {
  return n <= 1 ? 0 : Math.max(0, q - (t * t) / n);
}

function fairness(id: string, load: LoadFn, relevant: (m: Model) => boolean): ConstraintDef {
  const info = CATALOG_BY_ID.get(id)!;
  return {
    info,
    incremental({ m, state, weight }) {
      if (!relevant(m)) return null;
      const size = groupSizes(m);
      const per = new Float64Array(m.P);
      const q = new Float64Array(m.nFairGroups);
      const t = new Float64Array(m.nFairGroups);
      state.listeners.push({
        onChange(p, g, sign) {
          const x = load(m, p, m.gShift[g]!);
          if (x === 0) return;
          const f = m.pFairGroup[p]!;
          const old = per[p]!;
          const now = old + sign * x;
          per[p] = now;
          q[f]! += now * now - old * old;
          t[f]! += now - old;
        },
      });
      const stamp = new Int32Array(m.nFairGroups);
      let tick = 0;
      return {
        id: info.id,
        local(scope, acc) {
          tick++;
          let sum = 0;
          if (scope.all) {
            for (let f = 0; f < m.nFairGroups; f++) sum += groupCost(q[f]!, t[f]!, size[f]!);
          } else {
            for (let i = 0; i < scope.persons.length; i++) {
              const f = m.pFairGroup[scope.persons[i]!]!;
              if (stamp[f] === tick) continue;
              stamp[f] = tick;
              sum += groupCost(q[f]!, t[f]!, size[f]!);
            }
          }
          acc.soft += weight * sum;
        },
      };
    },
    check(view: CheckView, weight: number, out: Violation[]) {
      const { m, problem } = view;
      if (!relevant(m)) return;
      const groups = new Map<string, number[]>();
      problem.people.forEach((person, p) => {
        const key = person.fairnessGroup ?? person.roles[0] ?? '';
        const loadP = view.byPerson[p]!.reduce((a, it) => a + load(m, p, it.s), 0);
        const list = groups.get(key);
        if (list) list.push(loadP);
        else groups.set(key, [loadP]);
      });
      for (const [key, loads] of groups) {
        if (loads.length <= 1) continue;
        const mean = loads.reduce((a, b) => a + b, 0) / loads.length;
        const dev = loads.reduce((a, b) => a + (b - mean) ** 2, 0);
        if (dev * weight < 1e-9) continue;
        const max = Math.max(...loads), min = Math.min(...loads);
        out.push({ constraint: info.id, level: 'soft', amount: dev * weight,
          message: `「${terms(m, 'roles', [key])}」组 ${loads.length} 人的${LABEL[id]}不均：平均 ${mean.toFixed(1)}，最多 ${Math.round(max * 10) / 10}，最少 ${Math.round(min * 10) / 10}` });
      }
    },
  };
}

export const fairDuties = fairness('fair-duties', () => 1, () => true);
export const fairWeekends = fairness('fair-weekends', (m, _p, s) => m.sWeekendish[s]!, (m) => m.sWeekendish.some((x) => x === 1));
export const fairNights = fairness('fair-nights', (m, _p, s) => m.sNight[s]!, (m) => m.sNight.some((x) => x === 1));
export const fairTravel = fairness('fair-travel', (m, p, s) => homeTravel(m, p, s) / 60, (m) => m.pHome.some((h) => h >= 0));
