// Loads everything the solver problem of one roster needs, scoped to the roster's district (or
// the whole city): sites, the names of its shifts' templates, people, their unavailability, duties
// in other published rosters and bookings (as busy time), appointees, pins, the previous published
// version and budgets.
import { and, eq, gt, inArray, lt, ne, or } from 'drizzle-orm';
import type { Queryable } from '../client.js';
import {
  appointments,
  bookings,
  districts,
  dutyTemplates,
  people,
  publishedAssignments,
  rosters,
  shifts,
  sites,
  subsidyBudgets,
  unavailability,
} from '../schema/index.js';
import type { RosterRow } from './rosters.js';
import { latestPublished } from './roster-versions.js';

export interface Window {
  from: Date;
  to: Date;
}

export async function scopeSites(db: Queryable, scope: string) {
  return scope === 'city' ? db.select().from(sites) : db.select().from(sites).where(eq(sites.districtCode, scope));
}

/** People of the scope: home district in scope, or appointed to one of its sites. */
export async function scopePeople(db: Queryable, scope: string, siteIds: number[]) {
  if (scope === 'city') return db.select().from(people);
  const appointed = siteIds.length
    ? db.select({ id: appointments.personId }).from(appointments).where(inArray(appointments.siteId, siteIds))
    : undefined;
  return db
    .select()
    .from(people)
    .where(appointed ? or(eq(people.homeDistrictCode, scope), inArray(people.id, appointed)) : eq(people.homeDistrictCode, scope));
}

/** The names of the duty templates the roster's shifts came from ("安置点律师驻点调解"), by id. */
export async function templateNames(db: Queryable, rosterId: number): Promise<Map<number, string>> {
  const rows = await db
    .selectDistinct({ id: dutyTemplates.id, name: dutyTemplates.name })
    .from(dutyTemplates)
    .innerJoin(shifts, eq(shifts.templateId, dutyTemplates.id))
    .where(eq(shifts.rosterId, rosterId));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function centralDistricts(db: Queryable): Promise<Set<string>> {
  const rows = await db.select({ code: districts.code }).from(districts).where(eq(districts.central, true));
  return new Set(rows.map((r) => r.code));
}

export async function unavailabilityIn(db: Queryable, personIds: number[], w: Window) {
  if (!personIds.length) return [];
  return db
    .select({ personId: unavailability.personId, startsAt: unavailability.startsAt, endsAt: unavailability.endsAt, kind: unavailability.kind })
    .from(unavailability)
    .where(and(inArray(unavailability.personId, personIds), lt(unavailability.startsAt, w.to), gt(unavailability.endsAt, w.from)));
}

/** Duties these people hold in the latest published version of OTHER rosters, in the window. */
export async function otherRosterDuties(db: Queryable, rosterId: number, personIds: number[], w: Window) {
  if (!personIds.length) return [];
  return db
    .select({ personId: publishedAssignments.personId, startsAt: shifts.startsAt, endsAt: shifts.endsAt })
    .from(publishedAssignments)
    .innerJoin(rosters, latestPublished)
    .innerJoin(shifts, eq(shifts.id, publishedAssignments.shiftId))
    .where(
      and(
        ne(publishedAssignments.rosterId, rosterId),
        inArray(publishedAssignments.personId, personIds),
        lt(shifts.startsAt, w.to),
        gt(shifts.endsAt, w.from),
      ),
    );
}

export async function bookingsIn(db: Queryable, personIds: number[], w: Window) {
  if (!personIds.length) return [];
  return db
    .select({ id: bookings.id, personId: bookings.personId, schoolSiteId: bookings.schoolSiteId, startsAt: bookings.startsAt, endsAt: bookings.endsAt, status: bookings.status })
    .from(bookings)
    .where(and(inArray(bookings.personId, personIds), ne(bookings.status, 'cancelled'), lt(bookings.startsAt, w.to), gt(bookings.endsAt, w.from)));
}

export async function appointeesOf(db: Queryable, siteIds: number[]) {
  if (!siteIds.length) return [];
  return db
    .select({ siteId: appointments.siteId, personId: appointments.personId, startsOn: appointments.startsOn, endsOn: appointments.endsOn, kind: appointments.kind })
    .from(appointments)
    .where(inArray(appointments.siteId, siteIds));
}

export async function budgetsFor(db: Queryable, month: string, districtCodes: string[]) {
  if (!districtCodes.length) return [];
  return db
    .select({ district: subsidyBudgets.districtCode, fen: subsidyBudgets.amountFen })
    .from(subsidyBudgets)
    .where(and(eq(subsidyBudgets.month, month), inArray(subsidyBudgets.districtCode, districtCodes)));
}

export type { RosterRow };
export { rosters };
