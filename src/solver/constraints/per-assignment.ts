// Soft per-assignment costs: the seat's preferred local language, and travel from home base.
import type { Model } from '../model/model.js';
import type { Violation } from '../problem.js';
import { shiftText, terms, who } from '../sentences.js';
import { CATALOG_BY_ID } from './catalog.js';
import type { CheckView, ConstraintDef } from './types.js';
import { unaryLocal } from './unary.js';

const langInfo = CATALOG_BY_ID.get('preferred-language')!;
const travelInfo = CATALOG_BY_ID.get('travel')!;

function lacksPreferred(m: Model, p: number, g: number): boolean {
  const pref = m.gPreferred[g];
  if (!pref) return false;
  const langs = m.pLangs[p]!;
  for (let i = 0; i < pref.length; i++) if (langs.has(pref[i]!)) return false;
  return true;
}

export function homeTravel(m: Model, p: number, s: number): number {
  const h = m.pHome[p]!;
  return h < 0 ? 0 : m.travel.minutes(h, m.sLoc[s]!);
}

export const preferredLanguage: ConstraintDef = {
  info: langInfo,
  incremental({ m, state, weight }) {
    if (!m.gPreferred.some((x) => x !== null)) return null;
    return {
      id: langInfo.id,
      local(scope, acc) {
        acc.soft += weight * unaryLocal(state, scope, (p, g) => (lacksPreferred(m, p, g) ? 1 : 0));
      },
    };
  },
  check(view: CheckView, weight: number, out: Violation[]) {
    const { m, problem } = view;
    for (const it of view.items) {
      const seat = problem.shifts[it.s]!.seats[m.gSeat[it.g]!]!;
      const pref = seat.preferredLanguages ?? [];
      if (pref.length === 0 || pref.some((l) => (problem.people[it.p]!.languages ?? []).includes(l))) continue;
      out.push({ constraint: langInfo.id, level: 'soft', amount: weight, person: problem.people[it.p]!.id,
        shift: problem.shifts[it.s]!.id, day: m.sDay[it.s]!,
        message: `${shiftText(m, it.s)} 宜安排会${terms(m, 'languages', pref, '或')}的人员，${who(m, it.p)} 不会` });
    }
  },
};

export const travel: ConstraintDef = {
  info: travelInfo,
  incremental({ m, state, weight }) {
    if (!m.pHome.some((h) => h >= 0)) return null;
    return {
      id: travelInfo.id,
      local(scope, acc) {
        acc.soft += weight * unaryLocal(state, scope, (p, g) => homeTravel(m, p, m.gShift[g]!));
      },
    };
  },
  check(view: CheckView, weight: number, out: Violation[]) {
    const { m, problem } = view;
    for (const it of view.items) {
      const minutes = homeTravel(m, it.p, it.s);
      if (minutes === 0) continue;
      out.push({ constraint: travelInfo.id, level: 'soft', amount: minutes * weight, person: problem.people[it.p]!.id,
        shift: problem.shifts[it.s]!.id, day: m.sDay[it.s]!,
        message: `${who(m, it.p)} 从住地到 ${shiftText(m, it.s)} 路程约 ${minutes} 分钟` });
    }
  },
};
