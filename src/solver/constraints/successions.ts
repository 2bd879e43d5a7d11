// Hard: forbidden successions — a shift with tag A on day d forbids a shift with tag B on day
// d+1 for the same person (problem-wide rules and the person's own). Counted per pair of shifts.
import type { Model } from '../model/model.js';
import type { Violation } from '../problem.js';
import { dayLabel, terms, who } from '../sentences.js';
import { CATALOG_BY_ID } from './catalog.js';
import type { CheckView, ConstraintDef } from './types.js';

const info = CATALOG_BY_ID.get('successions')!;

function forbidden(m: Model, p: number, sa: number, sb: number): boolean {
  const k = m.sSig[sa]! * m.nSig + m.sSig[sb]!;
  if (m.succ[k]) return true;
  const own = m.pSucc[p];
  return own !== null && own !== undefined && own[k] === 1;
}

export const successions: ConstraintDef = {
  info,
  incremental({ m, state, weight }) {
    if (!m.succ.some((x) => x === 1) && !m.pSucc.some((x) => x !== null)) return null;
    const D = m.D;
    return {
      id: info.id,
      local(scope, acc) {
        let n = 0;
        for (let i = 0; i < scope.persons.length; i++) {
          const p = scope.persons[i]!;
          const base = p * D;
          const lo = Math.max(0, scope.lo[i]! - 1);
          const hi = Math.min(D - 2, scope.hi[i]!);
          for (let d = lo; d <= hi; d++) {
            const a = state.cells[base + d];
            if (!a) continue;
            const b = state.cells[base + d + 1];
            if (!b) continue;
            for (let x = 0; x < a.length; x++) {
              const sa = m.gShift[a[x]!]!;
              for (let y = 0; y < b.length; y++) if (forbidden(m, p, sa, m.gShift[b[y]!]!)) n++;
            }
          }
        }
        acc.hard += weight * n;
      },
    };
  },
  check(view: CheckView, weight: number, out: Violation[]) {
    const { m, problem } = view;
    const rules = problem.successions ?? [];
    view.byPerson.forEach((list, p) => {
      const own = problem.people[p]!.successions ?? [];
      for (const a of list) {
        const ta = problem.shifts[a.s]!.tags ?? [];
        for (const b of list) {
          if (m.sDay[b.s] !== m.sDay[a.s]! + 1) continue;
          const tb = problem.shifts[b.s]!.tags ?? [];
          const rule = [...rules, ...own].find((r) => ta.includes(r.from) && tb.includes(r.to));
          if (!rule) continue;
          const na = problem.shifts[a.s]!.name ?? problem.shifts[a.s]!.id;
          const nb = problem.shifts[b.s]!.name ?? problem.shifts[b.s]!.id;
          out.push({
            constraint: info.id, level: info.level, amount: weight, person: problem.people[p]!.id,
            shift: problem.shifts[b.s]!.id, day: m.sDay[b.s]!,
            message: `${who(m, p)} ${dayLabel(m, m.sDay[a.s]!)} 上${na}（${terms(m, 'tags', [rule.from])}）后，次日 ${dayLabel(m, m.sDay[b.s]!)} 不能上${nb}（${terms(m, 'tags', [rule.to])}）`,
          });
        }
      }
    });
  },
};
