// The contract every constraint module fulfils: catalogue info, an incremental evaluator over the
// search state (local cost of a change scope, before and after a move), and an independent full
// check that lists violations with Chinese sentences.
import type { Model } from '../model/model.js';
import type { Scope } from '../model/scope.js';
import type { State } from '../model/state.js';
import type { Problem, Score, Violation } from '../problem.js';
import type { ConstraintInfo } from './catalog.js';

/** Accumulator of weighted costs per level (mutated in place). */
export type Acc = Score;

export interface Incremental {
  readonly id: string;
  /** Adds this constraint's weighted cost over everything the scope can affect. The same scope
   * evaluated before and after a move gives the move's exact delta. */
  local(scope: Scope, acc: Acc): void;
}

export interface IncContext {
  m: Model;
  state: State;
  weight: number;
}

/** One assignment as the full check sees it. */
export interface CheckItem {
  p: number;
  g: number;
  s: number;
}

export interface CheckView {
  problem: Problem;
  m: Model;
  /** Assignments per person, sorted by shift start. */
  byPerson: CheckItem[][];
  /** All assignments in input order. */
  items: CheckItem[];
}

export interface ConstraintDef {
  info: ConstraintInfo;
  /** Null when the problem gives the constraint nothing to do. */
  incremental(ctx: IncContext): Incremental | null;
  check(view: CheckView, weight: number, out: Violation[]): void;
}
