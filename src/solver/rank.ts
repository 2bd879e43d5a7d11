// rankCandidates: who could take a given seat now (a sick call at 7 a.m.), ranked by how the
// roster's score would change, with the hard rules each would break and the soft costs incurred.
import { loadedEngine } from './loaded.js';
import type { Assignment, Level, Problem, Score } from './problem.js';
import { hardReason } from './reasons.js';
import { compareScore } from './score.js';

export interface RankedCandidate {
  person: string;
  name: string;
  /** Score change if this person takes the seat (in addition to the current roster). */
  delta: Score;
  /** True when no hard rule would break. */
  feasible: boolean;
  hardReasons: Array<{ constraint: string; reason: string }>;
  penalties: Array<{ constraint: string; level: Level; amount: number }>;
}

export interface RankOptions {
  /** Remove this person from the seat first (the one calling in sick). */
  replace?: string;
  /** Return at most this many (default all). */
  limit?: number;
}


export function rankCandidates(problem: Problem, assignments: readonly Assignment[], shiftId: string, seat = 0,
  options: RankOptions = {}): RankedCandidate[] {
  const kept = options.replace === undefined ? assignments
    : assignments.filter((a) => !(a.person === options.replace && a.shift === shiftId && (a.seat ?? 0) === seat));
  const e = loadedEngine(problem, kept);
  const m = e.m;
  const s = m.shiftIndex.get(shiftId);
  if (s === undefined || seat < 0 || seat >= m.sGroupN[s]!) return [];
  const g = m.sGroup0[s]! + seat;
  const out: RankedCandidate[] = [];
  for (let p = 0; p < m.P; p++) {
    if (e.state.has(p, g)) continue;
    const person = problem.people[p]!;
    if (options.replace === person.id) continue;
    e.begin();
    e.plan(p, g, 1);
    const by = e.evaluateByConstraint();
    const delta = { ...e.delta };
    e.rollback();
    const hardReasons: RankedCandidate['hardReasons'] = [];
    const penalties: RankedCandidate['penalties'] = [];
    for (const [id, d] of by) {
      if (d.hard > 1e-9) {
        hardReasons.push({ constraint: id, reason: hardReason(m, p, g, id) });
      }
      if (Math.abs(d.medium) > 1e-9) penalties.push({ constraint: id, level: 'medium', amount: d.medium });
      if (Math.abs(d.soft) > 1e-9) penalties.push({ constraint: id, level: 'soft', amount: d.soft });
    }
    out.push({ person: person.id, name: person.name, delta, feasible: delta.hard <= 1e-9 && hardReasons.length === 0, hardReasons, penalties });
  }
  out.sort((a, b) => Number(b.feasible) - Number(a.feasible) || compareScore(a.delta, b.delta) || a.person.localeCompare(b.person));
  return options.limit === undefined ? out : out.slice(0, options.limit);
}
