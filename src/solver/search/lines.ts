// Whole roster lines (one seat group or -1 per day of the period) applied to the engine: the
// column-generation roster as one move, and the test that a priced line breaks none of its
// person's hard rules.
import type { Engine } from '../model/engine.js';
import type { Score } from '../problem.js';

/** Replaces every person's roster by their line (one engine move); returns the score delta. */
export function applyLines(e: Engine, lines: readonly Int32Array[]): Score {
  const m = e.m;
  e.begin();
  for (let p = 0; p < m.P; p++) {
    planLine(e, p, lines[p]!);
    e.scope.touch(p, 0, m.D - 1);
  }
  return e.evaluate();
}

function planLine(e: Engine, p: number, line: Int32Array): void {
  const m = e.m;
  for (let d = 0; d < m.D; d++) {
    const cell = e.state.cells[p * m.D + d];
    const g = line[d]!;
    if (cell) for (const h of cell) if (h !== g) e.plan(p, h, -1);
    if (g >= 0 && !(cell && cell.includes(g))) e.plan(p, g, 1);
  }
}

/** Whether p's line breaks none of p's hard rules (checked by the engine, then undone). */
export function lineFeasible(e: Engine, p: number, line: Int32Array, before: number): boolean {
  // Cover is soft here, so every hard unit is a person's own: p's current ones plus the delta.
  e.begin();
  planLine(e, p, line);
  e.scope.touch(p, 0, e.m.D - 1);
  const d = e.evaluate();
  e.rollback();
  return before + d.hard <= 1e-9;
}
