// The incremental scorer: the state plus the active constraints. A move is planned as a list of
// changes; `evaluate` measures every constraint's local cost over the move's scope before and
// after applying it, so the delta is exact without a full recomputation; `rollback` undoes it.
import { REGISTRY } from '../constraints/registry.js';
import type { Incremental } from '../constraints/types.js';
import type { Score } from '../problem.js';
import type { Model } from './model.js';
import { Scope } from './scope.js';
import { State } from './state.js';

export class Engine {
  readonly m: Model;
  readonly state: State;
  readonly incs: Incremental[] = [];
  readonly scope: Scope;
  /** Current total score (kept in step by commit). */
  readonly score: Score = { hard: 0, medium: 0, soft: 0 };
  /** Delta of the last evaluate. */
  readonly delta: Score = { hard: 0, medium: 0, soft: 0 };
  private readonly acc: Score = { hard: 0, medium: 0, soft: 0 };
  private applied = false;

  constructor(m: Model) {
    this.m = m;
    this.state = new State(m);
    this.scope = new Scope(m);
    for (const def of REGISTRY) {
      const w = m.weights.get(def.info.id) ?? def.info.defaultWeight;
      if (w === 0) continue;
      const inc = def.incremental({ m, state: this.state, weight: w });
      if (inc) this.incs.push(inc);
    }
  }

  /** Full score from the caches (every constraint over the whole roster). */
  total(): Score {
    this.scope.setAll();
    const s = { hard: 0, medium: 0, soft: 0 };
    for (const inc of this.incs) inc.local(this.scope, s);
    this.scope.reset();
    return s;
  }

  /** Sets `score` from a full evaluation (after bulk loading). */
  recompute(): void {
    const t = this.total();
    this.score.hard = t.hard;
    this.score.medium = t.medium;
    this.score.soft = t.soft;
  }

  /** Starts planning a move. */
  begin(): void {
    this.scope.reset();
    this.applied = false;
  }

  plan(p: number, g: number, sign: 1 | -1): void {
    this.scope.change(p, g, sign);
  }

  /** Applies the planned changes and returns the exact delta (also in `this.delta`). */
  evaluate(): Score {
    const acc = this.acc;
    acc.hard = 0; acc.medium = 0; acc.soft = 0;
    for (const inc of this.incs) inc.local(this.scope, acc);
    const bh = acc.hard, bm = acc.medium, bs = acc.soft;
    this.apply(1);
    acc.hard = 0; acc.medium = 0; acc.soft = 0;
    for (const inc of this.incs) inc.local(this.scope, acc);
    this.delta.hard = acc.hard - bh;
    this.delta.medium = acc.medium - bm;
    this.delta.soft = acc.soft - bs;
    return this.delta;
  }

  /** Like evaluate, with the delta split per constraint id (for explanations, not the hot path). */
  evaluateByConstraint(): Map<string, Score> {
    const before = this.incs.map((inc) => {
      const a = { hard: 0, medium: 0, soft: 0 };
      inc.local(this.scope, a);
      return a;
    });
    this.apply(1);
    const out = new Map<string, Score>();
    let h = 0, md = 0, sf = 0;
    this.incs.forEach((inc, i) => {
      const a = { hard: 0, medium: 0, soft: 0 };
      inc.local(this.scope, a);
      const b = before[i]!;
      const d = { hard: a.hard - b.hard, medium: a.medium - b.medium, soft: a.soft - b.soft };
      h += d.hard; md += d.medium; sf += d.soft;
      if (d.hard !== 0 || d.medium !== 0 || d.soft !== 0) out.set(inc.id, d);
    });
    this.delta.hard = h;
    this.delta.medium = md;
    this.delta.soft = sf;
    return out;
  }

  commit(): void {
    this.score.hard += this.delta.hard;
    this.score.medium += this.delta.medium;
    this.score.soft += this.delta.soft;
    this.applied = false;
  }

  rollback(): void {
    if (this.applied) this.apply(-1);
  }

  private apply(dir: 1 | -1): void {
    const { chP, chG, chSign } = this.scope;
    const n = chP.length;
    if (dir === 1) {
      for (let i = 0; i < n; i++) {
        if (chSign[i] === 1) this.state.add(chP[i]!, chG[i]!);
        else this.state.remove(chP[i]!, chG[i]!);
      }
      this.applied = true;
    } else {
      for (let i = n - 1; i >= 0; i--) {
        if (chSign[i] === 1) this.state.remove(chP[i]!, chG[i]!);
        else this.state.add(chP[i]!, chG[i]!);
      }
      this.applied = false;
    }
  }
}
