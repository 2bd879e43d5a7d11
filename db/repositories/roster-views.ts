// Read models of a roster for the API: seat counts, assignments with names, shift listings.
import { and, asc, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../client.js';
import { assignments, people, rosters, shifts, sites } from '../schema/index.js';

export async function seatCounts(db: Queryable, roster: { id: number; shiftCount: number; seatCount: number }) {
  const [{ n: filled } = { n: 0 }] = await db.select({ n: count() }).from(assignments).where(eq(assignments.rosterId, roster.id));
  return { shifts: roster.shiftCount, seats: roster.seatCount, filled, unfilled: Math.max(0, roster.seatCount - filled) };
}

/** postgres.js returns rows as the array itself, PGlite as `{ rows }`. */
export function rowsOf<T>(r: unknown): T[] {
  return Array.isArray(r) ? (r as T[]) : ((r as { rows: T[] }).rows ?? []);
}

export function listRosters(db: Queryable, q: { period?: string; scope?: string; limit: number; offset: number }) {
  const conds: SQL[] = [];
  if (q.period) conds.push(eq(rosters.period, q.period));
  if (q.scope) conds.push(eq(rosters.scope, q.scope));
  return db
    .select()
    .from(rosters)
    .where(conds.length ? and(...conds) : undefined)
    .orderBy(desc(rosters.id))
    .limit(q.limit)
    .offset(q.offset);
}

export function assignmentView(db: Queryable, rosterId: number, q: { person?: number; site?: number; day?: string; limit: number; offset: number }) {
  const conds: SQL[] = [eq(assignments.rosterId, rosterId)];
  if (q.person) conds.push(eq(assignments.personId, q.person));
  if (q.site) conds.push(eq(shifts.siteId, q.site));
  if (q.day) conds.push(eq(shifts.localDate, q.day));
  return db
    .select({
      shiftId: assignments.shiftId,
      seatGroup: assignments.seatGroup,
      seatIndex: assignments.seatIndex,
      personId: assignments.personId,
      personName: people.name,
      siteId: shifts.siteId,
      siteName: sites.name,
      startsAt: shifts.startsAt,
      endsAt: shifts.endsAt,
      localDate: shifts.localDate,
      tags: shifts.tags,
      pinned: assignments.pinned,
      source: assignments.source,
    })
    .from(assignments)
    .innerJoin(shifts, eq(shifts.id, assignments.shiftId))
    .innerJoin(people, eq(people.id, assignments.personId))
    .innerJoin(sites, eq(sites.id, shifts.siteId))
    .where(and(...conds))
    .orderBy(asc(shifts.startsAt), asc(assignments.shiftId), asc(assignments.seatGroup), asc(assignments.seatIndex))
    .limit(q.limit)
    .offset(q.offset);
}
