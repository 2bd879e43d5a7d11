// Lexicographic scores (hard, medium, soft): helpers to build, add and compare them.
import type { Level, Score } from './problem.js';

export const ZERO: Score = Object.freeze({ hard: 0, medium: 0, soft: 0 });

export function score(hard = 0, medium = 0, soft = 0): Score {
  return { hard, medium, soft };
}

export function addScore(a: Score, b: Score): Score {
  return { hard: a.hard + b.hard, medium: a.medium + b.medium, soft: a.soft + b.soft };
}

export function addAt(s: Score, level: Level, amount: number): void {
  s[level] += amount;
}

/** Negative when a is better than b. Values within `eps` count as equal (float sums). */
export function compareScore(a: Score, b: Score, eps = 1e-6): number {
  if (Math.abs(a.hard - b.hard) > eps) return a.hard - b.hard;
  if (Math.abs(a.medium - b.medium) > eps) return a.medium - b.medium;
  if (Math.abs(a.soft - b.soft) > eps) return a.soft - b.soft;
  return 0;
}

export function isFeasible(s: Score, eps = 1e-6): boolean {
  return s.hard <= eps;
}

/** Rounds float noise away (sums of weights that are fractions in binary). */
export function tidyScore(s: Score): Score {
  const r = (x: number) => Math.round(x * 1e6) / 1e6;
  return { hard: r(s.hard), medium: r(s.medium), soft: r(s.soft) };
}

export function formatScore(s: Score): string {
  return `${s.hard}hard/${s.medium}medium/${s.soft}soft`;
}
