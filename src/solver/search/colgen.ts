// Column generation with a dive, for day-grid problems whose whole cost is soft cover plus day
// wishes and whose other rules are each person's own (the shape of the Curtois benchmark). The
// master LP chooses one roster line (column) per person and pays for missing or extra cover;
// the window DP over the whole period prices new lines with the LP's duals as seat prices. The
// LP optimum is a lower bound; the dive then fixes people to their heaviest line (re-solving and
// pricing in between) until every person has one, giving a roster near that bound.
import type { Engine } from '../model/engine.js';
import { personHard } from './construct.js';
import { WindowDp } from './dp.js';
import { scalar, type Weights } from './weights.js';
import { lentMaster, simplexMaster, type MasterLp } from './master-lp.js';
import type { MipSolver } from '../mip.js';
import { chosenLines, lineRows, lineWishCost, masterModel, masterRhs, slackCosts, wishConstant } from './master.js';
import { applyLines, lineFeasible } from './lines.js';
import { DualSmoother, leastCost } from './smoothing.js';

export { applyLines } from './lines.js';

/** A lent integer solver and the seconds it may take over the restricted master. */
export interface MasterMip {
  solver: MipSolver;
  seconds: () => number;
}

/** Constraints the master represents exactly (cover, wishes) or the DP keeps within each line. */
const HANDLED = new Set(['qualification', 'availability', 'no-overlap', 'successions', 'shift-limits',
  'consecutive-days', 'consecutive-days-off', 'weekends', 'cover-under', 'over-cover', 'wishes']);
/** Least cost that bans a column during the dive. A banned line may not re-enter the basis (the
 * LP's `blocked`); its cost only has to push it out when it is basic, and a moderate one does
 * that without the duals jumping to its scale: with 1e7 the master churned (a dive on Curtois 11
 * took 12 s of LP, 4.7 s blocked at 1e4; over seeds 1–3 at 60 s: 7 1,057–1,065 against
 * 1,057–1,073, 11 3,443–3,444 against 3,443–3,466, 9 457–471 against 450–546). */
const MIN_BAN = 1e4;
/** Shares of the free people a dive fixes per step when none is integral (speed vs quality), one
 * dive each while time lasts. */
const DIVE_SHARES = [0.15, 0.3, 0.08, 0.2];
/** The centre's weight in the smoothed pricing point while the bound is sought (smoothing.ts).
 * LP objective after 40 rounds on Curtois 19 from the constructed roster: 3,664 at 0.5 against
 * 4,011 unsmoothed (round 52: 3,581 against 3,781); 0.7 stalled at 8,300 (its centre, from an
 * early round, never moved again). */
const SMOOTHING = 0.5;
/** Pricing rounds after which the caller's pace check (`worthIt`) is asked. */
const PACE_ROUNDS = 3;
/** Base amount (people per seat group) by which each demand row's side is raised; far below the
 * simplex tolerances' effect on a roster, far above rounding (see columnGeneration). */
const PERTURB = 1e-6;
/** Most master rows (demands + people): the dense basis inverse and the two work matrices of
 * its fresh inversion hold rows² numbers each (3 × 32 MB). */
const MAX_ROWS = 2000;

export interface ColumnGenResult {
  /** The dive's roster: each person's line (seat group per day, -1 = off), or null if stopped. */
  lines: Int32Array[] | null;
  /** The first LP optimum (a lower bound on the soft cost), or NaN when pricing did not converge. */
  bound: number;
}

/** Whether column generation models this problem exactly. */
export function columnGenApplies(e: Engine): boolean {
  const m = e.m;
  if (m.nDemand + m.P > MAX_ROWS) return false;
  if (!m.coverSoft || m.pinned.size > 0 || m.pWishAny.some((x) => x.length > 0)) return false;
  for (let s = 0; s < m.S; s++) if (m.sGroupN[s] !== 1) return false;
  return e.incs.every((inc) => HANDLED.has(inc.id));
}

/** `stopBound` ends the search for the LP bound (no roster then); `stopDive` ends the pricing in
 * the dive, which then finishes on the columns it has (LP only) unless `stopAll`. `worthIt(k)`,
 * asked after each of the first pricing rounds, gives up early (no roster) when the caller
 * judges from k rounds' pace that the bound cannot be reached in time. With `mip`, the dives'
 * best starts the lent solver on the restricted master (every line priced), which has
 * `mip.seconds()`; when the bound is not reached the dives start from the LP as it stands. */
export function columnGeneration(e: Engine, w: Weights, stopBound: () => boolean, stopDive: () => boolean = stopBound,
  stopAll: () => boolean = stopDive, worthIt: (rounds: number) => boolean = () => true, mip?: MasterMip,
  smoothing = SMOOTHING): ColumnGenResult {
  let shouldStop = stopBound;
  const m = e.m;
  const { D, P } = m;
  // Pricing must be exact for the bound: the tightest count limit is a DP state, not a price.
  const dp = new WindowDp(e, w);
  dp.exactCount = true;
  const nDem = m.nDemand;
  const R = nDem + P;
  const wWish = m.weights.get('wishes') ?? 1;
  // The demand rows' right-hand sides are raised by tiny distinct amounts: the basis is inverted
  // afresh now and then, and with exact integer sides the master is so degenerate that the
  // simplex then stalls (Curtois 13: 88,000 pivots in one round without the objective moving).
  // The person rows stay exactly 1, or the starting basis (one line each) would be infeasible.
  // The bound below is the duals' value over the true sides, so it stays exact.
  const rhs = masterRhs(m);
  const perturbed = rhs.slice();
  for (let d = 0; d < nDem; d++) perturbed[d]! += PERTURB * (1 + ((d * 2654435761) % 1009) / 1009);
  // Twice the most any line can gain or lose over the period (every day its dearest seat and wish).
  const slack = slackCosts(m);
  let wishMost = 0;
  for (const list of m.pWishDay.values()) for (const x of list) wishMost = Math.max(wishMost, x.weight * wWish);
  const ban = Math.max(MIN_BAN, 2 * D * (Math.max(0, ...slack) + wishMost));
  const lent = mip?.solver.openLp?.(R, perturbed);
  const lp = lent ? lentMaster(lent, R) : simplexMaster(R, perturbed, ban);
  try {
    return generate(lp);
  } finally {
    lp.dispose();
  }

  function generate(lp: MasterLp): ColumnGenResult {
    const one = Float64Array.of(1), minusOne = Float64Array.of(-1);
    // Slack columns: u_d (under, +1) at index 2d, o_d (over, −1) at 2d + 1.
    for (let d = 0; d < nDem; d++) {
      lp.add(slack[2 * d]!, Int32Array.of(d), one);
      lp.add(slack[2 * d + 1]!, Int32Array.of(d), minusOne);
    }
    const lines: Int32Array[] = [];
    const owner: number[] = [];
    const colsOf: number[][] = Array.from({ length: P }, () => []);
    const seen = new Set<string>();
    const addLine = (p: number, line: Int32Array): number => {
      const key = `${p}:${line.join(',')}`;
      if (seen.has(key)) return -1;
      seen.add(key);
      const rows = lineRows(m, p, line);
      const cost = lineWishCost(m, p, line);
      const j = lp.add(cost, rows, new Float64Array(rows.length).fill(1));
      lines[j] = line;
      owner[j] = p;
      colsOf[p]!.push(j);
      return j;
    };
    // Starting basis: everyone's current line (or, when it breaks a hard rule, their best line
    // for wishes alone), and per demand the slack that is non-negative.
    const basis = new Int32Array(R);
    const n = new Int32Array(nDem);
    const zero = new Float64Array(nDem);
    // Hard units of each person's current line (the roster stays as it is during the search).
    const hardNow = Float64Array.from({ length: P }, (_, p) => personHard(e, p));
    for (let p = 0; p < P; p++) {
      let line: Int32Array | null = new Int32Array(D).fill(-1);
      for (let d = 0; d < D; d++) {
        const cell = e.state.cells[p * D + d];
        if (!cell) continue;
        if (cell.length > 1) return { lines: null, bound: NaN };
        line[d] = cell[0]!;
      }
      if (hardNow[p]! > 1e-9) {
        line = dp.solve(p, 0, D - 1, false, zero);
        if (!line || !lineFeasible(e, p, line, hardNow[p]!)) return { lines: null, bound: NaN };
      }
      for (let d = 0; d < D; d++) if (line[d]! >= 0) n[m.gDemand[line[d]!]!]!++;
      basis[nDem + p] = addLine(p, line);
    }
    for (let d = 0; d < nDem; d++) basis[d] = n[d]! <= m.dCount[d]! ? 2 * d : 2 * d + 1;
    if (!lp.start(basis)) return { lines: null, bound: NaN };

    const fixed = new Int32Array(P).fill(-1);
    const prices = new Float64Array(nDem);
    const smoother = new DualSmoother(smoothing);
    // Prices every free person at `prices`; true if a line that improves the LP was added. While
    // the bound is sought (everyone free) the Lagrangian value at `prices` goes to the smoother.
    const priceAt = (): boolean => {
      let added = false;
      const observing = shouldStop === stopBound && smoothing > 0;
      let lagr = 0;
      if (observing) {
        lagr = wishConstant(m);
        for (let d = 0; d < nDem; d++) lagr += prices[d]! * rhs[d]!;
      }
      for (let p = 0; p < P; p++) {
        if (fixed[p]! >= 0) continue;
        if (shouldStop()) return false;
        const line = dp.solve(p, 0, D - 1, false, prices);
        const j = line && lineFeasible(e, p, line, hardNow[p]!) ? addLine(p, line) : -1;
        if (observing) lagr += leastCost(colsOf[p]!, lp.costs, lp.colRows, prices);
        if (j >= 0 && lp.reducedCost(j) < -1e-6) added = true;
      }
      if (observing) smoother.observe(prices, lagr);
      return added;
    };
    // One pricing round at the smoothed point while the bound is sought, again at the master's
    // own duals when that mis-priced (no line improved the master).
    const price = (): boolean => {
      const y = lp.duals();
      if (shouldStop === stopBound && smoother.active) {
        smoother.mix(y, prices);
        if (priceAt()) return true;
        if (shouldStop()) return false;
      }
      for (let d = 0; d < nDem; d++) prices[d] = y[d]!;
      return priceAt();
    };
    // Re-optimise and price until no line improves; false if stopped. (Limiting the rounds per
    // dive step measured worse; the dives price at the master's own duals.)
    let priceMore = true;
    let boundRounds = 0;
    const solve = (): boolean => {
      for (;;) {
        if (priceMore && shouldStop()) {
          if (shouldStop === stopBound) return false;
          priceMore = false;
        }
        if (!priceMore) return lp.optimise(stopAll);
        // A lent LP that fails ends the search as a stop would.
        if (!lp.optimise(shouldStop) && !shouldStop()) return false;
        const more = price();
        if (shouldStop === stopBound && ++boundRounds <= PACE_ROUNDS && more && !worthIt(boundRounds)) return false;
        if (!more) return !shouldStop() || solve();
      }
    };
    const startCols = basis.slice(nDem);
    const converged = solve();
    if (!converged) {
      // No bound in time: with a MIP solver lent (past the pace check) the dives still run from
      // the LP as it stands, over the lines priced so far, and their best starts the MIP. At
      // 60 s, seeds 1–4, Curtois 19: 3,761 / 3,864 / 4,084 / 3,861; pricing on in the dives
      // (they then took their whole window) 3,789 / 4,012 / 4,017 / 4,006; the MIP from the
      // current roster, seeds 1–3, 4,178 / 4,015 / 3,968. 15: 4,362 / 4,363 / 4,353 (seeds
      // 1–3), 4,433 / 4,230 / 4,337 pricing on, 4,442 / 4,342 / 4,442 from the current roster.
      if (!mip || boundRounds <= PACE_ROUNDS || stopAll()) return { lines: null, bound: NaN };
      if (stopDive()) {
        const chosen = masterMip(mip, startCols);
        return { lines: chosen && toLines(chosen), bound: NaN };
      }
      lp.optimise(stopDive);
    }
    // The LP bound is the duals' value over the true sides (see the perturbation above).
    const bound = converged ? lp.duals().reduce((z, y, r) => z + y * rhs[r]!, wishConstant(m)) : NaN;
    shouldStop = stopDive;
    // Dives from the LP, fixing people faster or slower, while the time lasts; the best roster
    // wins (a dive's quality varies a lot with its pace).
    const start = lp.save();
    let best: Int32Array | null = null, bestV = Number.POSITIVE_INFINITY;
    for (const share of DIVE_SHARES) {
      // With a MIP solver lent the dives still run (their best starts the MIP): on Curtois 9 at
      // 60 s one dive then the MIP gave 461 / 468 (seeds 1–2), every dive then the MIP 442 / 457.
      if (best && stopDive()) break;
      lp.unbanAll();
      lp.restore(start);
      fixed.fill(-1);
      priceMore = converged;
      const got = dive(share);
      const v = scalar(applyLines(e, toLines(got)), w);
      e.rollback();
      if (v < bestV) { bestV = v; best = got; }
    }
    if (mip && best && !stopAll()) {
      const chosen = masterMip(mip, best);
      if (chosen) {
        const v = scalar(applyLines(e, toLines(chosen)), w);
        e.rollback();
        if (v < bestV) { bestV = v; best = chosen; }
      }
    }
    return { lines: best && toLines(best), bound };

    function toLines(cols: Int32Array): Int32Array[] {
      return Array.from(cols, (j) => lines[j]!);
    }

    /** The restricted master as an integer program over every line generated, started from
     * `incumbent`; each person's chosen line column, or null. */
    function masterMip(lent: MasterMip, incumbent: Int32Array): Int32Array | null {
      const seconds = lent.seconds();
      if (seconds <= 0) return null;
      const x = lent.solver.solve(masterModel(m, lp.costs, lp.colRows, incumbent), seconds, stopAll);
      return x && chosenLines(x, nDem, owner, P);
    }

    function dive(share: number): Int32Array {
      // Fix everyone whose line is (nearly) integral, else the heaviest fractional ones.
      for (let free = P; free > 0;) {
        let fixedNow = 0;
        const frac: Array<[number, number, number]> = [];
        for (let j = 2 * nDem; j < lp.costs.length; j++) {
          const p = owner[j]!;
          if (fixed[p]! >= 0 || lp.banned(j)) continue;
          const v = lp.value(j);
          if (v > 0.999) { fix(p, j); fixedNow++; }
          else if (v > 1e-6) frac.push([v, p, j]);
        }
        if (fixedNow === 0) {
          // The heaviest fractional lines, a few people at once (DIVE_SHARE of those still free;
          // more once pricing has stopped).
          frac.sort((x, y) => y[0] - x[0]);
          const k = Math.max(1, Math.ceil(free * (priceMore ? share : 2 * share)));
          for (const [, p, j] of frac) {
            if (fixedNow >= k) break;
            if (fixed[p]! >= 0) continue;
            fix(p, j);
            fixedNow++;
          }
        }
        if (fixedNow === 0) break;
        free -= fixedNow;
        if (free > 0 && !solve()) break;
      }
      // Stopped: everyone still free takes their heaviest line.
      const heaviest = new Int32Array(P).fill(-1);
      for (let j = 2 * nDem; j < lp.costs.length; j++) {
        const p = owner[j]!;
        if (fixed[p]! >= 0 || lp.banned(j)) continue;
        if (heaviest[p]! < 0 || lp.value(j) > lp.value(heaviest[p]!)) heaviest[p] = j;
      }
      for (let p = 0; p < P; p++) if (fixed[p]! < 0) fixed[p] = heaviest[p]!;
      return fixed.slice();
    }

    function fix(p: number, j: number): void {
      fixed[p] = j;
      for (let k = 2 * nDem; k < lp.costs.length; k++) if (owner[k] === p && k !== j) lp.ban(k);
    }
  }
}
