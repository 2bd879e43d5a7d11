// What must hold across rosters when one is published: no second published roster for the same
// month over the same sites (that would list every duty twice in feeds and pay it twice in the
// ledger), and nobody on duty in two places at once because two rosters were solved side by side.
import { and, eq, isNotNull, ne, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Queryable } from '../client.js';
import { assignments, people, publishedAssignments, rosters, shifts, sites } from '../schema/index.js';
import { latestPublished } from './roster-versions.js';

/** Serialises publications of one month (held to the end of the caller's transaction), so two
 *  rosters published at the same moment see each other. */
export async function lockPublicationsOf(db: Queryable, period: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`zhiban:publish:${period}`}))`);
}

/** Other published rosters of the month whose scope overlaps (the city covers every district). */
export async function overlappingPublished(db: Queryable, roster: { id: number; period: string; scope: string }) {
  return db
    .select({ id: rosters.id, scope: rosters.scope, publishedVersion: rosters.publishedVersion })
    .from(rosters)
    .where(
      and(
        eq(rosters.period, roster.period),
        ne(rosters.id, roster.id),
        isNotNull(rosters.publishedVersion),
        roster.scope === 'city' ? undefined : or(eq(rosters.scope, roster.scope), eq(rosters.scope, 'city')),
      ),
    );
}

export interface CrossRosterClash {
  personId: number;
  personName: string;
  shiftId: number;
  siteName: string;
  startsAt: Date;
  endsAt: Date;
  otherRosterId: number;
  otherSiteName: string;
  otherStartsAt: Date;
  otherEndsAt: Date;
}

/** Draft duties of this roster that overlap in time a duty the same person holds in the latest
 *  published version of another roster (at most `limit`, earliest first). */
export async function crossRosterClashes(db: Queryable, rosterId: number, limit = 20): Promise<CrossRosterClash[]> {
  const s2 = alias(shifts, 'other_shift');
  const site2 = alias(sites, 'other_site');
  return db
    .select({
      personId: assignments.personId,
      personName: people.name,
      shiftId: assignments.shiftId,
      siteName: sites.name,
      startsAt: shifts.startsAt,
      endsAt: shifts.endsAt,
      otherRosterId: publishedAssignments.rosterId,
      otherSiteName: site2.name,
      otherStartsAt: s2.startsAt,
      otherEndsAt: s2.endsAt,
    })
    .from(assignments)
    .innerJoin(shifts, eq(shifts.id, assignments.shiftId))
    .innerJoin(sites, eq(sites.id, shifts.siteId))
    .innerJoin(people, eq(people.id, assignments.personId))
    .innerJoin(publishedAssignments, and(eq(publishedAssignments.personId, assignments.personId), ne(publishedAssignments.rosterId, rosterId)))
    .innerJoin(rosters, latestPublished)
    .innerJoin(s2, eq(s2.id, publishedAssignments.shiftId))
    .innerJoin(site2, eq(site2.id, s2.siteId))
    .where(
      and(
        eq(assignments.rosterId, rosterId),
        sql`${s2.startsAt} < ${shifts.endsAt}`,
        sql`${s2.endsAt} > ${shifts.startsAt}`,
      ),
    )
    .orderBy(shifts.startsAt, assignments.personId)
    .limit(limit);
}
