// Soft: continuity — the same people return to the same site; each site (not online desks) costs
// one unit per distinct person beyond the first who serves there in the period.
import type { Violation } from '../problem.js';
import { CATALOG_BY_ID } from './catalog.js';
import type { CheckView, ConstraintDef } from './types.js';

const info = CATALOG_BY_ID.get('continuity')!;

export const continuity: ConstraintDef = {
  info,
  incremental({ m, state, weight }) {
    const online = m.problem.locations.map((l) => l.online === true);
    const perPair = new Map<number, number>();
    const distinct = new Int32Array(m.L);
    state.listeners.push({
      onChange(p, g, sign) {
        const loc = m.sLoc[m.gShift[g]!]!;
        if (online[loc]) return;
        const key = loc * m.P + p;
        const c = (perPair.get(key) ?? 0) + sign;
        if (c === 0) {
          perPair.delete(key);
          distinct[loc]!--;
        } else {
          if (c === 1 && sign > 0) distinct[loc]!++;
          perPair.set(key, c);
        }
      },
    });
    const stamp = new Int32Array(m.L);
    let tick = 0;
    return {
      id: info.id,
      local(scope, acc) {
        tick++;
        let sum = 0;
        if (scope.all) {
          for (let l = 0; l < m.L; l++) if (distinct[l]! > 1) sum += distinct[l]! - 1;
        } else {
          for (let i = 0; i < scope.chG.length; i++) {
            const l = m.sLoc[m.gShift[scope.chG[i]!]!]!;
            if (stamp[l] === tick) continue;
            stamp[l] = tick;
            if (distinct[l]! > 1) sum += distinct[l]! - 1;
          }
        }
        acc.soft += weight * sum;
      },
    };
  },
  check(view: CheckView, weight: number, out: Violation[]) {
    const { m, problem } = view;
    const bySite = new Map<string, Set<number>>();
    for (const it of view.items) {
      const siteId = problem.shifts[it.s]!.site;
      if (problem.locations[m.sLoc[it.s]!]?.online) continue;
      const set = bySite.get(siteId) ?? new Set<number>();
      set.add(it.p);
      bySite.set(siteId, set);
    }
    for (const [siteId, set] of bySite) {
      if (set.size <= 1) continue;
      const name = problem.locations.find((l) => l.id === siteId)?.name ?? siteId;
      out.push({ constraint: info.id, level: 'soft', amount: (set.size - 1) * weight,
        message: `${name} 本期由 ${set.size} 位不同人员值守` });
    }
  },
};
