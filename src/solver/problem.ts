// The solver's input and output as plain, serialisable JSON types. Times are minutes from the
// period start (Asia/Shanghai wall clock; no DST in China, so minutes are uniform); money is fen.
// `schemas/problem.ts` validates this shape at the edge; the solver trusts it.
import type { MipSolver } from './mip.js';

/** One bound shape for every limit: hardMin ≤ softMin … softMax ≤ hardMax; `weight` is the soft
 * cost per unit outside [softMin, softMax] (default 1). Any side may be omitted (= unbounded). */
export interface Bound {
  hardMin?: number;
  softMin?: number;
  softMax?: number;
  hardMax?: number;
  weight?: number;
}

/** Metadata of one day of the period (index = position in `Problem.days`). */
export interface DayInfo {
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  /** Short label used in sentences, e.g. "12-03"; defaults to "第N天". */
  label?: string;
  weekend?: boolean;
  holiday?: boolean;
  /** A weekend day that is a working day by the State Council calendar (调休). */
  makeUpWorkday?: boolean;
}

export interface Location {
  id: string;
  name: string;
  lat?: number;
  lon?: number;
  district?: string;
  /** Hotline seat or online desk: no travel to or from it. */
  online?: boolean;
}

/** Travel minutes between locations: haversine km × detourFactor ÷ speedKmh × 60 + overheadMinutes,
 * unless `matrix` names the pair (either direction). Same location or an online one: 0. */
export interface TravelModel {
  detourFactor?: number;
  speedKmh?: number;
  overheadMinutes?: number;
  matrix?: Array<{ from: string; to: string; minutes: number }>;
}

/** A group of identical seats in a shift. Cover is counted per demand: the seat group's own
 * (count / weightUnder / weightOver), or a shared flexible demand named by `demand`. */
export interface SeatGroup {
  /** Any one of these roles qualifies (empty or absent = any role). */
  roles?: string[];
  /** All of these skills are required. */
  skills?: string[];
  /** All of these languages are required (hard). */
  languages?: string[];
  /** Wanted but not required (soft, per assignment lacking all of them). */
  preferredLanguages?: string[];
  /** People wanted in this seat group; ignored when `demand` is set. */
  count?: number;
  /** Cost per missing person (medium level by default). Default 1. */
  weightUnder?: number;
  /** Cost per extra person (soft). Default 1. */
  weightOver?: number;
  /** Only these people may sit here (e.g. the school's appointed legal vice-principal). */
  allowedPeople?: string[];
  /** Id of a flexible demand in `Problem.demands` that this seat group is one alternative of. */
  demand?: string;
}

export interface Shift {
  id: string;
  name?: string;
  /** Location id. */
  site: string;
  /** Minutes from the period start; end > start. */
  start: number;
  end: number;
  /** Day index (0-based) the shift belongs to. */
  day: number;
  tags?: string[];
  district?: string;
  /** Subsidy per assignment for a subsidised person (fen). */
  costFen?: number;
  /** Extra subsidy when the person's district differs from the shift's (fen). */
  crossDistrictFen?: number;
  seats: SeatGroup[];
}

/** A flexible duty: `count` people over all seat groups that name it (one alternative per
 * candidate day); over-cover and under-cover are counted on the total. */
export interface Demand {
  id: string;
  name?: string;
  count: number;
  weightUnder?: number;
  weightOver?: number;
}

export type LimitKind = 'shifts' | 'minutes' | 'consecutiveDays' | 'consecutiveDaysOff' | 'weekends';
export type DayKind = 'weekend' | 'holiday' | 'weekend-or-holiday';

/** A person's limit. `shifts` counts assignments (optionally only those with `tag` or on `dayKind`
 * days) per window; `minutes` sums shift minutes per window; consecutive limits apply to blocks of
 * working days / days off (blocks touching the period edges are exempt from minimums); `weekends`
 * counts worked weekends. */
export interface Limit extends Bound {
  kind: LimitKind;
  tag?: string;
  dayKind?: DayKind;
  /** Window for `shifts` and `minutes`: the whole period (default), each Monday-started week
   * (minimums apply to full weeks only), or an explicit inclusive day range. */
  window?: 'period' | 'week' | { from: number; to: number };
}

export interface Wish {
  /** true: wants to work (cost when no matching assignment); false: wants not to (cost per match). */
  want: boolean;
  weight: number;
  day?: number;
  tag?: string;
  shift?: string;
  site?: string;
}

/** Tag `from` on day d forbids tag `to` on day d+1. */
export interface Succession {
  from: string;
  to: string;
}

/** After a shift with `afterTag`, at least `minutes` before the next shift starts. */
export interface RestRule {
  afterTag: string;
  minutes: number;
}

export interface Blocked {
  start: number;
  end: number;
  /** Reason, e.g. leave, court, training, day-off. */
  kind: string;
}

export interface Person {
  id: string;
  name: string;
  roles: string[];
  skills?: string[];
  languages?: string[];
  /** Home location id (for travel). */
  home?: string;
  district?: string;
  /** Receives subsidies (a salaried public official does not). Default true. */
  subsidised?: boolean;
  /** Central-city person expected to take a share of remote duties (resource sinking). */
  central?: boolean;
  /** People are compared for fairness within a group; default their first role. */
  fairnessGroup?: string;
  blocked?: Blocked[];
  limits?: Limit[];
  wishes?: Wish[];
  successions?: Succession[];
  rest?: RestRule[];
}

export interface Assignment {
  person: string;
  shift: string;
  /** Seat group index within the shift; default 0. */
  seat?: number;
}

export interface Pin extends Assignment {
  /** Where the pin comes from (coordinator, booking …). */
  source?: string;
}

export interface Budget {
  district: string;
  fen: number;
}

export interface Sinking {
  /** Tag of the remote / under-served duties. Default "remote". */
  tag?: string;
  /** Soft minimum of such duties per central person. */
  minPerPerson: number;
}

export interface Problem {
  name?: string;
  days: DayInfo[];
  locations: Location[];
  travel?: TravelModel;
  shifts: Shift[];
  demands?: Demand[];
  people: Person[];
  successions?: Succession[];
  rest?: RestRule[];
  pins?: Pin[];
  previous?: Assignment[];
  budgets?: Budget[];
  sinking?: Sinking;
  /** Weight per constraint id (0 switches it off); missing ids use the registry default. */
  weights?: Record<string, number>;
  /** Level of unfilled seats: medium (default) or soft (used by the Curtois benchmark, whose
   * objective adds under-cover to the other penalties). */
  coverLevel?: 'medium' | 'soft';
  /** Display names of codes in the sentences (roles, skills, languages, tags); a code without one
   * is shown as it is. */
  labels?: TermLabels;
}

/** Display names per kind of code, e.g. roles: { notary: '公证员' }. */
export interface TermLabels {
  roles?: Record<string, string>;
  skills?: Record<string, string>;
  languages?: Record<string, string>;
  tags?: Record<string, string>;
}

export type Level = 'hard' | 'medium' | 'soft';

/** Lexicographic score: lower is better on every level; compare hard, then medium, then soft. */
export interface Score {
  hard: number;
  medium: number;
  soft: number;
}

export interface Violation {
  constraint: string;
  level: Level;
  /** Weighted penalty this violation adds to its level. */
  amount: number;
  person?: string;
  shift?: string;
  day?: number;
  /** Chinese sentence naming who, where and when. */
  message: string;
}

export type SolveStatus = 'optimal' | 'feasible' | 'infeasible_hard' | 'stopped';

export interface Progress {
  score: Score;
  /** Milliseconds since the solve started, by the injected clock. */
  elapsedMs: number;
  iterations: number;
}

export interface SolveOptions {
  seed?: number;
  /** Stop after this many milliseconds of the injected clock. Default 10 000. */
  timeLimitMs?: number;
  /** Stop after this many local-search iterations (deterministic budget for tests). */
  maxIterations?: number;
  /** Injected clock in milliseconds; without it only `maxIterations` bounds the search. */
  now?: () => number;
  onProgress?: (p: Progress) => void;
  /** Polled during the search; true stops it and returns the best found (status `stopped`). */
  shouldStop?: () => boolean;
  /** Start from these assignments instead of constructing (they must be valid ids). */
  initial?: Assignment[];
  /** Search knobs for experiments and benchmarks; the defaults are the measured ones. */
  tuning?: SearchTuning;
  /** An integer-programming solver lent by the caller (column generation's restricted master). */
  mip?: MipSolver;
}

export interface SearchTuning {
  /** Starting hard weight of the search scalar (hard units × hw + medium × mw + soft). */
  hw?: number;
  /** Annealing temperature at the start and at the end (geometric in between). */
  t0?: number;
  t1?: number;
  /** Let the hard weight follow infeasibility (strategic oscillation). Default true. */
  adapt?: boolean;
  /** Per-iteration probability of a window rebuild by DP, and its longest window (days). */
  pDp?: number;
  dpMax?: number;
  /** Per-iteration probability of a ruin-and-recreate, and how many people at most. */
  pRuin?: number;
  ruinK?: number;
  /** Random term width added to rebuild costs. */
  noise?: number;
  /** Cooling cycles over the budget. */
  cycles?: number;
  /** Share of ruins, and of window rebuilds, aimed at a seat left short. */
  ruinAim?: number;
  dpAim?: number;
  /** Per-iteration probability of re-matching a whole day (day-grid problems). */
  pDay?: number;
  /** Share of the time limit column generation may price in when it applies (default 0.7; 65 %
   * of it for the LP bound). */
  cgShare?: number;
  /** Share of the time limit by which a lent MIP solver must finish the restricted master. */
  mipEnd?: number;
  /** Budget (ms) from which column generation runs on any master size (default 30 000). */
  cgMinMs?: number;
  /** Pricing rounds whose pace must fit column generation's bound window (see paceCheck;
   * default 15 with a lent MIP solver, else 50, each per 40 people of the master; 0 keeps only
   * the first round's check). */
  cgPaceRounds?: number;
  /** Column generation's dual smoothing while it seeks the bound (the centre's weight, 0 = off;
   * default 0.5). */
  cgSmoothing?: number;
}

export interface SolveStats {
  iterations: number;
  elapsedMs: number;
  /** Milliseconds until the first roster with zero hard violations, if any. */
  firstFeasibleMs: number | null;
}

export interface Solution {
  status: SolveStatus;
  assignments: Assignment[];
  score: Score;
  violations: Violation[];
  stats: SolveStats;
}
