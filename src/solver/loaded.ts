// An engine loaded with a given roster (for explanations and candidate ranking).
import { compile } from './model/compile.js';
import { Engine } from './model/engine.js';
import type { Model } from './model/model.js';
import type { Assignment, Problem } from './problem.js';
import { load } from './search/construct.js';

export function loadedEngine(problem: Problem | Model, assignments: readonly Assignment[]): Engine {
  const m = 'problem' in problem && 'gShift' in problem ? problem : compile(problem as Problem);
  const e = new Engine(m);
  const pairs: Array<[number, number]> = [];
  for (const a of assignments) {
    const p = m.personIndex.get(a.person);
    const s = m.shiftIndex.get(a.shift);
    const seat = a.seat ?? 0;
    if (p === undefined || s === undefined || seat < 0 || seat >= m.sGroupN[s]!) continue;
    pairs.push([p, m.sGroup0[s]! + seat]);
  }
  load(e, pairs);
  e.recompute();
  return e;
}
