// Inputs of one window rebuild (dp.ts), read off the model and the current roster: each day's
// choices with their exact marginal costs, and the person's count limits over the window (exact
// minutes levels, Lagrangian-priced counters, new weekends, or a priced minutes total when the
// exact state space would be too large).
import type { Model } from '../model/model.js';
import type { State } from '../model/state.js';
import { wishMatches } from '../constraints/wishes.js';
import type { Rng } from '../random.js';
import type { Weights } from './weights.js';
import { blocked } from './moves.js';
import { tightest } from './dp-context.js';

const INF = Number.POSITIVE_INFINITY;
/** Most states of one day (cost arrays of 8 bytes each: 300,000 states ≈ 2.4 MB per array). */
export const MAX_STATES = 300_000;
/** Back-pointer cells of one rebuild (12 million ≈ 72 MB): a whole half-year for one person fits. */
export const MAX_STATE_DAYS = 12_000_000;

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

export interface Choices {
  /** Per day of the window: seat group, tag-set signature, minutes and marginal cost of each choice. */
  chG: number[][];
  chSig: number[][];
  chMin: number[][];
  chCost: number[][];
  /** Index of the pinned choice per day, or -1. */
  forced: Int32Array;
  /** Tag-set signatures used by the choices. */
  sigs: number[];
  /** Gcd of the choices' lengths (minutes). */
  unit: number;
}

/** Cost weights of one seat under / over its count and of one wish unit. */
export interface SeatWeights {
  under: number;
  over: number;
  wish: number;
}

/** Seat weights in the search's scalar units: under-cover is medium (× its weight) unless the
 * problem makes cover soft. */
export function seatWeights(m: Model, w: Weights): SeatWeights {
  const W = m.weights;
  return {
    under: (W.get('cover-under') ?? 1) * (m.coverSoft ? 1 : w.medium),
    over: W.get('over-cover') ?? 1,
    wish: W.get('wishes') ?? 1,
  };
}

/** Scalar value of one more person at demand dem when `others` are already there: −under while
 * it is short, +over after. */
export function seatValue(m: Model, w: SeatWeights, dem: number, others: number): number {
  return others < m.dCount[dem]! ? -m.dUnder[dem]! * w.under : m.dOver[dem]! * w.over;
}

/** The choices of person p on days [a, b]. With `prices` (per demand) a seat is worth its price
 * instead of its exact marginal; `noise` adds a uniform random term of that width (needs rng). */
export function dayChoices(m: Model, st: State, p: number, a: number, b: number, w: SeatWeights,
  prices: Float64Array | null, noise: number, rng: Rng | null): Choices {
  const D = m.D;
  const n = b - a + 1;
  const base = p * D;
  const pins = m.pPins[p]!;
  // Choices per day: group, tag-set signature, minutes, marginal cost.
  const chG: number[][] = [], chSig: number[][] = [], chMin: number[][] = [], chCost: number[][] = [];
  const forced = new Int32Array(n).fill(-1);
  const sigs: number[] = [];
  let unit = 0;
  for (let i = 0; i < n; i++) {
    const d = a + i;
    const G: number[] = [], S: number[] = [], M: number[] = [], C: number[] = [];
    for (const g of m.groupsByDay[d]!) {
      const isPin = pins.length > 0 && m.pinned.has(p * m.G + g);
      // A pin stays whatever it breaks; other seats need a qualified, available person.
      if (!isPin && (!m.candMask[m.gCand[g]!]![p] || blocked(m, p, g))) continue;
      const s = m.gShift[g]!;
      const dem = m.gDemand[g]!;
      let c: number;
      if (prices) c = -prices[dem]!;
      else {
        c = seatValue(m, w, dem, st.demandN[dem]! - (st.has(p, g) ? 1 : 0));
      }
      const wl = m.pWishDay.get(base + d);
      if (wl) for (const wi of wl) if (wishMatches(m, wi, s)) c += (wi.want ? -wi.weight : wi.weight) * w.wish;
      // Optional noise diversifies rebuilds between equally good rosters (the engine still
      // scores the move exactly).
      if (noise > 0 && rng) c += (rng.next() - 0.5) * noise;
      G.push(g); S.push(m.sSig[s]!); M.push(m.sEnd[s]! - m.sStart[s]!); C.push(c);
      if (!sigs.includes(m.sSig[s]!)) sigs.push(m.sSig[s]!);
      unit = gcd(unit, m.sEnd[s]! - m.sStart[s]!);
      if (isPin) forced[i] = G.length - 1;
    }
    chG.push(G); chSig.push(S); chMin.push(M); chCost.push(C);
  }
  return { chG, chSig, chMin, chCost, forced, sigs, unit };
}

export interface Lagrangian {
  c: number;
  cap: number;
  price: number;
  lo: number;
  hi: number;
  warm: number;
}

export interface Limits {
  /** Counter of the period's minutes tracked exactly as levels of `unit` minutes, or -1. */
  minCounter: number;
  Mlev: number;
  needLev: number;
  maxMinutes: number;
  /** Count limits handled by Lagrangian prices. */
  lagr: Lagrangian[];
  /** Per window day: whether working it can add a new weekend, and whether it continues the
   * previous day's weekend. */
  wkNew: Uint8Array;
  sameWk: Uint8Array;
  Klev: number;
  /** The period's minutes priced (bisection on a price per minute) instead of tracked. */
  priced: { lo: number; hi: number; price: number; pLo: number; pHi: number } | null;
}

/** The count limits of person p over window [a, b] (nSeq = run states per level). */
export function windowLimits(m: Model, st: State, p: number, a: number, b: number, proRata: boolean, ch: Choices,
  nSeq: number, prices: Float64Array, priceCap: number, hardWeight: number): Limits {
  const D = m.D;
  const n = b - a + 1;
  const base = p * D;
  const { unit, chMin } = ch;
  // Minutes of the period, exactly, in units of the gcd of shift lengths.
  let outsideMin = 0;
  const lagr: Lagrangian[] = [];
  let minCounter = -1;
  for (const c of m.pCounters[p]!) {
    const k = m.counters[c]!;
    if (minCounter < 0 && k.minutes && k.tag === -1 && k.dayKind === 0 && k.from === 0 && k.to === D - 1
      && (Number.isFinite(k.bound.hardMax) || Number.isFinite(k.bound.hardMin))) minCounter = c;
  }
  const used = (c: number, inside: boolean): number => {
    const k = m.counters[c]!;
    let v = 0;
    for (let d = k.from; d <= k.to; d++) {
      if ((d >= a && d <= b) !== inside) continue;
      const cell = st.cells[base + d];
      if (!cell) continue;
      for (const g of cell) {
        const s = m.gShift[g]!;
        if (k.tag !== -1 && !m.sTags[s]!.includes(k.tag)) continue;
        if (k.dayKind !== 0 && !(k.dayKind & 1 && m.dayWeekend[d]) && !(k.dayKind & 2 && m.dayHoliday[d])) continue;
        v += k.minutes ? m.sEnd[s]! - m.sStart[s]! : 1;
      }
    }
    return v;
  };
  let Mlev = 0, needLev = 0, maxMinutes = INF;
  if (minCounter >= 0 && unit > 0) {
    const k = m.counters[minCounter]!;
    outsideMin = used(minCounter, false);
    const share = proRata && b < D - 1 ? (b + 1) / D : 1;
    const slack = share < 1 ? m.minutesUnit : 0;
    maxMinutes = k.bound.hardMax * share + slack - outsideMin;
    const minTarget = k.bound.hardMin * share;
    // Only levels the window can reach matter: at most the longest choice of every day.
    let reach = 0;
    for (const M of chMin) reach += M.length > 0 ? Math.max(...M) / unit : 0;
    const top = Math.min(reach, Number.isFinite(maxMinutes) ? Math.floor(maxMinutes / unit) : reach);
    if (top >= 0 && top <= 600) {
      Mlev = top;
      needLev = Number.isFinite(minTarget) ? Math.max(0, Math.ceil((minTarget - outsideMin) / unit)) : 0;
      if (Number.isFinite(maxMinutes) && Math.floor(maxMinutes / unit) > reach) maxMinutes = INF;
    } else minCounter = -1;
  }
  for (const c of m.pCounters[p]!) {
    const k = m.counters[c]!;
    if (c === minCounter || !Number.isFinite(k.bound.hardMax)) continue;
    if (k.to < a || k.from > b) continue;
    // Warm start from the price that worked last time, decayed so it can come down again.
    const warm = prices[c]! * 0.8;
    const capShare = proRata && b < D - 1 ? Math.ceil((k.bound.hardMax * (b + 1)) / D) + 1 : k.bound.hardMax;
    lagr.push({ c, cap: Math.min(k.bound.hardMax, capShare) - used(c, false), price: 0, lo: 0, hi: priceCap + hardWeight, warm });
  }

  // Weekends: only weekends not already worked outside the window can add to the count.
  const wkAll = tightest(m.pWeekends[p]!).max;
  const wk = proRata && b < D - 1 && Number.isFinite(wkAll) ? Math.min(wkAll, Math.ceil((wkAll * (b + 1)) / D)) : wkAll;
  const wkNew = new Uint8Array(n), sameWk = new Uint8Array(n);
  let Klev = 0;
  if (Number.isFinite(wk)) {
    const workedOutside = new Set<number>();
    for (let d = 0; d < D; d++) {
      if ((d < a || d > b) && st.dayCount[base + d]! > 0 && m.dayWeekendId[d]! >= 0) workedOutside.add(m.dayWeekendId[d]!);
    }
    const inWindow = new Set<number>();
    for (let i = 0; i < n; i++) {
      const id = m.dayWeekendId[a + i]!;
      wkNew[i] = id >= 0 && !workedOutside.has(id) ? 1 : 0;
      sameWk[i] = i > 0 && id >= 0 && m.dayWeekendId[a + i - 1] === id ? 1 : 0;
      if (wkNew[i]) inWindow.add(id);
    }
    // Levels beyond the weekends the window holds are never reached.
    Klev = Math.min(Math.max(0, wk - workedOutside.size), inWindow.size);
  }
  // Too many states with exact minutes: price the minutes instead (bisection on a price per
  // minute until the window's total lands in its allowed range).
  let priced: { lo: number; hi: number; price: number; pLo: number; pHi: number } | null = null;
  if (minCounter >= 0 && (nSeq * (Mlev + 1) * (Klev + 1) * n > MAX_STATE_DAYS || nSeq * (Mlev + 1) * (Klev + 1) > MAX_STATES)) {
    const k = m.counters[minCounter]!;
    const cap = priceCap / m.minutesUnit;
    priced = { lo: k.bound.hardMin - outsideMin, hi: k.bound.hardMax - outsideMin, price: 0, pLo: -cap, pHi: cap };
    minCounter = -1;
    Mlev = 0;
    needLev = 0;
  }
  return { minCounter, Mlev, needLev, maxMinutes, lagr, wkNew, sameWk, Klev, priced };
}

/** After a round's choice (days from a): raises the price of every priced limit it overshoots and
 * lowers the price bracket of those it meets (bisection; unpriced first, then the price that worked
 * last time, then the bracket's top from round 4); the same for a priced minutes total. True when
 * the choice is within every limit. */
export function updatePrices(m: Model, choice: Int32Array, a: number, lagr: Lagrangian[], priced: Limits['priced'],
  round: number): boolean {
  const n = choice.length;
  let over = false;
  for (const L of lagr) {
    const k = m.counters[L.c]!;
    let v = 0;
    for (let i = 0; i < n; i++) {
      const g = choice[i]!;
      if (g < 0 || a + i < k.from || a + i > k.to) continue;
      const s = m.gShift[g]!;
      if (k.tag !== -1 && !m.sTags[s]!.includes(k.tag)) continue;
      v += k.minutes ? m.sEnd[s]! - m.sStart[s]! : 1;
    }
    if (v > L.cap) {
      over = true;
      L.lo = L.price;
      L.price = round >= 4 ? L.hi : L.price === 0 && L.warm > 0 ? Math.min(L.warm, L.hi) : (L.lo + L.hi) / 2;
    } else if (L.price > 0) {
      L.hi = L.price;
    }
  }
  if (priced) {
    let total = 0;
    for (let i = 0; i < n; i++) if (choice[i]! >= 0) total += m.sEnd[m.gShift[choice[i]!]!]! - m.sStart[m.gShift[choice[i]!]!]!;
    if (total < priced.lo) { over = true; priced.pHi = priced.price; priced.price = (priced.pLo + priced.price) / 2; }
    else if (total > priced.hi) { over = true; priced.pLo = priced.price; priced.price = (priced.price + priced.pHi) / 2; }
  }
  return !over;
}
