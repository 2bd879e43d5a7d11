// Per-person traits shared by every role: home placement, languages (more minority speakers in
// and near 民族乡), skills, contract limits and dates, and the public-official rule.
import type { CityContext, CityDistrict } from './districts';
import { distanceKm, jitter } from './geo';
import type { Point } from './geo';
import { createRng } from './random';
import type { Rng } from './random';
import type { DemoTownship, Lang, Role } from './types';

type Minority = Exclude<Lang, 'zh'>;

/** Chance that someone living in a 民族乡 speaks its language is drawn per township in this band. */
export const ETHNIC_SPEAKER_SHARE: [min: number, max: number] = [0.2, 0.35];
/** Chance for homes within NEAR_KM of a 民族乡 centre, and for everyone else ([E]). */
export const NEAR_SPEAKER_SHARE = 0.12;
export const ELSEWHERE_SPEAKER_SHARE = 0.03;
export const NEAR_KM = 12;

export function nearestTownship(cd: CityDistrict, p: Point): DemoTownship {
  let best = cd.townships[0] as DemoTownship;
  let bestKm = Infinity;
  for (const t of cd.townships) {
    const km = distanceKm(t, p);
    if (km < bestKm) {
      best = t;
      bestKm = km;
    }
  }
  return best;
}

function speakerShare(ctx: CityContext, t: DemoTownship): number {
  const [min, max] = ETHNIC_SPEAKER_SHARE;
  return createRng(ctx.seed, t.code, 'speakers').real(min, max);
}

/**
 * Languages of a person living at `home` in district `cd`: always Mandarin, plus sometimes one
 * (rarely two) minority languages, likelier in or near a 民族乡. Returns the minority language
 * spoken, if any, so names can follow it.
 */
export function languagesAt(rng: Rng, ctx: CityContext, cd: CityDistrict, home: Point): { languages: Lang[]; minority?: Minority } {
  const own = nearestTownship(cd, home);
  let pool: Lang[] = [];
  let p = ELSEWHERE_SPEAKER_SHARE;
  if (own.ethnicLanguages.length > 0) {
    pool = own.ethnicLanguages;
    p = speakerShare(ctx, own);
  } else {
    const near = cd.townships.find((t) => t.ethnicLanguages.length > 0 && distanceKm(t, home) <= NEAR_KM);
    if (near) {
      pool = near.ethnicLanguages;
      p = NEAR_SPEAKER_SHARE;
    } else {
      pool = [...new Set(cd.townships.flatMap((t) => t.ethnicLanguages))];
    }
  }
  if (pool.length === 0 || !rng.chance(p)) return { languages: ['zh'] };
  const first = rng.pick(pool) as Minority;
  const languages: Lang[] = ['zh', first];
  const second = pool.find((l) => l !== first);
  if (second && rng.chance(0.15)) languages.push(second);
  return { languages, minority: first };
}

/** A home near the county seat (km 0–`seatKm`) or, with `townshipShare`, near a township. */
export function homeIn(rng: Rng, cd: CityDistrict, townshipShare: number, seatKm = 5): Point {
  if (rng.chance(townshipShare)) return jitter(rng, rng.pick(cd.townships), 0, 3);
  return jitter(rng, cd.seat, 0, seatKm);
}

const LAWYER_SKILLS = ['labour', 'land', 'property', 'family', 'consumer', 'ecommerce', 'criminal', 'administrative', 'contract'];
const LAWYER_SKILL_WEIGHTS = [3, 2, 2, 3, 1.5, 1, 2.5, 1, 2.5];
const GRASSROOTS_SKILLS = ['labour', 'land', 'family', 'neighbour', 'consumer', 'property', 'contract'];
const MEDIATOR_SKILLS = ['family', 'land', 'neighbour', 'labour'];

function weightedDistinct(rng: Rng, items: readonly string[], weights: readonly number[], k: number): string[] {
  const w = weights.slice();
  const out: string[] = [];
  while (out.length < k) {
    const i = rng.weighted(w);
    out.push(items[i] as string);
    w[i] = 0;
  }
  return out;
}

export function lawyerSkills(rng: Rng): string[] {
  return weightedDistinct(rng, LAWYER_SKILLS, LAWYER_SKILL_WEIGHTS, rng.int(2, 4));
}
export function grassrootsSkills(rng: Rng): string[] {
  return rng.sample(GRASSROOTS_SKILLS, rng.int(2, 3));
}
export function mediatorSkills(rng: Rng, speciality: string | null): string[] {
  const base = rng.sample(MEDIATOR_SKILLS, rng.int(2, 4));
  return speciality ? [speciality, ...base.filter((s) => s !== speciality).slice(0, 2)] : base;
}
export function notarySkills(rng: Rng): string[] {
  return ['notarization', rng.pick(['family', 'property'])];
}
export const VICE_PRINCIPAL_SKILLS = ['juvenile', 'education'];

export interface Limits {
  maxDutiesPerWeek: number;
  maxDutiesPerMonth: number;
  maxHoursPerMonth: number;
}

/**
 * Contract limits per main role ([E]): lawyers give a few duties beside their practice;
 * full-time mediators and grassroots workers much more; vice-principals only school sessions.
 * Duties are shifts; hours are on-duty hours, travel excluded.
 */
export function limitsFor(rng: Rng, role: Role): Limits {
  switch (role) {
    case 'lawyer': {
      const week = rng.pick([2, 3, 3, 3, 4]);
      return { maxDutiesPerWeek: week, maxDutiesPerMonth: week * 3 + 1, maxHoursPerMonth: (week * 3 + 1) * 6 };
    }
    case 'notary':
      return { maxDutiesPerWeek: 4, maxDutiesPerMonth: 14, maxHoursPerMonth: 90 };
    case 'grassroots_worker':
      return { maxDutiesPerWeek: 4, maxDutiesPerMonth: rng.pick([12, 14, 16]), maxHoursPerMonth: 90 };
    case 'mediator':
      return { maxDutiesPerWeek: 5, maxDutiesPerMonth: 20, maxHoursPerMonth: 140 };
    case 'legal_vice_principal':
      return { maxDutiesPerWeek: 1, maxDutiesPerMonth: rng.pick([2, 3, 4]), maxHoursPerMonth: 12 };
  }
}

/**
 * Who is a salaried public official (no subsidy): staff of courts, procuratorates, police and
 * justice bureaus. Lawyers and grassroots workers are private. Notaries: offices are public
 * institutions (事业单位), not government organs, so notaries are treated as not public officials
 * and can draw the duty allowance; switch here if the bureau rules otherwise. Full-time mediators
 * are hired through government service purchase without a civil-service salary, so they are not
 * public officials and draw the per-case mediation subsidy (domain.md §8, 以案定补).
 */
export const PUBLIC_OFFICIAL_EMPLOYERS: ReadonlySet<string> = new Set(['court', 'procuratorate', 'police', 'justice_bureau']);

/** Weighted pick of one value: `[[value, weight], …]`. */
export function pickWeighted<T>(rng: Rng, options: readonly [T, number][]): T {
  return (options[rng.weighted(options.map(([, w]) => w))] as [T, number])[0];
}
