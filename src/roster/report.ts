// The roster report kept with a draft: score by level and by constraint, and every violation's
// sentence (hard and medium first), as the explain endpoint serves it.
import type { Score, Violation } from '../solver/problem.js';

export interface RosterReport {
  score: Score;
  byConstraint: { constraint: string; level: string; count: number; amount: number }[];
  violations: Violation[];
}

export function buildReport(score: Score, violations: readonly Violation[]): RosterReport {
  const totals = new Map<string, { constraint: string; level: string; count: number; amount: number }>();
  for (const v of violations) {
    const key = `${v.level}:${v.constraint}`;
    const t = totals.get(key) ?? { constraint: v.constraint, level: v.level, count: 0, amount: 0 };
    t.count += 1;
    t.amount = Math.round((t.amount + v.amount) * 1000) / 1000;
    totals.set(key, t);
  }
  const order = { hard: 0, medium: 1, soft: 2 } as Record<string, number>;
  const byLevel = (a: { level: string }, b: { level: string }) => (order[a.level] ?? 3) - (order[b.level] ?? 3);
  return {
    score,
    byConstraint: [...totals.values()].sort((a, b) => byLevel(a, b) || b.amount - a.amount),
    violations: [...violations].sort(byLevel),
  };
}
