// Bookings: reads, writes, row locks that serialise booking writes per school and per person,
// and the engagements (unavailability, published duties, other bookings) that take a
// vice-principal's time. The database's exclusion constraint bookings_no_overlap is the last word
// on overlaps; the locks make travel buffers and per-term caps safe under concurrency too.
import { and, asc, eq, gt, gte, inArray, lt, ne, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../client.js';
import { appointments, bookings, people, publishedAssignments, rosters, shifts, sites, unavailability } from '../schema/index.js';
import { pageOf } from './paging.js';
import { latestPublished } from './roster-versions.js';

export type BookingRow = typeof bookings.$inferSelect;
export type BookingInsert = typeof bookings.$inferInsert;
export type BookingStatus = 'pending' | 'confirmed' | 'cancelled';

/** One entry of bookings.history: who changed what, when and why. */
export interface BookingHistoryEntry {
  at: string;
  by: string;
  action: 'created' | 'proposed' | 'confirmed' | 'rescheduled' | 'cancelled' | 'seeded';
  reason?: string;
  status?: BookingStatus;
  from?: { startsAt: string; endsAt: string; personId: number };
  to?: { startsAt: string; endsAt: string; personId: number };
  /** 'created' only: the request as first made, so an idempotent retry can be compared with it. */
  request?: { personId: number | null; startsAt: string; minutes: number; topic: string };
}

export async function findBooking(db: Queryable, id: number): Promise<BookingRow | undefined> {
  const [row] = await db.select().from(bookings).where(eq(bookings.id, id));
  return row;
}

/** The booking row locked for an update (status or time change). */
export async function lockBooking(db: Queryable, id: number): Promise<BookingRow | undefined> {
  const [row] = await db.select().from(bookings).where(eq(bookings.id, id)).for('update');
  return row;
}

export async function findBookingByKey(db: Queryable, schoolSiteId: number, key: string): Promise<BookingRow | undefined> {
  const [row] = await db.select().from(bookings).where(and(eq(bookings.schoolSiteId, schoolSiteId), eq(bookings.idempotencyKey, key)));
  return row;
}

export interface BookingQuery {
  school?: number;
  person?: number;
  district?: string;
  status?: BookingStatus;
  origin?: string;
  /** Instants: bookings ending after `from` and starting before `to`. */
  from?: Date;
  to?: Date;
  limit: number;
  offset: number;
}

export function listBookings(db: Queryable, q: BookingQuery) {
  const conds: SQL[] = [];
  if (q.school !== undefined) conds.push(eq(bookings.schoolSiteId, q.school));
  if (q.person !== undefined) conds.push(eq(bookings.personId, q.person));
  if (q.district) conds.push(sql`${bookings.schoolSiteId} in (select ${sites.id} from ${sites} where ${sites.districtCode} = ${q.district})`);
  if (q.status) conds.push(eq(bookings.status, q.status));
  if (q.origin) conds.push(eq(bookings.origin, q.origin));
  if (q.from) conds.push(gt(bookings.endsAt, q.from));
  if (q.to) conds.push(lt(bookings.startsAt, q.to));
  return pageOf(db, bookings, conds.length ? and(...conds) : undefined, bookings.startsAt, q.limit, q.offset);
}

export async function insertBookings(db: Queryable, rows: BookingInsert[]): Promise<BookingRow[]> {
  if (rows.length === 0) return [];
  return db.insert(bookings).values(rows).returning();
}

export async function updateBooking(
  db: Queryable,
  id: number,
  set: Partial<Pick<BookingRow, 'status' | 'startsAt' | 'endsAt' | 'personId' | 'history' | 'sequence'>>,
  now: Date,
): Promise<BookingRow> {
  const [row] = await db.update(bookings).set({ ...set, updatedAt: now }).where(eq(bookings.id, id)).returning();
  return row!;
}

/** Serialises booking writes: schools first, then people, each in ascending id order (every
 *  caller takes them in this order, so two writers never wait on each other in a cycle).
 *  NO KEY UPDATE does not block inserts that merely reference these rows. */
export async function lockSchoolsAndPeople(db: Queryable, siteIds: number[], personIds: number[]): Promise<void> {
  const s = [...new Set(siteIds)].sort((a, b) => a - b);
  const p = [...new Set(personIds)].sort((a, b) => a - b);
  if (s.length) await db.select({ id: sites.id }).from(sites).where(inArray(sites.id, s)).orderBy(asc(sites.id)).for('no key update');
  if (p.length) await db.select({ id: people.id }).from(people).where(inArray(people.id, p)).orderBy(asc(people.id)).for('no key update');
}

/** Live (pending or confirmed) bookings of a person overlapping [start, end). */
export function overlappingBookings(db: Queryable, personId: number, start: Date, end: Date, exceptId?: number) {
  return db
    .select()
    .from(bookings)
    .where(
      and(
        eq(bookings.personId, personId),
        ne(bookings.status, 'cancelled'),
        lt(bookings.startsAt, end),
        gt(bookings.endsAt, start),
        exceptId === undefined ? undefined : ne(bookings.id, exceptId),
      ),
    )
    .orderBy(bookings.startsAt);
}

/** A person's confirmed bookings overlapping [from, to): what the roster must treat as pinned
 *  duties (and what a roster edit must not collide with). */
export function listConfirmedBookingsForPerson(db: Queryable, personId: number, from: Date, to: Date) {
  return listConfirmedBookings(db, { personIds: [personId], from, to });
}

/** Confirmed bookings overlapping [from, to), optionally for some people only, by start. */
export function listConfirmedBookings(db: Queryable, q: { personIds?: number[]; from: Date; to: Date }) {
  if (q.personIds && q.personIds.length === 0) return Promise.resolve([] as BookingRow[]);
  return db
    .select()
    .from(bookings)
    .where(
      and(
        eq(bookings.status, 'confirmed'),
        lt(bookings.startsAt, q.to),
        gt(bookings.endsAt, q.from),
        q.personIds ? inArray(bookings.personId, q.personIds) : undefined,
      ),
    )
    .orderBy(bookings.startsAt, bookings.id);
}

/** Live bookings of some schools starting in [from, to) (term caps, the yearly minimum). */
export function schoolBookingsBetween(db: Queryable, siteIds: number[] | null, from: Date, to: Date) {
  if (siteIds && siteIds.length === 0) return Promise.resolve([] as BookingRow[]);
  return db
    .select()
    .from(bookings)
    .where(
      and(
        ne(bookings.status, 'cancelled'),
        gte(bookings.startsAt, from),
        lt(bookings.startsAt, to),
        siteIds ? inArray(bookings.schoolSiteId, siteIds) : undefined,
      ),
    );
}

/** Vice-principal appointments to these schools overlapping the local dates [fromDate, toDate]. */
export function viceAppointments(db: Queryable, siteIds: number[], fromDate: string, toDate: string) {
  if (siteIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      siteId: appointments.siteId,
      personId: appointments.personId,
      personName: people.name,
      startsOn: appointments.startsOn,
      endsOn: appointments.endsOn,
    })
    .from(appointments)
    .innerJoin(people, eq(people.id, appointments.personId))
    .where(
      and(
        eq(appointments.kind, 'vice_principal'),
        inArray(appointments.siteId, siteIds),
        sql`${appointments.startsOn} <= ${toDate}`,
        sql`(${appointments.endsOn} is null or ${appointments.endsOn} >= ${fromDate})`,
      ),
    )
    .orderBy(appointments.siteId, appointments.personId);
}

/** The place fields of a site (travel): type, coordinates, remote flag. */
const placeCols = { siteType: sites.type, lat: sites.lat, lon: sites.lon, remote: sites.remote };

export interface EngagementRow {
  kind: 'booking' | 'duty' | 'unavailability';
  id: number;
  personId: number;
  startsAt: Date;
  endsAt: Date;
  siteType: string | null;
  lat: number | null;
  lon: number | null;
  remote: boolean | null;
}

/** Everything that takes these people's time in [from, to): unavailability, duties of the
 *  latest published version of each roster, and live bookings. */
export async function engagementsOf(db: Queryable, personIds: number[], from: Date, to: Date, exceptBookingId?: number): Promise<EngagementRow[]> {
  if (personIds.length === 0) return [];
  const [away, duties, booked] = await Promise.all([
    db
      .select({ id: unavailability.id, personId: unavailability.personId, startsAt: unavailability.startsAt, endsAt: unavailability.endsAt })
      .from(unavailability)
      .where(and(inArray(unavailability.personId, personIds), lt(unavailability.startsAt, to), gt(unavailability.endsAt, from))),
    db
      .select({ id: shifts.id, personId: publishedAssignments.personId, startsAt: shifts.startsAt, endsAt: shifts.endsAt, ...placeCols })
      .from(publishedAssignments)
      .innerJoin(rosters, latestPublished)
      .innerJoin(shifts, eq(shifts.id, publishedAssignments.shiftId))
      .innerJoin(sites, eq(sites.id, shifts.siteId))
      .where(and(inArray(publishedAssignments.personId, personIds), lt(shifts.startsAt, to), gt(shifts.endsAt, from))),
    db
      .select({ id: bookings.id, personId: bookings.personId, startsAt: bookings.startsAt, endsAt: bookings.endsAt, ...placeCols })
      .from(bookings)
      .innerJoin(sites, eq(sites.id, bookings.schoolSiteId))
      .where(
        and(
          inArray(bookings.personId, personIds),
          ne(bookings.status, 'cancelled'),
          lt(bookings.startsAt, to),
          gt(bookings.endsAt, from),
          exceptBookingId === undefined ? undefined : ne(bookings.id, exceptBookingId),
        ),
      ),
  ]);
  const none = { siteType: null, lat: null, lon: null, remote: null };
  return [
    ...away.map((r) => ({ kind: 'unavailability' as const, ...r, ...none })),
    ...duties.map((r) => ({ kind: 'duty' as const, ...r })),
    ...booked.map((r) => ({ kind: 'booking' as const, ...r })),
  ];
}
