// Soft: wishes for and against work, by day, tag, shift or site, each with its weight. A wish
// against costs its weight per matching assignment; a wish for costs it when nothing matches.
import type { CWish, Model } from '../model/model.js';
import type { Violation } from '../problem.js';
import { dayLabel, shiftText, who } from '../sentences.js';
import { CATALOG_BY_ID } from './catalog.js';
import type { CheckView, ConstraintDef } from './types.js';

const info = CATALOG_BY_ID.get('wishes')!;

export function wishMatches(m: Model, w: CWish, s: number): boolean {
  if (w.day >= 0 && m.sDay[s] !== w.day) return false;
  if (w.tag !== -1 && !m.sTags[s]!.includes(w.tag)) return false;
  if (w.shift !== -1 && w.shift !== s) return false;
  if (w.site !== -1 && w.site !== m.sLoc[s]) return false;
  return true;
}

/** Cost of one wish given the shifts it can match (the person's cell of its day, or all). */
function wishCost(m: Model, w: CWish, groups: readonly number[]): number {
  let n = 0;
  for (let k = 0; k < groups.length; k++) if (wishMatches(m, w, m.gShift[groups[k]!]!)) n++;
  return w.want ? (n === 0 ? w.weight : 0) : n * w.weight;
}

const EMPTY: number[] = [];

export const wishes: ConstraintDef = {
  info,
  incremental({ m, state, weight }) {
    if (m.pWishDay.size === 0 && !m.pWishAny.some((x) => x.length > 0)) return null;
    const D = m.D;
    const all: number[] = [];
    return {
      id: info.id,
      local(scope, acc) {
        let sum = 0;
        for (let i = 0; i < scope.persons.length; i++) {
          const p = scope.persons[i]!;
          for (let d = scope.lo[i]!; d <= scope.hi[i]!; d++) {
            const list = m.pWishDay.get(p * D + d);
            if (!list) continue;
            const cell = state.cells[p * D + d] ?? EMPTY;
            for (let k = 0; k < list.length; k++) sum += wishCost(m, list[k]!, cell);
          }
          const any = m.pWishAny[p]!;
          if (any.length === 0) continue;
          all.length = 0;
          for (let d = 0; d < D; d++) {
            const cell = state.cells[p * D + d];
            if (cell) for (const g of cell) all.push(g);
          }
          for (const w of any) sum += wishCost(m, w, all);
        }
        acc.soft += weight * sum;
      },
    };
  },
  check(view: CheckView, weight: number, out: Violation[]) {
    const { m, problem } = view;
    problem.people.forEach((person, p) => {
      (person.wishes ?? []).forEach((w) => {
        if (w.weight * weight === 0) return;
        const matches = view.byPerson[p]!.filter((it) => {
          const sh = problem.shifts[it.s]!;
          return (w.day === undefined || sh.day === w.day) && (w.tag === undefined || (sh.tags ?? []).includes(w.tag))
            && (w.shift === undefined || sh.id === w.shift) && (w.site === undefined || sh.site === w.site);
        });
        const what = [w.tag ? `「${w.tag}」班` : '', w.site ? `在${problem.locations.find((l) => l.id === w.site)?.name ?? w.site}` : '',
          w.shift ? problem.shifts.find((s) => s.id === w.shift)?.name ?? w.shift : ''].filter(Boolean).join('') || '值班';
        const when = w.day === undefined ? '本期' : dayLabel(m, w.day);
        if (w.want && matches.length === 0) {
          out.push({ constraint: info.id, level: 'soft', amount: w.weight * weight, person: person.id,
            ...(w.day === undefined ? {} : { day: w.day }), message: `${who(m, p)} 希望 ${when} ${what}，未安排` });
        }
        if (!w.want) {
          for (const it of matches) {
            out.push({ constraint: info.id, level: 'soft', amount: w.weight * weight, person: person.id,
              shift: problem.shifts[it.s]!.id, day: m.sDay[it.s]!, message: `${who(m, p)} 不希望 ${when} ${what}，却被安排 ${shiftText(m, it.s)}` });
          }
        }
      });
    });
  },
};
