// The scalar the search minimises: hard × hardWeight + medium × mediumWeight + soft. The hard
// weight adapts (strategic oscillation); the best roster is still chosen lexicographically.
import type { Score } from '../problem.js';

export interface Weights {
  hard: number;
  medium: number;
  /** Lower bound for the adaptive hard weight. */
  hardMin: number;
}

export function scalar(s: Score, w: Weights): number {
  return s.hard * w.hard + s.medium * w.medium + s.soft;
}

export function initialWeights(coverSoft: boolean): Weights {
  // Under-cover is soft in the benchmark (100 per person): a hard unit starts near its price.
  // Otherwise the medium level must dominate every soft term of one move.
  return coverSoft ? { hard: 200, medium: 1, hardMin: 100 } : { hard: 1e6, medium: 1e3, hardMin: 1e5 };
}
