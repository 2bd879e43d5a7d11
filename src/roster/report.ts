// The roster report kept with a draft: score by level and by constraint, every violation's
// sentence (hard and medium first), and each unfilled seat with why — as the explain and unfilled
// endpoints serve it. Built from the solver's own explain().
import type { Explanation, UnfilledSeat } from '../solver/explain.js';
import type { Score, Violation } from '../solver/problem.js';

export interface RosterReport {
  score: Score;
  byConstraint: { constraint: string; name: string; level: string; count: number; amount: number }[];
  violations: Violation[];
  unfilled: UnfilledSeat[];
}

const ORDER: Record<string, number> = { hard: 0, medium: 1, soft: 2 };

export function buildReport(x: Explanation): RosterReport {
  const byLevel = (a: { level: string }, b: { level: string }) => (ORDER[a.level] ?? 3) - (ORDER[b.level] ?? 3);
  return {
    score: x.score,
    byConstraint: x.totals
      .map((t) => ({ constraint: t.constraint, name: t.name, level: t.level, count: t.count, amount: Math.round(t.amount * 1000) / 1000 }))
      .sort((a, b) => byLevel(a, b) || b.amount - a.amount),
    violations: [...x.violations].sort(byLevel),
    unfilled: x.unfilled,
  };
}
