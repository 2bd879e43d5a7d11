// Local search: simulated annealing over assign / unassign / day-swap / block-swap / flexible-move
// neighbourhoods with exact incremental deltas, an adaptive hard weight, and the best roster kept
// lexicographically (snapshotted lazily, only when the search leaves it).
import type { Engine } from '../model/engine.js';
import type { Score } from '../problem.js';
import type { Rng } from '../random.js';
import { compareScore } from '../score.js';
import { moveAssign, moveFlex, moveShiftDay, moveSwapDays, moveUnassign, pickCandidate, shortGroup, type MoveContext } from './moves.js';
import { isDayGrid } from './dp-context.js';
import { WindowDp } from './dp.js';
import { DayMatch, dayMatchApplies } from './day-match.js';
import { RuinRecreate } from './ruin.js';
import { snapshot } from './snapshot.js';
import { scalar, type Weights } from './weights.js';

export interface AnnealOptions {
  rng: Rng;
  weights: Weights;
  /** Fraction of the budget used so far, in [0, 1]; ≥ 1 ends the search. */
  progress(iterations: number): number;
  shouldStop(): boolean;
  onBest(score: Score, iterations: number): void;
  onFeasible(iterations: number): void;
  t0: number;
  t1: number;
  adaptHard?: boolean;
  /** Probability per iteration of a window rebuild by dynamic programming (day-grid problems). */
  pDp?: number;
  dpMaxLen?: number;
  /** Probability per iteration of a ruin-and-recreate of a few people (day-grid problems). */
  pRuin?: number;
  ruinPeople?: number;
  /** Width of the random term added to rebuild costs (0 = exact marginals only). */
  dpNoise?: number;
  /** Share of ruins aimed at a seat left short (the rest pick people and window at random). */
  ruinAim?: number;
  /** Share of window rebuilds aimed at a seat left short (someone qualified, a window over its day). */
  dpAim?: number;
  /** Number of cooling cycles over the budget (default 1). */
  cycles?: number;
  /** Probability per iteration of a day re-matching (day-match.ts); default dayRate × seat groups a day. */
  pDay?: number;
}

/** Defaults measured on the Curtois instances (bench figures in the report): a window rebuild
 * every ~200 iterations, a ruin-and-recreate of 2–4 people every ~500, rebuild noise of 60 (about
 * half an uncovered seat in that benchmark's units), a day re-matching every ~550 iterations on
 * Curtois 13 (18 seat groups a day) and every ~1,400 on 15 (7). */
export const DEFAULTS = { dayRate: 0.0001, pDp: 0.005, pRuin: 0.002, ruinPeople: 4, dpNoise: 60, ruinAim: 0.5, dpAim: 0.5 };

export interface AnnealResult {
  best: Int32Array;
  bestScore: Score;
  iterations: number;
  stopped: boolean;
}

export function anneal(e: Engine, o: AnnealOptions): AnnealResult {
  const m = e.m;
  const { rng, weights: w } = o;
  const flex: number[] = [];
  for (let d = 0; d < m.nDemand; d++) if (m.dGroups[d]!.length > 1) flex.push(d);
  const c: MoveContext = { e, m, rng, flexDemands: Int32Array.from(flex), bufA: [], bufB: [] };
  const bestScore: Score = { ...e.score };
  let best = snapshot(e);
  let pending = false;
  let atBest = true;
  let T = o.t0;
  let it = 0;
  let stopped = false;
  let feasibleSeen = e.score.hard <= 1e-9;
  const G = m.G, P = m.P, D = m.D;
  if (G === 0 || P === 0) return { best, bestScore, iterations: 0, stopped };
  const pFlex = flex.length > 0 ? 0.1 : 0;
  const logRatio = Math.log(o.t1 / o.t0);
  const dp = isDayGrid(m) ? new WindowDp(e, w, rng) : null;
  const pDp = dp ? o.pDp ?? DEFAULTS.pDp : 0;
  const dpMax = Math.min(D, o.dpMaxLen ?? 28);
  const ruin = dp ? new RuinRecreate(e, dp, rng) : null;
  const pRuin = ruin ? o.pRuin ?? DEFAULTS.pRuin : 0;
  const ruinMax = o.ruinPeople ?? DEFAULTS.ruinPeople;
  const noise = o.dpNoise ?? DEFAULTS.dpNoise;
  const pAim = o.ruinAim ?? DEFAULTS.ruinAim;
  const pDpAim = o.dpAim ?? DEFAULTS.dpAim;
  const day = dp && dayMatchApplies(m) ? new DayMatch(e, w) : null;
  // A day's re-matching pays where a day has many seat groups to chain (Curtois 13: 18 a day;
  // at 60 s, seeds 1–3, 2,108–2,238 at 0.002 against 2,721–2,922 without), and costs more than
  // it brings where it has few (15: 7 a day, 4,687–4,990 at 0.002 against 4,238–4,842).
  const pDay = day ? o.pDay ?? DEFAULTS.dayRate * (G / D) : 0;
  /** First day of a window of `len` days holding group g's day at a random place. */
  const startOver = (g: number, len: number) => Math.max(0, Math.min(D - len, m.sDay[m.gShift[g]!]! - rng.int(len)));

  for (;;) {
    it++;
    if ((it & 255) === 0) {
      const f = o.progress(it);
      if (f >= 1) break;
      if (o.shouldStop()) {
        stopped = true;
        break;
      }
      // Several cooling cycles (reheats) over the budget; each starts where the last one froze.
      const cycles = o.cycles ?? 1;
      const fc = cycles > 1 ? (f * cycles) % 1 : f;
      T = o.t0 * Math.exp(logRatio * fc);
      if (o.adaptHard && (it & 65535) === 0) {
        if (e.score.hard > 1e-9) w.hard = Math.min(w.hard * 1.25, 1e9);
        else w.hard = Math.max(w.hardMin, w.hard * 0.9);
      }
    }
    if (ruin && rng.next() < pRuin) {
      if (atBest && pending) {
        best = snapshot(e);
        pending = false;
      }
      const len = Math.min(D, 7 + rng.int(Math.max(1, dpMax - 6)));
      let a = rng.int(D - len + 1);
      const k = 2 + rng.int(Math.max(1, ruinMax - 1));
      const people: number[] = [];
      // Half the time the ruin is aimed at a seat left short: its window holds that day and its
      // people are ones qualified for the seat, so the rebuild can move cover there.
      const short = rng.next() < pAim ? shortGroup(c, 8) : -1;
      if (short >= 0) {
        a = startOver(short, len);
        for (let t = 0; t < 4 * k && people.length < Math.min(k, P); t++) {
          const q = pickCandidate(c, short);
          if (q >= 0 && !people.includes(q)) people.push(q);
        }
      }
      while (people.length < Math.min(k, P)) {
        const q = rng.int(P);
        if (!people.includes(q)) people.push(q);
      }
      const delta = ruin.run(people, a, a + len - 1, noise);
      const v = scalar(delta, w);
      if (v > 0 && rng.next() >= Math.exp(-v / T)) {
        ruin.revert();
        continue;
      }
      if (compareScore(e.score, bestScore) < 0) {
        bestScore.hard = e.score.hard;
        bestScore.medium = e.score.medium;
        bestScore.soft = e.score.soft;
        pending = true;
        atBest = true;
        if (!feasibleSeen && e.score.hard <= 1e-9) {
          feasibleSeen = true;
          o.onFeasible(it);
        }
        o.onBest(bestScore, it);
      } else if (v !== 0) atBest = false;
      continue;
    }
    e.begin();
    const r = rng.next();
    let ok: boolean;
    let greedy = false;
    if (day && rng.next() < pDay) {
      // Half the time the day of a seat left short.
      const short = rng.next() < 0.5 ? shortGroup(c, 8) : -1;
      ok = day.plan(short >= 0 ? m.sDay[m.gShift[short]!]! : rng.int(D));
      greedy = true;
    } else if (dp && rng.next() < pDp) {
      const len = Math.min(D, 7 + rng.int(Math.max(1, dpMax - 6)));
      let a = rng.int(D - len + 1);
      let p = -1;
      const short = rng.next() < pDpAim ? shortGroup(c, 8) : -1;
      if (short >= 0) {
        a = startOver(short, len);
        p = pickCandidate(c, short);
      }
      ok = dp.rebuild(p >= 0 ? p : rng.int(P), a, a + len - 1, false, null, noise);
      // A rebuild is an intensification step: taken only when it does not make things worse.
      greedy = true;
    } else if (r < 0.3) {
      // Assign: prefer a group whose demand is short; half the time the person gives up a seat
      // on a nearby day for it (same number of duties).
      let g = rng.int(G);
      for (let k = 0; k < 3 && e.state.demandN[m.gDemand[g]!]! >= m.dCount[m.gDemand[g]!]!; k++) g = rng.int(G);
      ok = rng.next() < 0.5 ? moveShiftDay(c, g, pickCandidate(c, g)) : moveAssign(c, g, pickCandidate(c, g));
    } else if (r < 0.4) {
      let g = rng.int(G);
      for (let k = 0; k < 3 && e.state.demandN[m.gDemand[g]!]! <= m.dCount[m.gDemand[g]!]!; k++) g = rng.int(G);
      ok = moveUnassign(c, g);
    } else if (r < 0.7 - pFlex) {
      const g = rng.int(G);
      const mem = e.state.members[g]!;
      if (mem.length === 0) continue;
      const p = mem[rng.int(mem.length)]!;
      const d = m.sDay[m.gShift[g]!]!;
      ok = moveSwapDays(c, p, pickCandidate(c, g), d, d);
    } else if (r < 1 - pFlex) {
      const p = rng.int(P);
      const q = rng.int(P);
      const len = 2 + rng.int(6);
      const d1 = rng.int(Math.max(1, D - len + 1));
      ok = moveSwapDays(c, p, q, d1, Math.min(D - 1, d1 + len - 1));
    } else ok = moveFlex(c);
    if (!ok) continue;
    const delta = e.evaluate();
    const v = scalar(delta, w);
    if (v > 0 && (greedy || rng.next() >= Math.exp(-v / T))) {
      e.rollback();
      continue;
    }
    const now: Score = { hard: e.score.hard + delta.hard, medium: e.score.medium + delta.medium, soft: e.score.soft + delta.soft };
    if (compareScore(now, bestScore) < 0) {
      e.commit();
      bestScore.hard = now.hard;
      bestScore.medium = now.medium;
      bestScore.soft = now.soft;
      pending = true;
      atBest = true;
      if (!feasibleSeen && now.hard <= 1e-9) {
        feasibleSeen = true;
        o.onFeasible(it);
      }
      o.onBest(bestScore, it);
      continue;
    }
    if (atBest && pending) {
      // Leaving the best roster: keep a copy of it first.
      e.rollback();
      best = snapshot(e);
      pending = false;
      e.evaluate();
    }
    e.commit();
    atBest = false;
  }
  if (pending) best = snapshot(e);
  return { best, bestScore, iterations: it, stopped };
}
