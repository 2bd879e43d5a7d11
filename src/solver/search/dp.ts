// Large move for day-grid problems: rebuild one person's days [a, b] optimally by dynamic
// programming over (last shift's tag set, length of the current block of work or rest, minutes
// used, new weekends worked), given everyone else fixed. Costs are exact marginals of cover and
// wishes; successions, consecutive-day bounds, the period's minutes and the weekend limit are
// states; other count limits get Lagrangian prices. The engine then scores the move exactly.
import type { Engine } from '../model/engine.js';
import type { Model } from '../model/model.js';
import { edgeBlock, tightest } from './dp-context.js';
import { dayChoices, MAX_STATE_DAYS, MAX_STATES, seatWeights, updatePrices, windowLimits, type SeatWeights } from './dp-inputs.js';
import { DpBuffers } from './dp-buffers.js';
import { successionClasses, successorOptions } from './dp-classes.js';
import type { Rng } from '../random.js';
import type { Weights } from './weights.js';

const INF = Number.POSITIVE_INFINITY;

/** The most days one can work in r days with runs of at most maxW days and rests of at least
 * minOff days between them. */
export function mostWorkDays(r: number, maxW: number, minOff: number): number {
  if (!Number.isFinite(maxW)) return r;
  const cycle = maxW + minOff;
  return Math.floor(r / cycle) * maxW + Math.min(r % cycle, maxW);
}

export class WindowDp {
  private readonly m: Model;
  private readonly buf = new DpBuffers();
  private readonly seat: SeatWeights;
  /** A price per shift above any gain a shift can bring (caps the Lagrangian bisection). */
  private readonly priceCap: number;
  /** Last Lagrangian price per counter (warm start). */
  private readonly prices: Float64Array;

  /** `mergeClasses: false` keeps one state per tag set (see successionClasses): the construction
   * and repair use it, since on Curtois 21 the merged states left a total-minutes minimum broken
   * after construction (feasible at 0.3 s with separate states, at 4–10 s or not at all merged). */
  constructor(private readonly e: Engine, private readonly w: Weights, private readonly rng: Rng | null = null,
    private readonly mergeClasses = true) {
    this.m = e.m;
    this.seat = seatWeights(this.m, w);
    let maxUnder = 0;
    for (let d = 0; d < this.m.nDemand; d++) maxUnder = Math.max(maxUnder, this.m.dUnder[d]!);
    let maxWish = 0;
    for (const list of this.m.pWishDay.values()) for (const x of list) maxWish = Math.max(maxWish, x.weight);
    this.priceCap = maxUnder * this.seat.under + 2 * maxWish * this.seat.wish + 1;
    this.prices = new Float64Array(this.m.counters.length);
  }

  /** Plans (on the engine, after begin()) the best rebuild of p's days [a, b]; false if none
   * differs from the current roster or the window is too large to solve. `proRata` (for a
   * left-to-right construction pass) holds the period's limits to their share up to day b, so the
   * first windows do not use up a whole period's minutes, shift counts or weekends. With `prices`
   * (per demand) a seat is worth its price instead of its exact marginal (Lagrangian pricing);
   * `noise` adds a uniform random term of that width to every choice (needs the rng). */
  rebuild(p: number, a: number, b: number, proRata = false, prices: Float64Array | null = null, noise = 0): boolean {
    const { m, e } = this;
    const solution = this.solve(p, a, b, proRata, prices, noise);
    if (!solution) return false;
    const st = e.state;
    const base = p * m.D;
    const pins = m.pPins[p]!;
    let changed = false;
    for (let i = 0; i < b - a + 1; i++) {
      const cell = st.cells[base + a + i];
      const g = solution[i]!;
      if (cell) {
        for (const h of cell) {
          if (h === g || (pins.length > 0 && m.pinned.has(p * m.G + h))) continue;
          e.plan(p, h, -1);
          changed = true;
        }
      }
      if (g >= 0 && !(cell && cell.includes(g))) { e.plan(p, g, 1); changed = true; }
    }
    e.scope.touch(p, a, b);
    return changed;
  }

  /** The best choice (seat group, or -1 for none) of each day of p's window [a, b], or null when
   * the window is too large to solve; the engine is not touched. */
  solve(p: number, a: number, b: number, proRata = false, prices: Float64Array | null = null, noise = 0): Int32Array | null {
    const { m, e } = this;
    const st = e.state;
    const n = b - a + 1;

    const ch = dayChoices(m, st, p, a, b, this.seat, prices, noise, this.rng);
    const { chG, chSig, chMin, chCost, forced, sigs, unit } = ch;
    const left = edgeBlock(st, p, a, -1);
    const right = edgeBlock(st, p, b, 1);
    if (left?.worked && !sigs.includes(m.sSig[left.shift]!)) sigs.push(m.sSig[left.shift]!);
    const sigLocal = new Map(sigs.map((s, i) => [s, i]));
    const succ = m.succ, nSig = m.nSig, own = m.pSucc[p];
    const forbidden = (x: number, y: number) => succ[x * nSig + y] === 1 || (own !== null && own !== undefined && own[x * nSig + y] === 1);
    const targets = right?.worked && !sigs.includes(m.sSig[right.shift]!) ? [...sigs, m.sSig[right.shift]!] : sigs;
    const { clsOf, clsRep } = successionClasses(sigs, targets, forbidden, this.mergeClasses);
    const nCls = clsRep.length;

    const cons = tightest(m.pConsec[p]!);
    const minW = cons.min, maxW = cons.max;
    const Rcap = Number.isFinite(maxW) ? Math.max(1, maxW) : Math.max(1, minW);
    const minOff = tightest(m.pConsecOff[p]!).min;
    const Koff = Math.max(1, minOff);
    const nWork = nCls * Rcap;
    const nSeq = nWork + Koff;

    const lim = windowLimits(m, st, p, a, b, proRata, ch, nSeq, this.prices, this.priceCap, this.w.hard);
    const { minCounter, Mlev, needLev, maxMinutes, wkNew, sameWk, Klev, priced } = lim;
    let { lagr } = lim;
    const M1 = Mlev + 1, Kw1 = Klev + 1;
    // With `exactCount`, the tightest priced count limit becomes a state (count so far, up to its
    // cap) when it fits, so the rebuild is exact for it instead of Lagrangian.
    let exact = -1, cap = 0;
    if (this.exactCount) {
      for (const L of lagr) {
        const c1 = Math.max(0, L.cap) + 1;
        if (nSeq * M1 * Kw1 * c1 * n > MAX_STATE_DAYS || nSeq * M1 * Kw1 * c1 > MAX_STATES) continue;
        if (exact < 0 || L.cap < cap) { exact = L.c; cap = Math.max(0, L.cap); }
      }
      if (exact >= 0) lagr = lagr.filter((L) => L.c !== exact);
    }
    const K1 = Kw1 * (cap + 1);
    const size = nSeq * M1 * K1;
    if (size * n > MAX_STATE_DAYS || size > MAX_STATES) return null;
    this.buf.ensure(size, n);

    // Minutes levels days i..n-1 can still add at most; a state that cannot reach the minimum
    // from there is dropped (it could only end with a hard penalty) as long as the entry state
    // can reach it at all. Pricing on Curtois 19 spends most of its states below that line.
    // Two upper bounds, the tighter wins: every day its longest choice, or the longest choice
    // from there on times the most days the run limits let one work in what is left (runs of at
    // most maxW days, rests of at least minOff between them).
    const remFrom = new Int32Array(n + 1);
    if (minCounter >= 0) {
      let longest = 0;
      for (let i = n - 1; i >= 0; i--) {
        let most = 0;
        for (const x of chMin[i]!) most = Math.max(most, x / unit);
        longest = Math.max(longest, most);
        remFrom[i] = Math.min(remFrom[i + 1]! + most, longest * mostWorkDays(n - i, maxW, minOff));
      }
    }
    let prune = minCounter >= 0 && needLev > 0 && remFrom[0]! >= needLev;

    let solution: Int32Array | null = null;
    let fallback: Int32Array | null = null;
    for (let round = 0; round < (priced ? 14 : 6); round++) {
      const cost = this.buf.cost;
      cost.fill(INF, 0, size);
      // Entry state from the block left of the window.
      let s0: number;
      if (!left) s0 = nWork + Koff - 1;
      else if (left.worked) s0 = clsOf[sigLocal.get(m.sSig[left.shift]!)!]! * Rcap + Math.min(left.len, Rcap) - 1;
      else s0 = nWork + Math.min(left.len, Koff) - 1;
      cost[s0] = 0;
      // Highest minutes level reached so far (bounded like remFrom) and weekends level.
      let mlHi = 0, klHi = 0, longestSoFar = 0;
      const boundedMinutes = Number.isFinite(maxMinutes) && minCounter >= 0;
      for (let i = 0; i < n; i++) {
        const d = a + i;
        const nx = this.buf.next;
        nx.fill(INF, 0, size);
        const G = chG[i]!, S = chSig[i]!, Mn = chMin[i]!, C = chCost[i]!;
        const nc = G.length;
        const extra = new Float64Array(nc);
        for (const L of lagr) {
          if (L.price === 0) continue;
          const k = m.counters[L.c]!;
          if (d < k.from || d > k.to) continue;
          for (let j = 0; j < nc; j++) {
            const s = m.gShift[G[j]!]!;
            if (k.tag !== -1 && !m.sTags[s]!.includes(k.tag)) continue;
            extra[j]! += L.price * (k.minutes ? Mn[j]! / 60 : 1);
          }
        }
        // Per-choice tables for the inner loop: target state offset, minutes units, total cost.
        const jOff = new Int32Array(nc), jUnits = new Int32Array(nc), jCost = new Float64Array(nc);
        const jCnt = new Int32Array(nc);
        if (exact >= 0) {
          const k = m.counters[exact]!;
          if (d >= k.from && d <= k.to) {
            for (let j = 0; j < nc; j++) if (k.tag === -1 || m.sTags[m.gShift[G[j]!]!]!.includes(k.tag)) jCnt[j] = k.minutes ? 0 : 1;
          }
        }
        for (let j = 0; j < nc; j++) {
          jOff[j] = clsOf[sigLocal.get(S[j]!)!]! * Rcap;
          jUnits[j] = minCounter >= 0 ? Mn[j]! / unit : 0;
          jCost[j] = C[j]! + extra[j]! + (priced ? priced.price * Mn[j]! : 0);
        }
        const off = forced[i]! < 0;
        const fj = forced[i]!;
        // The choices worth trying after each class (index nCls = after a day off): the ones the
        // successions allow, and of those reaching the same state only the cheapest.
        const optStart = this.buf.optStart(nCls + 2);
        const optJ = this.buf.optJ(nc * (nCls + 1));
        successorOptions(clsRep, S, fj, jOff, jUnits, jCnt, jCost, forbidden, optStart, optJ);
        const bi = i * size;
        const incWork = wkNew[i] && !sameWk[i] ? 1 : 0;
        const incOff = wkNew[i] ? 1 : 0;
        const costArr = this.buf.cost, back = this.buf.back, pick = this.buf.pick;
        const mlTop = Math.min(Mlev, mlHi), klTop = Math.min(Klev, klHi);
        const mlLo = prune ? Math.max(0, needLev - remFrom[i]!) : 0;
        for (let kk = 0; kk < K1; kk++) {
          // kk = weekends level + Kw1 × exact count.
          const cl = (kk / Kw1) | 0, kl = kk - cl * Kw1;
          if (kl > klTop) continue;
          for (let ml = mlLo; ml <= mlTop; ml++) {
            const rowBase = nSeq * (ml + M1 * kk);
            for (let q = 0; q < nSeq; q++) {
              const cur = costArr[rowBase + q]!;
              if (cur === INF) continue;
              const from = rowBase + q;
              const prevWork = q < nWork;
              let r = 0, r2 = 1, x = nCls;
              if (prevWork) {
                x = (q / Rcap) | 0;
                r = q - x * Rcap + 1;
                r2 = r + 1 > Rcap ? Rcap : r + 1;
                if (off && (r >= minW || d - r === 0)) {
                  const to = rowBase + nWork;
                  if (cur < nx[to]!) { nx[to] = cur; back[bi + to] = from; pick[bi + to] = -1; }
                }
                if (r + 1 > maxW) continue;
              } else {
                const k = q - nWork + 1;
                if (off) {
                  const to = rowBase + nWork + (k + 1 > Koff ? Koff : k + 1) - 1;
                  if (cur < nx[to]!) { nx[to] = cur; back[bi + to] = from; pick[bi + to] = -1; }
                }
                if (k < minOff && d - k !== 0) continue;
              }
              const kl2 = kl + (prevWork ? incWork : incOff);
              if (kl2 > Klev) continue;
              const kk2 = kl2 + Kw1 * cl;
              for (let t = optStart[x]!, tEnd = optStart[x + 1]!; t < tEnd; t++) {
                const j = optJ[t]!;
                let ml2 = ml + jUnits[j]!;
                if (ml2 > Mlev) {
                  if (boundedMinutes) continue;
                  ml2 = Mlev;
                }
                if (cl + jCnt[j]! > cap) continue;
                const v = cur + jCost[j]!;
                const to = nSeq * (ml2 + M1 * (kk2 + Kw1 * jCnt[j]!)) + jOff[j]! + r2 - 1;
                if (v < nx[to]!) { nx[to] = v; back[bi + to] = from; pick[bi + to] = j; }
              }
            }
          }
        }
        let maxU = 0;
        for (let j = 0; j < nc; j++) if (jUnits[j]! > maxU) maxU = jUnits[j]!;
        longestSoFar = Math.max(longestSoFar, maxU);
        mlHi = Math.min(mlHi + maxU, longestSoFar * mostWorkDays(i + 1, maxW, minOff));
        if (incOff) klHi++;
        this.buf.swap();
      }
      // Close the window against the block to its right.
      let best = INF, bestState = -1;
      const hw = this.w.hard;
      for (let kl = 0; kl < K1; kl++) {
        for (let ml = 0; ml < M1; ml++) {
          for (let q = 0; q < nSeq; q++) {
            const idx = q + nSeq * (ml + M1 * kl);
            let v = this.buf.cost[idx]!;
            if (v === INF) continue;
            if (minCounter >= 0 && ml < needLev) v += hw * Math.ceil(((needLev - ml) * unit) / m.minutesUnit);
            if (q < nWork) {
              const r = (q % Rcap) + 1;
              const startEdge = b - r + 1 === 0;
              if (right) {
                if (right.worked) {
                  if (forbidden(clsRep[(q / Rcap) | 0]!, m.sSig[right.shift]!)) v += hw;
                  const len = r + right.len;
                  if (len > maxW) v += hw * (len - maxW);
                  if (len < minW && !startEdge && !right.edge) v += hw * (minW - len);
                } else {
                  if (r < minW && !startEdge) v += hw * (minW - r);
                  if (right.len < minOff && !right.edge) v += hw * (minOff - right.len);
                }
              }
            } else if (right) {
              const k = q - nWork + 1;
              const startEdge = b - k + 1 === 0;
              if (right.worked) {
                if (k < minOff && !startEdge) v += hw * (minOff - k);
                if (right.len < minW && !right.edge) v += hw * (minW - right.len);
              } else if (k + right.len < minOff && !startEdge && !right.edge) v += hw * (minOff - k - right.len);
            }
            if (v < best) { best = v; bestState = idx; }
          }
        }
      }
      if (bestState < 0) {
        // Successions or run lengths kept every path off the minimum: solve again unpruned.
        if (prune) { prune = false; round--; continue; }
        return null;
      }
      const choice = new Int32Array(n).fill(-1);
      let sIdx = bestState;
      for (let i = n - 1; i >= 0; i--) {
        const j = this.buf.pick[i * size + sIdx]!;
        choice[i] = j < 0 ? -1 : chG[i]![j]!;
        sIdx = this.buf.back[i * size + sIdx]!;
      }
      fallback = choice;
      // Price count limits the choice overshoots and solve again; the first choice within every
      // limit wins.
      if (updatePrices(m, choice, a, lagr, priced, round)) {
        solution = choice;
        for (const L of lagr) this.prices[L.c] = L.price;
        break;
      }
    }
    return solution ?? fallback;
  }

  /** Make the tightest count limit a state (exact pricing for column generation). */
  exactCount = false;
}
