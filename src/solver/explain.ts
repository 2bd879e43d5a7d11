// explain: per-constraint totals, every violation's sentence, and for every unfilled seat the
// people who could take it and, for the others, the first hard rule that rules each out,
// aggregated ("37 人缺技能 劳动，12 人请假，4 人时间冲突（含路程）").
import { checkModel } from './check.js';
import { CATALOG } from './constraints/catalog.js';
import { loadedEngine } from './loaded.js';
import type { Assignment, Level, Problem, Score, Violation } from './problem.js';
import { firstHardReason, hardReason, qualificationReason } from './reasons.js';

export interface ConstraintTotal {
  constraint: string;
  name: string;
  level: Level;
  amount: number;
  count: number;
}

export interface UnfilledSeat {
  /** Shift ids of the seat (one, or the alternatives of a flexible duty). */
  shifts: string[];
  seat: number;
  name: string;
  missing: number;
  /** People who could take it without breaking a hard rule. */
  available: string[];
  reasons: Array<{ constraint: string; reason: string; count: number; people: string[] }>;
  /** e.g. "37 人缺技能 劳动，12 人请假，4 人时间冲突（含路程）". */
  summary: string;
}

export interface Explanation {
  score: Score;
  totals: ConstraintTotal[];
  violations: Violation[];
  unfilled: UnfilledSeat[];
}

/** Alternatives tried per flexible duty (keeps province-scale explanations fast). */
const MAX_ALTERNATIVES = 8;

export function explain(problem: Problem, solution: { assignments: readonly Assignment[] }): Explanation {
  const e = loadedEngine(problem, solution.assignments);
  const m = e.m;
  const { score, violations } = checkModel(m, solution.assignments);
  const totals: ConstraintTotal[] = [];
  for (const c of CATALOG) {
    for (const level of ['hard', 'medium', 'soft'] as const) {
      const vs = violations.filter((v) => v.constraint === c.id && v.level === level);
      if (vs.length === 0) continue;
      totals.push({ constraint: c.id, name: c.name, level, amount: vs.reduce((a, v) => a + v.amount, 0), count: vs.length });
    }
  }
  const unfilled: UnfilledSeat[] = [];
  for (let d = 0; d < m.nDemand; d++) {
    const missing = m.dCount[d]! - e.state.demandN[d]!;
    if (missing <= 0 || m.dUnder[d]! === 0) continue;
    const groups = [...m.dGroups[d]!].slice(0, MAX_ALTERNATIVES);
    const available: string[] = [];
    const reasons = new Map<string, { constraint: string; reason: string; count: number; people: string[] }>();
    for (let p = 0; p < m.P; p++) {
      let why: { constraint: string; reason: string } | null = null;
      let ok = false;
      for (const g of groups) {
        if (e.state.has(p, g)) { why = { constraint: 'already', reason: '已在此岗位' }; break; }
        if (!m.qualMask[m.gQual[g]!]![p]) {
          why ??= { constraint: 'qualification', reason: qualificationReason(m, p, g) ?? '资格不符' };
          continue;
        }
        const allowed = m.gAllowed[g];
        if (allowed && !allowed.has(p)) {
          if (!why || why.constraint === 'qualification') why = { constraint: 'appointee', reason: hardReason(m, p, g, 'appointee') };
          continue;
        }
        e.begin();
        e.plan(p, g, 1);
        const by = e.evaluateByConstraint();
        e.rollback();
        const r = firstHardReason(m, p, g, by);
        if (!r) { ok = true; break; }
        if (!why || why.constraint === 'qualification') why = r;
      }
      const id = problem.people[p]!.id;
      if (ok) { available.push(id); continue; }
      if (!why) continue;
      const key = `${why.constraint}\u0000${why.reason}`;
      const entry = reasons.get(key) ?? { ...why, count: 0, people: [] };
      entry.count++;
      if (entry.people.length < 5) entry.people.push(id);
      reasons.set(key, entry);
    }
    const list = [...reasons.values()].sort((a, b) => b.count - a.count);
    const parts = list.map((r) => `${r.count} 人${r.reason}`);
    if (available.length > 0) parts.unshift(`${available.length} 人可以担任`);
    unfilled.push({
      shifts: groups.map((g) => problem.shifts[m.gShift[g]!]!.id), seat: m.gSeat[groups[0]!]!, name: m.dName[d]!,
      missing, available, reasons: list, summary: parts.join('，'),
    });
  }
  return { score, totals, violations, unfilled };
}
