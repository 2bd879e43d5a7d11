// Independent full recomputation of a roster's score and violations, straight from the Problem
// and the assignment list (no incremental caches). `evaluate` is the public form: "would this
// edit break a hard rule?" The search's incremental score must always equal this one.
import { REGISTRY } from './constraints/registry.js';
import type { CheckItem, CheckView } from './constraints/types.js';
import { compile } from './model/compile.js';
import type { Model } from './model/model.js';
import type { Assignment, Problem, Score, Violation } from './problem.js';
import { tidyScore } from './score.js';

export interface Evaluation {
  score: Score;
  violations: Violation[];
}

export function buildView(m: Model, assignments: readonly Assignment[], bad: Violation[]): CheckView {
  const byPerson: CheckItem[][] = Array.from({ length: m.P }, () => []);
  const items: CheckItem[] = [];
  for (const a of assignments) {
    const p = m.personIndex.get(a.person);
    const s = m.shiftIndex.get(a.shift);
    const seat = a.seat ?? 0;
    if (p === undefined || s === undefined || seat < 0 || seat >= m.sGroupN[s]!) {
      bad.push({ constraint: 'invalid-assignment', level: 'hard', amount: 1, person: a.person, shift: a.shift,
        message: `无效的安排：人员 ${a.person} / 班次 ${a.shift} / 席位 ${seat} 不存在` });
      continue;
    }
    const it = { p, g: m.sGroup0[s]! + seat, s };
    items.push(it);
    byPerson[p]!.push(it);
  }
  for (const list of byPerson) list.sort((x, y) => m.sStart[x.s]! - m.sStart[y.s]! || x.g - y.g);
  return { problem: m.problem, m, byPerson, items };
}

export function checkModel(m: Model, assignments: readonly Assignment[]): Evaluation {
  const violations: Violation[] = [];
  const view = buildView(m, assignments, violations);
  for (const def of REGISTRY) {
    const w = m.weights.get(def.info.id) ?? def.info.defaultWeight;
    if (w === 0) continue;
    def.check(view, w, violations);
  }
  const score = { hard: 0, medium: 0, soft: 0 };
  for (const v of violations) score[v.level] += v.amount;
  return { score: tidyScore(score), violations };
}

/** Score and violations (with sentences) of any roster of the problem. */
export function evaluate(problem: Problem, assignments: readonly Assignment[]): Evaluation {
  return checkModel(compile(problem), assignments);
}
