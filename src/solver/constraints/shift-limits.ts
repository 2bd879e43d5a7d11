// Hard (with optional soft band): per-person bounds on the number of shifts (optionally of a tag
// or on weekend/holiday days) and on minutes worked, per period, per week or per day range.
// Minutes are charged per started minutesUnit (the median shift length) outside a hard bound and
// per hour (fractional) outside a soft band.
import type { Counter, Model } from '../model/model.js';
import type { Score, Violation } from '../problem.js';
import { dayLabel, terms, who } from '../sentences.js';
import { CATALOG_BY_ID } from './catalog.js';
import type { CheckView, ConstraintDef } from './types.js';

const info = CATALOG_BY_ID.get('shift-limits')!;

export function counterMatches(m: Model, c: Counter, s: number): boolean {
  const d = m.sDay[s]!;
  if (d < c.from || d > c.to) return false;
  if (c.tag !== -1 && !m.sTags[s]!.includes(c.tag)) return false;
  if (c.dayKind === 1 && !m.dayWeekend[d]) return false;
  if (c.dayKind === 2 && !m.dayHoliday[d]) return false;
  if (c.dayKind === 3 && !m.dayWeekend[d] && !m.dayHoliday[d]) return false;
  return true;
}

/** Adds the weighted cost of value v (a count, or minutes) of counter c. */
export function counterCost(c: Counter, v: number, weight: number, acc: Score, unit: number): void {
  const b = c.bound;
  if (c.minutes) {
    let hard = 0, soft = 0;
    if (v > b.hardMax) hard += Math.ceil((v - b.hardMax) / unit);
    if (v < b.hardMin) hard += Math.ceil((b.hardMin - v) / unit);
    if (v > b.softMax) soft += (v - b.softMax) / 60;
    if (v < b.softMin) soft += (b.softMin - v) / 60;
    acc.hard += weight * hard;
    acc.soft += weight * soft * b.weight;
    return;
  }
  let hard = 0, soft = 0;
  if (v > b.hardMax) hard += v - b.hardMax;
  if (v < b.hardMin) hard += b.hardMin - v;
  if (v > b.softMax) soft += v - b.softMax;
  if (v < b.softMin) soft += b.softMin - v;
  acc.hard += weight * hard;
  acc.soft += weight * soft * b.weight;
}

function windowText(m: Model, c: Counter): string {
  const lim = m.problem.people[c.person]!.limits![c.limit]!;
  if (lim.window === 'week') return `${dayLabel(m, c.from)} 起的一周`;
  if (lim.window === undefined || lim.window === 'period') return '本期';
  return `${dayLabel(m, c.from)} 至 ${dayLabel(m, c.to)}`;
}

export const shiftLimits: ConstraintDef = {
  info,
  incremental({ m, state, weight }) {
    if (m.counters.length === 0) return null;
    const counts = new Float64Array(m.counters.length);
    state.listeners.push({
      onChange(p, g, sign) {
        const list = m.pCounters[p]!;
        if (list.length === 0) return;
        const s = m.gShift[g]!;
        for (let i = 0; i < list.length; i++) {
          const c = m.counters[list[i]!]!;
          if (counterMatches(m, c, s)) counts[list[i]!]! += sign * (c.minutes ? m.sEnd[s]! - m.sStart[s]! : 1);
        }
      },
    });
    return {
      id: info.id,
      local(scope, acc) {
        for (let i = 0; i < scope.persons.length; i++) {
          const list = m.pCounters[scope.persons[i]!]!;
          for (let k = 0; k < list.length; k++) counterCost(m.counters[list[k]!]!, counts[list[k]!]!, weight, acc, m.minutesUnit);
        }
      },
    };
  },
  check(view: CheckView, weight: number, out: Violation[]) {
    const { m, problem } = view;
    for (const c of m.counters) {
      let v = 0;
      for (const it of view.byPerson[c.person]!) {
        if (counterMatches(m, c, it.s)) v += c.minutes ? m.sEnd[it.s]! - m.sStart[it.s]! : 1;
      }
      const acc = { hard: 0, medium: 0, soft: 0 };
      counterCost(c, v, weight, acc, m.minutesUnit);
      if (acc.hard === 0 && acc.soft === 0) continue;
      const lim = problem.people[c.person]!.limits![c.limit]!;
      const what = c.minutes
        ? `工时 ${Math.round((v / 60) * 10) / 10} 小时（界限 ${fmtRange(c.bound.hardMin / 60, c.bound.hardMax / 60)} 小时）`
        : `${lim.tag ? `「${terms(m, 'tags', [lim.tag])}」` : ''}班次 ${v} 次（界限 ${fmtRange(c.bound.hardMin, c.bound.hardMax)} 次）`;
      const text = `${who(m, c.person)} ${windowText(m, c)}${what}`;
      if (acc.hard > 0) out.push({ constraint: info.id, level: 'hard', amount: acc.hard, person: problem.people[c.person]!.id, message: text });
      if (acc.soft > 0) out.push({ constraint: info.id, level: 'soft', amount: acc.soft, person: problem.people[c.person]!.id, message: `${text}，超出建议范围 ${fmtRange(c.bound.softMin / (c.minutes ? 60 : 1), c.bound.softMax / (c.minutes ? 60 : 1))}` });
    }
  },
};

function fmtRange(lo: number, hi: number): string {
  const f = (x: number) => (Number.isFinite(x) ? String(Math.round(x * 10) / 10) : '');
  return `${f(lo)}–${f(hi)}`;
}
