// The compiled, index-based form of a Problem that the search and the constraints work on:
// typed arrays per shift, seat group, demand and person, shared eligibility lists, and resolved
// weights. Built once per solve by compile.ts; never mutated afterwards.
import type { Bound, Problem } from '../problem.js';
import type { TravelTable } from './travel.js';

/** A compiled bound; missing sides are ±Infinity, weight defaults to 1. */
export interface CBound {
  hardMin: number;
  softMin: number;
  softMax: number;
  hardMax: number;
  weight: number;
}

/** One counted window of a `shifts` or `minutes` limit of one person. */
export interface Counter {
  person: number;
  from: number;
  to: number;
  /** Tag id required on the shift, or -1. */
  tag: number;
  /** 0 any day, 1 weekend, 2 holiday, 3 weekend or holiday. */
  dayKind: number;
  minutes: boolean;
  bound: CBound;
  /** Index of the limit in the person's `limits` (for sentences). */
  limit: number;
}

export interface CWish {
  want: boolean;
  weight: number;
  day: number; // -1 = any day
  tag: number; // -1 = any
  shift: number; // -1 = any
  site: number; // -1 = any
  index: number; // position in person.wishes
}

export interface Model {
  problem: Problem;
  D: number;
  P: number;
  S: number;
  G: number;
  L: number;
  nDemand: number;
  nTags: number;
  tagIndex: Map<string, number>;
  personIndex: Map<string, number>;
  shiftIndex: Map<string, number>;
  locIndex: Map<string, number>;
  travel: TravelTable;
  /** Minutes per hard unit of a minutes limit: the median shift length (so that one shift too
   * many or too few weighs about as much as one broken count limit). */
  minutesUnit: number;
  /** Days a conflict (overlap, rest) can reach across: partner shifts lie within ±reach days. */
  reach: number;

  // Days
  dayWeekend: Uint8Array;
  dayHoliday: Uint8Array;
  /** Weekend index of each day (consecutive weekend days form one weekend), or -1. */
  dayWeekendId: Int32Array;
  nWeekends: number;
  dayLabel: string[];

  // Shifts
  sStart: Int32Array;
  sEnd: Int32Array;
  sDay: Int32Array;
  sLoc: Int32Array;
  sDistrict: Int32Array; // -1 = none
  sCost: Float64Array;
  sCross: Float64Array;
  sTags: Int32Array[];
  /** Index of the shift's distinct tag set (successions are looked up per pair of these). */
  sSig: Int32Array;
  nSig: number;
  /** Minimum rest (minutes) after the shift by the problem-level rules. */
  sRest: Int32Array;
  /** Seat groups of each shift (first index, count). */
  sGroup0: Int32Array;
  sGroupN: Int32Array;
  sWeekendish: Uint8Array;
  sNight: Uint8Array;

  // Seat groups
  gShift: Int32Array;
  gSeat: Int32Array;
  gDemand: Int32Array;
  /** Index of the group's candidate list (people qualified by role, skills, languages, allowed). */
  gCand: Int32Array;
  /** Index into qualMask: people with the role, skills and languages the seat needs. */
  gQual: Int32Array;
  /** People allowed in the seat (appointees), or null when anyone qualified may sit. */
  gAllowed: (Set<number> | null)[];
  gPreferred: (Int32Array | null)[];
  groupsByDay: Int32Array[];

  qualMask: Uint8Array[];
  // Candidate lists (shared by all seat groups of equal qualification)
  candList: Int32Array[];
  candMask: Uint8Array[];
  /** Per list: candidates by person district id (index = district id; last = no district). */
  candByDistrict: Int32Array[][];

  // Demands
  dCount: Int32Array;
  dUnder: Float64Array;
  dOver: Float64Array;
  dGroups: Int32Array[];
  dName: string[];

  // People
  pDistrict: Int32Array;
  pHome: Int32Array; // -1 = none
  pSubsidised: Uint8Array;
  pCentral: Uint8Array;
  pFairGroup: Int32Array;
  nFairGroups: number;
  pLangs: Set<number>[];
  pBlocked: Int32Array[]; // flattened [start, end, …]
  pCounters: Int32Array[];
  counters: Counter[];
  pConsec: CBound[][];
  pConsecOff: CBound[][];
  pWeekends: CBound[][];
  pWishDay: Map<number, CWish[]>; // key p * D + day
  pWishAny: CWish[][];
  /** Per-person extra forbidden successions as a nSig × nSig matrix, or null. */
  pSucc: (Uint8Array | null)[];
  /** Per-person extra rest rules: [tagId, minutes, …], or null. */
  pRest: (Int32Array | null)[];
  succ: Uint8Array; // nSig × nSig, 1 = forbidden
  pPins: Int32Array[]; // pinned group ids per person
  pinned: Set<number>; // p * G + g
  prev: Set<number>; // p * S + s
  pPrev: Int32Array[]; // previous shift ids per person
  hasPrev: boolean;
  districtNames: string[];
  budget: Float64Array; // per district, fen; Infinity = none
  sinkingTag: number;
  sinkingMin: number;
  coverSoft: boolean;
  weights: Map<string, number>;
}

export const INF = Number.POSITIVE_INFINITY;

export function compileBound(b: Bound): CBound {
  return {
    hardMin: b.hardMin ?? -INF,
    softMin: b.softMin ?? -INF,
    softMax: b.softMax ?? INF,
    hardMax: b.hardMax ?? INF,
    weight: b.weight ?? 1,
  };
}

/** Hard units of value v under bound b. `minEnforced` false skips the minimums. */
export function boundHard(v: number, b: CBound, minEnforced = true): number {
  let u = 0;
  if (v > b.hardMax) u += v - b.hardMax;
  if (minEnforced && v < b.hardMin) u += b.hardMin - v;
  return u;
}

/** Soft cost (weight × units outside [softMin, softMax]) of value v under bound b. */
export function boundSoft(v: number, b: CBound, minEnforced = true): number {
  let u = 0;
  if (v > b.softMax) u += v - b.softMax;
  if (minEnforced && v < b.softMin) u += b.softMin - v;
  return u * b.weight;
}
