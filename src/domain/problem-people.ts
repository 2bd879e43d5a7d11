// People → solver people: roles, skills (plus the 'hotline' pseudo-skill for the 12348 pool),
// languages, home location, blocked time (unavailability, outside the contract, duties in other
// rosters, bookings) and contract limits as bounds. Pure.
import type { Blocked, Location, Person } from '../solver/problem.js';

export interface PersonInput {
  id: number;
  name: string;
  roles: string[];
  skills: string[];
  languages: string[];
  homeDistrictCode: string;
  homeLat: number;
  homeLon: number;
  publicOfficial: boolean;
  hotlinePool: boolean;
  /** The person's home district is the central city (resource sinking applies). */
  central: boolean;
  maxDutiesPerWeek: number;
  maxDutiesPerMonth: number;
  maxHoursPerMonth: number;
  contractStart: string;
  contractEnd: string | null;
  /** UTC ranges the person cannot serve, with a reason kind. */
  busy: { startsAt: Date; endsAt: Date; kind: string }[];
}

export const HOME_LOCATION = (id: number) => `home:${id}`;
const MIN = 60_000;
/** Days in a row a person may serve at most (the ≤ 6 working-days principle, domain.md §9). */
const MAX_CONSECUTIVE_DAYS = 6;

export function peopleToSolver(
  input: readonly PersonInput[],
  ctx: { periodStartMs: number; periodDays: number },
): { people: Person[]; homes: Location[] } {
  const endMs = ctx.periodStartMs + ctx.periodDays * 1440 * MIN;
  const toMin = (ms: number) => Math.round((ms - ctx.periodStartMs) / MIN);
  const people: Person[] = [];
  const homes: Location[] = [];
  for (const p of input) {
    const blocked: Blocked[] = [];
    for (const b of p.busy) {
      const s = Math.max(b.startsAt.getTime(), ctx.periodStartMs);
      const e = Math.min(b.endsAt.getTime(), endMs);
      if (e > s) blocked.push({ start: toMin(s), end: toMin(e), kind: b.kind });
    }
    const contractFrom = Date.parse(`${p.contractStart}T00:00:00+08:00`);
    if (contractFrom > ctx.periodStartMs) blocked.push({ start: 0, end: Math.min(toMin(contractFrom), ctx.periodDays * 1440), kind: 'contract' });
    if (p.contractEnd) {
      const contractTo = Date.parse(`${p.contractEnd}T00:00:00+08:00`) + 1440 * MIN;
      if (contractTo < endMs) blocked.push({ start: Math.max(0, toMin(contractTo)), end: ctx.periodDays * 1440, kind: 'contract' });
    }
    homes.push({ id: HOME_LOCATION(p.id), name: `${p.name}住址`, lat: p.homeLat, lon: p.homeLon, district: p.homeDistrictCode });
    people.push({
      id: String(p.id),
      name: p.name,
      roles: p.roles,
      skills: p.hotlinePool ? [...p.skills, 'hotline'] : p.skills,
      languages: p.languages,
      home: HOME_LOCATION(p.id),
      district: p.homeDistrictCode,
      subsidised: !p.publicOfficial,
      // Resource sinking asks central-city lawyers (not officials) to take remote duties.
      central: p.central && p.roles.includes('lawyer') && !p.publicOfficial,
      fairnessGroup: p.roles[0] ?? 'other',
      blocked: blocked.filter((b) => b.end > b.start),
      limits: [
        { kind: 'shifts', window: 'week', hardMax: p.maxDutiesPerWeek },
        { kind: 'shifts', window: 'period', hardMax: p.maxDutiesPerMonth },
        { kind: 'minutes', window: 'period', hardMax: p.maxHoursPerMonth * 60 },
        { kind: 'consecutiveDays', hardMax: MAX_CONSECUTIVE_DAYS, softMax: MAX_CONSECUTIVE_DAYS - 1, weight: 2 },
      ],
    });
  }
  return { people, homes };
}
