// Builds the solver's Problem for one roster month from registry data (already loaded by the
// roster layer): days from the working-day calendar, sites as locations, shifts with their seats
// (flexible needs become demands over alternative days), people with their blocked time and
// contract limits, pins, the previous published assignment and budgets. Pure.
import type { Demand, DayInfo as SolverDay, Location, Problem, Shift } from '../solver/problem.js';
import { peopleToSolver, type PersonInput } from './problem-people.js';
import { addDays, datesBetween, type WorkingDayCalendar, dayInfo } from './working-days.js';
import { monthPeriod, periodStartMs } from './recurrence.js';
import type { ShiftDraft } from './expand-shifts.js';
import { termLabelsZh } from './vocabulary.js';

export interface SiteInput {
  id: number;
  name: string;
  type: string;
  districtCode: string | null;
  lat: number | null;
  lon: number | null;
  remote: boolean;
}

/** A stored shift: an expanded draft with its database id instead of its template's. */
export interface ShiftInput extends Omit<ShiftDraft, 'templateId'> {
  id: number;
  /** The duty's name, its template's ("安置点律师驻点调解"); the site's name when absent. */
  name?: string;
  /** Cost for a subsidised person (fen) and the cross-district supplement. */
  costFen?: number;
  crossDistrictFen?: number;
}

/** Appointees per site with their appointment dates (inclusive; null = open). */
export interface AppointeeInput {
  siteId: number;
  personId: number;
  startsOn: string;
  endsOn: string | null;
}

export interface AssignmentRef {
  shiftId: number;
  seatGroup: number;
  personId: number;
}

export interface ProblemInput {
  month: string;
  calendar: WorkingDayCalendar;
  sites: SiteInput[];
  shifts: ShiftInput[];
  people: PersonInput[];
  appointees: AppointeeInput[];
  pins: AssignmentRef[];
  previous: AssignmentRef[];
  budgets: { district: string; fen: number }[];
  weights?: Record<string, number>;
  /** Minimum rest after a night shift, minutes (default 11 h). */
  restAfterNightMinutes?: number;
}

export const SITE_LOCATION = (id: number) => `site:${id}`;
const MS_PER_MIN = 60_000;
/** Soft cost per person beyond a seat's count (default seat cost is 1). */
const OVER_COVER_WEIGHT = 100;
/** Local midnight (Asia/Shanghai) of the month's first day, epoch milliseconds. */
export const monthStartMs = (month: string): number => periodStartMs(monthPeriod(month));

function days(calendar: WorkingDayCalendar, month: string): SolverDay[] {
  const { from, to } = monthPeriod(month);
  return datesBetween(from, to).map((date, i) => {
    const info = dayInfo(calendar, date);
    const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7; // 0 = Monday
    const weekend = weekday >= 5;
    const kind = info.ok ? info.value.kind : weekend ? 'weekend' : 'workday';
    void i;
    return {
      weekday,
      label: date.slice(5),
      weekend: weekend && kind !== 'makeup',
      holiday: kind === 'holiday',
      makeUpWorkday: kind === 'makeup',
    };
  });
}

function seatGroups(s: ShiftInput, appointeesBySite: Map<number, AppointeeInput[]>): Shift['seats'] {
  return s.seats.map((seat, i) => {
    const allowed = seat.appointeesOnly
      ? (appointeesBySite.get(s.siteId) ?? [])
          .filter((a) => a.startsOn <= s.localDate && (a.endsOn === null || a.endsOn >= s.localDate))
          .map((a) => String(a.personId))
      : undefined;
    return {
      roles: seat.roles,
      ...(seat.skills.length ? { skills: seat.skills } : {}),
      ...(seat.languages.length ? { languages: seat.languages } : {}),
      ...(seat.preferredLanguages?.length ? { preferredLanguages: seat.preferredLanguages } : {}),
      ...(s.groupKey ? { demand: `${s.groupKey}#${i}` } : { count: seat.count }),
      // A seat never wants more people than asked: extra people cost as much as a soft rule can.
      weightOver: OVER_COVER_WEIGHT,
      ...(allowed ? { allowedPeople: allowed } : {}),
    };
  });
}

export function toProblem(input: ProblemInput): Problem {
  const t0 = monthStartMs(input.month);
  const { from } = monthPeriod(input.month);
  const dayIndex = (date: string) => Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
  const siteById = new Map(input.sites.map((s) => [s.id, s]));
  const appointeesBySite = new Map<number, AppointeeInput[]>();
  for (const a of input.appointees) {
    const list = appointeesBySite.get(a.siteId) ?? [];
    list.push(a);
    appointeesBySite.set(a.siteId, list);
  }

  const locations: Location[] = input.sites.map((s) => ({
    id: SITE_LOCATION(s.id),
    name: s.name,
    ...(s.lat !== null && s.lon !== null ? { lat: s.lat, lon: s.lon } : {}),
    ...(s.districtCode ? { district: s.districtCode } : {}),
    ...(s.type === 'online' ? { online: true } : {}),
  }));

  const demands = new Map<string, Demand>();
  const shifts: Shift[] = input.shifts.map((s) => {
    const site = siteById.get(s.siteId);
    if (s.groupKey) {
      s.seats.forEach((seat, i) => {
        const id = `${s.groupKey}#${i}`;
        if (!demands.has(id)) demands.set(id, { id, name: site?.name ?? id, count: (s.groupCount ?? 1) * seat.count, weightOver: OVER_COVER_WEIGHT });
      });
    }
    return {
      id: String(s.id),
      name: s.name ?? site?.name ?? `site ${s.siteId}`,
      site: SITE_LOCATION(s.siteId),
      start: Math.round((s.startsAt.getTime() - t0) / MS_PER_MIN),
      end: Math.round((s.endsAt.getTime() - t0) / MS_PER_MIN),
      day: dayIndex(s.localDate),
      tags: [...s.tags, ...(site?.remote ? ['remote'] : [])],
      ...(site?.districtCode ? { district: site.districtCode } : {}),
      ...(s.costFen !== undefined ? { costFen: s.costFen } : {}),
      ...(s.crossDistrictFen !== undefined ? { crossDistrictFen: s.crossDistrictFen } : {}),
      seats: seatGroups(s, appointeesBySite),
    };
  });

  const periodDays = days(input.calendar, input.month);
  const { people, homes } = peopleToSolver(input.people, { periodStartMs: t0, periodDays: periodDays.length });
  const ref = (a: AssignmentRef) => ({ person: String(a.personId), shift: String(a.shiftId), ...(a.seatGroup ? { seat: a.seatGroup } : {}) });

  return {
    name: `${input.month}`,
    days: periodDays,
    locations: [...locations, ...homes],
    travel: { detourFactor: 1.2, speedKmh: 60, overheadMinutes: 10 },
    shifts,
    demands: [...demands.values()],
    people,
    rest: [{ afterTag: 'night', minutes: input.restAfterNightMinutes ?? 660 }],
    pins: input.pins.map((p) => ({ ...ref(p), source: 'coordinator' })),
    previous: input.previous.map(ref),
    budgets: input.budgets,
    sinking: { tag: 'remote', minPerPerson: 1 },
    ...(input.weights ? { weights: input.weights } : {}),
    labels: termLabelsZh(),
  };
}

export { addDays };
