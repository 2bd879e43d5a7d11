// Loads a roster's data and builds its solver Problem (the I/O half of to-problem.ts), with the
// maps back from solver ids to database rows.
import { inArray, sql } from 'drizzle-orm';
import { rowsOf } from '../../db/repositories/roster-views.js';
import type { Queryable } from '../../db/client.js';
import { sites } from '../../db/schema/index.js';
import {
  appointeesOf,
  bookingsIn,
  budgetsFor,
  centralDistricts,
  otherRosterDuties,
  scopePeople,
  scopeSites,
  templateNames,
  unavailabilityIn,
} from '../../db/repositories/roster-inputs.js';
import { draftAssignments, latestPublished, listShifts, type RosterRow, type ShiftRow } from '../../db/repositories/rosters.js';
import type { PersonInput } from '../domain/problem-people.js';
import { monthStartMs, SITE_LOCATION, toProblem } from '../domain/to-problem.js';
import { monthPeriod, periodStartMs } from '../domain/recurrence.js';
import { addDays } from '../domain/working-days.js';
import type { WorkingDayCalendar } from '../domain/working-days.js';
import type { Assignment, Problem, Shift } from '../solver/problem.js';
import { loadSubsidyRules } from '../subsidies/ledger.js';
import { shiftCostFen } from '../subsidies/pricing.js';

export interface RosterProblem {
  problem: Problem;
  /** The school sessions booked with people of this roster: pinned duties in the problem
   *  (shift ids 'b<booking id>'), to add to any evaluation of the draft. */
  bookingAssignments: Assignment[];
  shifts: ShiftRow[];
  shiftById: Map<number, ShiftRow>;
  siteName: Map<number, string>;
  personName: Map<number, string>;
}

/** Built problems kept per roster, tagged with the registry change counter they were built at. */
const cache = new Map<number, { stamp: string; built: RosterProblem }>();
/** A few rosters at a time: a city month's problem is tens of MB. */
const CACHE_SIZE = 4;

/**
 * The roster's problem with its current pins. The registry-derived part is reused while nothing
 * it is built from has changed (one read of the change counter), so edits, candidates and repairs
 * at city scale do not reload 27,000 shifts each time.
 */
export async function buildRosterProblem(db: Queryable, roster: RosterRow, calendar: WorkingDayCalendar): Promise<RosterProblem> {
  const [counter] = await db.execute<{ n: string }>(sql`select n::text as n from registry_changes where id = 1`).then((r) => rowsOf<{ n: string }>(r));
  const stamp = `${counter?.n ?? '?'}:${roster.shiftCount}`;
  let entry = cache.get(roster.id);
  if (!entry || entry.stamp !== stamp) {
    entry = { stamp, built: await loadRosterProblem(db, roster, calendar) };
    cache.delete(roster.id);
    cache.set(roster.id, entry);
    while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }
  const drafts = await draftAssignments(db, roster.id);
  const pins = drafts.filter((a) => a.pinned).map((a) => ({ person: String(a.personId), shift: String(a.shiftId), ...(a.seatGroup ? { seat: a.seatGroup } : {}), source: 'coordinator' }));
  const built = entry.built;
  return { ...built, problem: { ...built.problem, pins: [...pins, ...built.bookingAssignments.map((a) => ({ ...a, source: 'booking' }))] } };
}

async function loadRosterProblem(db: Queryable, roster: RosterRow, calendar: WorkingDayCalendar): Promise<RosterProblem> {
  const { from, to } = monthPeriod(roster.period);
  // The month as UTC instants: [first day 00:00, day after the last 00:00) local.
  const window = { from: new Date(periodStartMs({ from, to })), to: new Date(periodStartMs({ from: addDays(to, 1), to: addDays(to, 1) })) };
  const siteRows = await scopeSites(db, roster.scope);
  const siteIds = siteRows.map((s) => s.id);
  const [peopleRows, shiftRows, names, central, previous] = await Promise.all([
    scopePeople(db, roster.scope, siteIds),
    listShifts(db, roster.id),
    templateNames(db, roster.id),
    centralDistricts(db),
    latestPublished(db, roster.id),
  ]);
  const personIds = peopleRows.map((p) => p.id);
  const [unavail, others, booked, appointees, budgets, rules] = await Promise.all([
    unavailabilityIn(db, personIds, window),
    otherRosterDuties(db, roster.id, personIds, window),
    bookingsIn(db, personIds, window),
    appointeesOf(db, siteIds),
    budgetsFor(db, roster.period, [...new Set(siteRows.flatMap((s) => (s.districtCode ? [s.districtCode] : [])))]),
    loadSubsidyRules(db),
  ]);

  const busy = new Map<number, PersonInput['busy']>();
  const addBusy = (personId: number, b: PersonInput['busy'][number]) => {
    const list = busy.get(personId) ?? [];
    list.push(b);
    busy.set(personId, list);
  };
  for (const u of unavail) addBusy(u.personId, { startsAt: u.startsAt, endsAt: u.endsAt, kind: u.kind });
  for (const d of others) addBusy(d.personId, { startsAt: d.startsAt, endsAt: d.endsAt, kind: 'other_roster' });

  const siteById = new Map(siteRows.map((s) => [s.id, s]));
  const problem = toProblem({
    month: roster.period,
    calendar,
    sites: siteRows,
    shifts: shiftRows.map((s) => {
      const site = siteById.get(s.siteId);
      // The budget estimate prices duties with the ledger's own rules, so the two agree.
      const cost = shiftCostFen(rules, s, { type: site?.type ?? 'centre', districtCode: site?.districtCode ?? null }, s.seats[0]?.roles ?? ['lawyer']);
      const name = s.templateId === null ? undefined : names.get(s.templateId);
      return { ...s, ...(name ? { name } : {}), costFen: cost.baseFen, crossDistrictFen: cost.crossCountyFen };
    }),
    people: peopleRows.map((p) => ({ ...p, central: central.has(p.homeDistrictCode), busy: busy.get(p.id) ?? [] })),
    appointees,
    pins: [],
    previous: previous.rows,
    budgets,
  });
  const bookingShifts = await bookingsAsShifts(db, booked, siteById, roster.period);
  problem.shifts.push(...bookingShifts.shifts);
  for (const loc of bookingShifts.locations) if (!problem.locations.some((l) => l.id === loc.id)) problem.locations.push(loc);
  problem.pins = [...(problem.pins ?? []), ...bookingShifts.assignments.map((a) => ({ ...a, source: 'booking' }))];
  return {
    problem,
    bookingAssignments: bookingShifts.assignments,
    shifts: shiftRows,
    shiftById: new Map(shiftRows.map((s) => [s.id, s])),
    siteName: new Map(siteRows.map((s) => [s.id, s.name])),
    personName: new Map(peopleRows.map((p) => [p.id, p.name])),
  };
}

/** Roster shifts have numeric ids; booked school sessions are 'b<booking id>'. */
export const isRosterShift = (id: string) => /^\d+$/.test(id);

/** Booked school sessions as pinned one-person duties at the school, so they count towards the
 *  vice-principal's limits, travel and overlaps like any other duty. */
async function bookingsAsShifts(
  db: Queryable,
  booked: Awaited<ReturnType<typeof bookingsIn>>,
  siteById: Map<number, { id: number; name: string; type: string; districtCode: string | null; lat: number | null; lon: number | null; remote: boolean }>,
  month: string,
): Promise<{ shifts: Shift[]; assignments: Assignment[]; locations: Problem['locations'] }> {
  const missing = [...new Set(booked.map((b) => b.schoolSiteId))].filter((id) => !siteById.has(id));
  const extra = missing.length ? await db.select().from(sites).where(inArray(sites.id, missing)) : [];
  const siteOf = new Map([...siteById, ...extra.map((s) => [s.id, s] as const)]);
  const t0 = monthStartMs(month);
  const shifts: Shift[] = [];
  const assignments: Assignment[] = [];
  for (const b of booked) {
    const site = siteOf.get(b.schoolSiteId);
    const start = Math.round((b.startsAt.getTime() - t0) / 60_000);
    const id = `b${b.id}`;
    shifts.push({
      id,
      name: `${site?.name ?? '学校'}法治课`,
      site: SITE_LOCATION(b.schoolSiteId),
      start,
      end: Math.round((b.endsAt.getTime() - t0) / 60_000),
      day: Math.max(0, Math.floor(start / 1440)),
      tags: ['school', 'booking'],
      ...(site?.districtCode ? { district: site.districtCode } : {}),
      seats: [{ count: 1, allowedPeople: [String(b.personId)] }],
    });
    assignments.push({ person: String(b.personId), shift: id });
  }
  const locations = extra.map((s) => ({ id: SITE_LOCATION(s.id), name: s.name, ...(s.lat !== null && s.lon !== null ? { lat: s.lat, lon: s.lon } : {}), ...(s.districtCode ? { district: s.districtCode } : {}) }));
  return { shifts, assignments, locations };
}
