// Public entry of the pure solver: solve(problem, options) → Solution, plus evaluate, explain and
// rankCandidates. No I/O, no clock of its own (options.now), no unseeded randomness (options.seed); the
// input is never mutated; an infeasible or stopped search is a status, not a throw.
import { paceCheck } from './cg-pace.js';
import { checkModel } from './check.js';
import { compile } from './model/compile.js';
import { Engine } from './model/engine.js';
import type { Model } from './model/model.js';
import type { Assignment, Problem, Score, Solution, SolveOptions, SolveStatus } from './problem.js';
import { createRng } from './random.js';
import { anneal } from './search/anneal.js';
import { construct, constructByDp, load, placePins, repairByDp } from './search/construct.js';
import { isDayGrid } from './search/dp-context.js';
import { WindowDp } from './search/dp.js';
import { applyLines, columnGenApplies, columnGeneration } from './search/colgen.js';
import { restore, snapshot } from './search/snapshot.js';
import { initialWeights, scalar } from './search/weights.js';

export { evaluate, type Evaluation } from './check.js';
export { explain, type Explanation } from './explain.js';
export { rankCandidates, type RankedCandidate } from './rank.js';
export { CATALOG } from './constraints/catalog.js';
export type * from './problem.js';

const DEFAULT_LIMIT_MS = 10_000;
/** Time (ms) reserved per person-day for the final check: ~4 µs measured, 6 µs with a margin. */
const CHECK_MS_PER_PERSON_DAY = 0.006;
/** Below this budget (ms) column generation runs only on a small master (rows = demands + people). */
const CG_SHORT_BUDGET_MS = 30_000;
const CG_SMALL_MASTER_ROWS = 100;
/** Pricing rounds the LP bound is expected to need (measured on Curtois 5–11: 18 to 50; 13, 15
 * and 19 need far more). Column generation gives up after its first rounds when this many at
 * their pace would not fit in its window (see paceCheck): on these machines at 60 s without a
 * MIP, Curtois 13–21 then leave the whole budget to the annealing, which did better there
 * (e.g. 19: 4,490 against 5,150). */
const CG_EXPECTED_ROUNDS = 50;
/** With a lent MIP solver: the share of the limit column generation may price in (its bound
 * window is 65 % of that), the share by which the restricted master's MIP ends, and the pricing
 * rounds whose pace must fit the bound window (paceCheck). Curtois 15 at 60 s, seeds 1–3:
 * 4,200–4,521 (5 runs) at 0.5 / 0.5–0.6, 4,454–4,525 at 0.6–0.7 / 0.6–0.85; 4,700–5,200 without
 * a MIP. At 0.8 the bound window (52 % of the limit) gives 19, whose bound is not reached in
 * time, more pricing rounds; its dives then end past MIP_END, so the MIP is skipped. 19 at 60 s,
 * seeds 1–8, two runs side by side: mean 3,911 (3,784–4,111) against 4,027 (3,809–4,171) at 0.5;
 * 0.65: 3,935 (seeds 1–4); 0.95: 4,090 (too little annealing). Neutral elsewhere (seeds 1–2): 7,
 * 9, 11 and 17 reach the same values, 15 4,131–4,463 (seeds 1–4) against 4,253–4,558, 21
 * 22,968 / 23,222 against 23,086 (seed 1), 13 still gives up at its pace check. */
const MIP_CG_SHARE = 0.8;
const MIP_END = 0.55;
/** 15, not 25: Curtois 19 prices ~0.63 s a round alone, and 25 such rounds barely fit its 18-s
 * window, so it gave up whenever the machine was busy; 13 (45 rounds at 1 s) still gives up. */
const MIP_ROUNDS = 15;
/** The rounds above are for a master of this many people or fewer; a larger one is expected to
 * need proportionally more (each round adds at most one line per person). Measured at 60 s with
 * HiGHS lent, each instance alone on a core, seeds 1–3: Curtois 19 (40 people, about 0.6 s a
 * round) 3,690 / 4,048 where column generation went on against 4,592 where it gave up; 13 (120
 * people, 0.7 s a round) 2,279 / 2,004 / 2,011 giving up against 2,308 / 2,411 / 2,590 forced on. */
const PACE_PEOPLE = 40;

export function toAssignments(m: Model, pairs: Int32Array): Assignment[] {
  const out: Assignment[] = [];
  for (let k = 0; k < pairs.length; k += 2) {
    const p = pairs[k]!, g = pairs[k + 1]!;
    const s = m.gShift[g]!;
    const seat = m.gSeat[g]!;
    out.push(seat === 0
      ? { person: m.problem.people[p]!.id, shift: m.problem.shifts[s]!.id }
      : { person: m.problem.people[p]!.id, shift: m.problem.shifts[s]!.id, seat });
  }
  return out;
}

function initialPairs(m: Model, initial: readonly Assignment[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const a of initial) {
    const p = m.personIndex.get(a.person);
    const s = m.shiftIndex.get(a.shift);
    const seat = a.seat ?? 0;
    if (p === undefined || s === undefined || seat < 0 || seat >= m.sGroupN[s]!) continue;
    out.push([p, m.sGroup0[s]! + seat]);
  }
  return out;
}

export function solve(problem: Problem, options: SolveOptions = {}): Solution {
  const now = options.now;
  const t0 = now ? now() : 0;
  const elapsed = () => (now ? now() - t0 : 0);
  const maxIt = options.maxIterations ?? (now ? Number.POSITIVE_INFINITY : 200_000);
  const m = compile(problem);
  // The search stops early enough for the final full check (and the copy of the best roster) to
  // fit in the limit: 1 % of it, half the compile time, or CHECK_MS_PER_PERSON_DAY per person-day,
  // whichever is most. The check took 155 ms on the city month (1,262 people × 31 days) and 152 ms
  // on Curtois 23 (100 × 364), plus ~30 ms of copying; with 1 % of 10 s, 23 ended at 10.09 s.
  const budgetMs = options.timeLimitMs ?? DEFAULT_LIMIT_MS;
  const limit = budgetMs - Math.max(budgetMs * 0.01, elapsed() * 0.5, m.P * m.D * CHECK_MS_PER_PERSON_DAY);
  const e = new Engine(m);
  const rng = createRng(options.seed ?? 1);
  const w = initialWeights(m.coverSoft);
  const tune = options.tuning;
  if (tune?.hw) w.hard = tune.hw;
  let firstFeasibleMs: number | null = null;
  let externalStop = false;
  const stoppedByCaller = () => {
    if (!externalStop && options.shouldStop?.()) externalStop = true;
    return externalStop;
  };
  const shouldStop = () => stoppedByCaller() || (now !== undefined && elapsed() >= limit);

  placePins(e);
  if (options.initial) load(e, initialPairs(m, options.initial));
  e.recompute();
  if (!options.initial) {
    // The construction always finishes unless the caller stops it: a roster with seats left
    // empty only because the clock ran out is worse than one a little late. (A 3 s roster job
    // under a loaded test run lost most of its start-up to the worker thread and stopped with 95
    // of 231 village visits placed.)
    const dp = isDayGrid(m) ? new WindowDp(e, w, null, false) : null;
    if (dp) constructByDp(e, dp, rng, w, stoppedByCaller);
    construct(e, rng, w, stoppedByCaller);
    e.recompute();
    if (dp) repairByDp(e, dp, rng, shouldStop);
    if (e.score.hard <= 1e-9) firstFeasibleMs = elapsed();
    // Column generation when it models the problem exactly: its LP bound within 45 % of the
    // budget (else it is dropped), its dives priced until 70 % (then finished on the LP alone);
    // then the annealing goes on from the better of its roster and the constructed one. From an
    // infeasible start on a large master the annealing needs that time to reach feasibility.
    // Under a short budget only a small master gets it: a larger one (Curtois 7 upward, ≥ 100
    // rows) rarely reaches its LP bound within 45 % of 10 s, and the annealing does better with
    // the whole budget there.
    const rows = m.nDemand + m.P;
    const cgTime = budgetMs >= (tune?.cgMinMs ?? CG_SHORT_BUDGET_MS) || rows <= CG_SMALL_MASTER_ROWS;
    if (dp && now && cgTime && columnGenApplies(e) && (e.score.hard <= 1e-9 || rows <= 400)) {
      // With a MIP solver lent, the bound need not converge: the restricted master's integer
      // program finds the roster, so pricing gets less time and the MIP until MIP_END.
      const mip = options.mip;
      const share = tune?.cgShare ?? (mip ? MIP_CG_SHARE : 0.7);
      const boundBy = limit * share * 0.65;
      const cg = columnGeneration(e, w, () => shouldStop() || elapsed() >= boundBy,
        () => shouldStop() || elapsed() >= limit * share, () => shouldStop() || elapsed() >= limit * 0.9,
        // Small masters (all that run under 30 s) always go on: they converge in about 30 rounds.
        // For the MIP a pool of MIP_ROUNDS rounds (per PACE_PEOPLE people) is enough.
        rows <= CG_SMALL_MASTER_ROWS ? () => true : paceCheck(elapsed, elapsed(), boundBy, tune?.cgPaceRounds
          ?? Math.round((mip ? MIP_ROUNDS : CG_EXPECTED_ROUNDS) * Math.max(1, m.P / PACE_PEOPLE))),
        mip && { solver: mip, seconds: () => (limit * (tune?.mipEnd ?? MIP_END) - elapsed()) / 1000 }, tune?.cgSmoothing);
      if (cg.lines) {
        const d = applyLines(e, cg.lines);
        if (scalar(d, w) < 0) e.commit();
        else e.rollback();
      }
    }
  }
  if (firstFeasibleMs === null && e.score.hard <= 1e-9) firstFeasibleMs = elapsed();
  let lastReport = -Infinity;
  const report = (score: Score, iterations: number, force = false) => {
    if (!options.onProgress) return;
    const t = elapsed();
    if (!force && t - lastReport < 200) return;
    lastReport = t;
    options.onProgress({ score: { ...score }, elapsedMs: t, iterations });
  };
  report(e.score, 0, true);

  const result = anneal(e, {
    rng, weights: w, t0: tune?.t0 ?? (m.coverSoft ? 12 : 4), t1: tune?.t1 ?? (m.coverSoft ? 0.4 : 0.05),
    adaptHard: tune?.adapt ?? true,
    ...(tune?.pDp !== undefined ? { pDp: tune.pDp } : {}),
    ...(tune?.dpMax !== undefined ? { dpMaxLen: tune.dpMax } : {}),
    ...(tune?.pRuin !== undefined ? { pRuin: tune.pRuin } : {}),
    ...(tune?.ruinK !== undefined ? { ruinPeople: tune.ruinK } : {}),
    ...(tune?.noise !== undefined ? { dpNoise: tune.noise } : {}),
    ...(tune?.cycles !== undefined ? { cycles: tune.cycles } : {}),
    ...(tune?.ruinAim !== undefined ? { ruinAim: tune.ruinAim } : {}),
    ...(tune?.dpAim !== undefined ? { dpAim: tune.dpAim } : {}),
    ...(tune?.pDay !== undefined ? { pDay: tune.pDay } : {}),
    progress: (it) => Math.max(now ? elapsed() / limit : 0, it / maxIt),
    shouldStop,
    onBest: (s, it) => report(s, it),
    onFeasible: () => {
      if (firstFeasibleMs === null) firstFeasibleMs = elapsed();
    },
  });
  restore(e, result.best);
  const assignments = toAssignments(m, snapshot(e));
  const checked = checkModel(m, assignments);
  report(checked.score, result.iterations, true);
  const feasible = checked.score.hard <= 1e-9;
  const perfect = feasible && checked.score.medium <= 1e-9 && checked.score.soft <= 1e-9;
  const status: SolveStatus = perfect ? 'optimal' : externalStop ? 'stopped' : feasible ? 'feasible' : 'infeasible_hard';
  return {
    status,
    assignments,
    score: checked.score,
    violations: checked.violations,
    stats: { iterations: result.iterations, elapsedMs: elapsed(), firstFeasibleMs },
  };
}
