// Published versions of a roster, and duty references (with the shift's identity) for diffs.
import { and, asc, eq } from 'drizzle-orm';
import type { Queryable } from '../client.js';
import { assignments, publishedAssignments, rosters, rosterVersions, shifts } from '../schema/index.js';

/** Join condition: published assignments of each roster's latest version only (rosters.published_version). */
export const latestPublished = and(eq(rosters.id, publishedAssignments.rosterId), eq(rosters.publishedVersion, publishedAssignments.version));

export function listVersions(db: Queryable, rosterId: number) {
  return db.select().from(rosterVersions).where(eq(rosterVersions.rosterId, rosterId)).orderBy(asc(rosterVersions.version));
}

const refColumns = {
  shiftId: shifts.id,
  groupKey: shifts.groupKey,
  localDate: shifts.localDate,
  siteId: shifts.siteId,
};

export function versionRefs(db: Queryable, rosterId: number, version: number) {
  return db
    .select({ ...refColumns, seatGroup: publishedAssignments.seatGroup, personId: publishedAssignments.personId })
    .from(publishedAssignments)
    .innerJoin(shifts, eq(shifts.id, publishedAssignments.shiftId))
    .where(and(eq(publishedAssignments.rosterId, rosterId), eq(publishedAssignments.version, version)));
}

export function draftRefs(db: Queryable, rosterId: number) {
  return db
    .select({ ...refColumns, seatGroup: assignments.seatGroup, personId: assignments.personId })
    .from(assignments)
    .innerJoin(shifts, eq(shifts.id, assignments.shiftId))
    .where(eq(assignments.rosterId, rosterId));
}
