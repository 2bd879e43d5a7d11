// Ruin and recreate for day-grid problems: empty a few people's days [a, b], then rebuild them one
// by one (random order) with the exact window DP, each seeing the cover the previous ones left.
// This finds coordinated changes (A gives up a shift, B takes it) that single moves cannot.
import type { Engine } from '../model/engine.js';
import type { Score } from '../problem.js';
import type { Rng } from '../random.js';
import type { WindowDp } from './dp.js';

export class RuinRecreate {
  private readonly log: number[] = []; // flat (p, g, sign) of committed changes, in order

  constructor(private readonly e: Engine, private readonly dp: WindowDp, private readonly rng: Rng) {}

  /** Applies (and commits) the move; returns its total delta. */
  run(persons: readonly number[], a: number, b: number, noise = 0): Score {
    const { e } = this;
    const m = e.m;
    this.log.length = 0;
    const total: Score = { hard: 0, medium: 0, soft: 0 };
    const step = () => {
      const d = e.evaluate();
      total.hard += d.hard; total.medium += d.medium; total.soft += d.soft;
      const { chP, chG, chSign } = e.scope;
      for (let i = 0; i < chP.length; i++) this.log.push(chP[i]!, chG[i]!, chSign[i]!);
      e.commit();
    };
    e.begin();
    let any = false;
    for (const p of persons) {
      for (let d = a; d <= b; d++) {
        const cell = e.state.cells[p * m.D + d];
        if (!cell) continue;
        for (const g of cell) {
          if (m.pinned.size > 0 && m.pinned.has(p * m.G + g)) continue;
          e.plan(p, g, -1);
          any = true;
        }
      }
      e.scope.touch(p, a, b);
    }
    if (any) step();
    const order = [...persons];
    for (let i = order.length - 1; i > 0; i--) {
      const j = this.rng.int(i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const p of order) {
      e.begin();
      if (this.dp.rebuild(p, a, b, false, null, noise)) step();
    }
    return total;
  }

  /** Undoes the last run (one engine move with the inverse changes). */
  revert(): void {
    const { e, log } = this;
    if (log.length === 0) return;
    e.begin();
    for (let i = log.length - 3; i >= 0; i -= 3) e.plan(log[i]!, log[i + 1]!, -log[i + 2]! as 1 | -1);
    e.evaluate();
    e.commit();
    log.length = 0;
  }
}
