// Feed tokens (issue, rotate, revoke, find with the freshness stamp in one round trip) and the
// reads a feed is built from: published versions, published duties, sites, people, bookings.
// Only published versions are read (published_assignments), never the draft assignments.
import { and, asc, eq, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { newFeedSecret } from '../../src/auth/feed-key.js';
import type { Queryable } from '../client.js';
import {
  bookings,
  dutyTemplates,
  feedTokens,
  people,
  publishedAssignments,
  rosterVersions,
  rosters,
  shifts,
  sites,
  type SeatSpec,
} from '../schema/index.js';

export type FeedSubject = 'person' | 'site' | 'school';
export type FeedTokenRow = typeof feedTokens.$inferSelect;

export interface FeedTarget {
  subject: FeedSubject;
  personId?: number | null;
  siteId?: number | null;
}

const targetWhere = (t: FeedTarget) =>
  and(
    eq(feedTokens.subject, t.subject),
    t.subject === 'person' ? eq(feedTokens.personId, t.personId ?? -1) : eq(feedTokens.siteId, t.siteId ?? -1),
    isNull(feedTokens.revokedAt),
  );

/** Issues a new feed token for the target and revokes any older one (rotation), in the caller's
 *  transaction. The whole token is never stored (only its hash); with a feed key it can be
 *  derived again (src/auth/feed-key.ts). */
export async function issueFeedToken(db: Queryable, target: FeedTarget, now: Date, feedKey?: Buffer): Promise<{ row: FeedTokenRow; token: string; revoked: number }> {
  const revoked = await db.update(feedTokens).set({ revokedAt: now }).where(targetWhere(target)).returning({ id: feedTokens.id });
  const s = newFeedSecret(feedKey);
  const [row] = await db
    .insert(feedTokens)
    .values({
      publicId: s.publicId,
      secretHash: s.secretHash,
      subject: target.subject,
      personId: target.subject === 'person' ? (target.personId ?? null) : null,
      siteId: target.subject === 'person' ? null : (target.siteId ?? null),
      createdAt: now,
    })
    .returning();
  return { row: row!, token: s.token, revoked: revoked.length };
}

/** Revokes the target's live tokens; returns how many. */
export async function revokeFeedTokens(db: Queryable, target: FeedTarget, now: Date): Promise<number> {
  const rows = await db.update(feedTokens).set({ revokedAt: now }).where(targetWhere(target)).returning({ id: feedTokens.id });
  return rows.length;
}

/** The target's live token (metadata only: the secret is not stored). */
export async function liveFeedToken(db: Queryable, target: FeedTarget): Promise<FeedTokenRow | undefined> {
  const [row] = await db.select().from(feedTokens).where(targetWhere(target)).orderBy(sql`${feedTokens.id} desc`).limit(1);
  return row;
}

export interface TokenWithStamp {
  id: number;
  subject: FeedSubject;
  personId: number | null;
  siteId: number | null;
  secretHash: string;
  /** Changes whenever anything the feed is built from changes: a publication anywhere, the
   *  subject's bookings, the person's registry row. Cheap: index and primary-key lookups. */
  stamp: string;
}

function tokenQuery(db: Queryable) {
  return db
    .select({
      id: feedTokens.id,
      subject: feedTokens.subject,
      personId: feedTokens.personId,
      siteId: feedTokens.siteId,
      secretHash: feedTokens.secretHash,
      // Every booking change raises its sequence, so the sum changes even when two edits share a timestamp.
      stamp: sql<string>`concat_ws('/',
        (select coalesce(max(v.published_at)::text, '-') || ':' || count(*) from ${rosterVersions} v),
        case when ${feedTokens.subject} = 'person'
          then (select coalesce(max(b.updated_at)::text, '-') || ':' || count(*) || ':' || coalesce(sum(b.sequence), 0) from ${bookings} b where b.person_id = ${feedTokens.personId})
          when ${feedTokens.subject} = 'school'
          then (select coalesce(max(b.updated_at)::text, '-') || ':' || count(*) || ':' || coalesce(sum(b.sequence), 0) from ${bookings} b where b.school_site_id = ${feedTokens.siteId})
          else '' end,
        (select p.updated_at::text from ${people} p where p.id = ${feedTokens.personId}),
        (select s.updated_at::text from ${sites} s where s.id = ${feedTokens.siteId}))`,
    })
    .from(feedTokens)
    .where(and(eq(feedTokens.publicId, sql.placeholder('publicId')), isNull(feedTokens.revokedAt)))
    .prepare('zhiban_feed_token');
}

/** Built once per database handle: the hot path skips query building (and postgres.js keeps
 *  the server-side prepared statement). */
const prepared = new WeakMap<object, ReturnType<typeof tokenQuery>>();

/** One round trip on every feed request: the live token by public id, and its freshness stamp. */
export async function findFeedToken(db: Queryable, publicId: string): Promise<TokenWithStamp | undefined> {
  let q = prepared.get(db);
  if (!q) {
    q = tokenQuery(db);
    prepared.set(db, q);
  }
  const [row] = await q.execute({ publicId });
  return row ? { ...row, subject: row.subject as FeedSubject } : undefined;
}

export interface VersionRow {
  rosterId: number;
  version: number;
  publishedAt: Date;
}

export interface PublishedDutyRow {
  rosterId: number;
  version: number;
  shiftId: number;
  seatGroup: number;
  personId: number;
  personName: string;
  personRoles: string[];
  startsAt: Date;
  endsAt: Date;
  groupKey: string | null;
  tags: string[];
  seats: SeatSpec[];
  templateName: string | null;
  siteId: number;
}

export type FeedSiteRow = Pick<typeof sites.$inferSelect, 'id' | 'name' | 'type' | 'address' | 'lat' | 'lon' | 'phone' | 'districtCode'>;
export type FeedBookingRow = Pick<
  typeof bookings.$inferSelect,
  'id' | 'schoolSiteId' | 'personId' | 'startsAt' | 'endsAt' | 'status' | 'topic' | 'sequence' | 'createdAt' | 'updatedAt'
> & { personName: string };

export interface FeedData {
  versions: VersionRow[];
  duties: PublishedDutyRow[];
  sites: FeedSiteRow[];
  bookings: FeedBookingRow[];
}

/** Which duties: one person's, or every duty at one site. */
export type DutyScope = { personId: number } | { siteId: number };

const scopeWhere = (scope: DutyScope) =>
  'personId' in scope ? eq(publishedAssignments.personId, scope.personId) : eq(shifts.siteId, scope.siteId);

/**
 * Everything a feed needs for rosters of period ≥ `fromPeriod` ('YYYY-MM'): every published
 * version of each roster the scope appears in (a version that dropped the scope's duties
 * matters: it cancels them), the scope's published duties, their sites, and the bookings
 * (live ones, and ones changed since `bookingsChangedSince`) ending on or after `bookingsFrom`.
 */
export async function loadFeedData(
  db: Queryable,
  scope: DutyScope,
  window: { fromPeriod: string; bookingsFrom: Date; bookingsChangedSince: Date },
): Promise<FeedData> {
  const duties = await db
    .select({
      rosterId: publishedAssignments.rosterId,
      version: publishedAssignments.version,
      shiftId: publishedAssignments.shiftId,
      seatGroup: publishedAssignments.seatGroup,
      personId: publishedAssignments.personId,
      personName: people.name,
      personRoles: people.roles,
      startsAt: shifts.startsAt,
      endsAt: shifts.endsAt,
      groupKey: shifts.groupKey,
      tags: shifts.tags,
      seats: shifts.seats,
      templateName: dutyTemplates.name,
      siteId: shifts.siteId,
    })
    .from(publishedAssignments)
    .innerJoin(shifts, eq(shifts.id, publishedAssignments.shiftId))
    .innerJoin(rosters, eq(rosters.id, publishedAssignments.rosterId))
    .innerJoin(people, eq(people.id, publishedAssignments.personId))
    .leftJoin(dutyTemplates, eq(dutyTemplates.id, shifts.templateId))
    .where(and(scopeWhere(scope), gte(rosters.period, window.fromPeriod), lte(publishedAssignments.version, rosters.publishedVersion)))
    .orderBy(asc(publishedAssignments.version), asc(shifts.startsAt), asc(publishedAssignments.shiftId), asc(publishedAssignments.personId));

  const rosterIds = [...new Set(duties.map((d) => d.rosterId))];
  const versions = rosterIds.length
    ? await db
        .select({ rosterId: rosterVersions.rosterId, version: rosterVersions.version, publishedAt: rosterVersions.publishedAt })
        .from(rosterVersions)
        .innerJoin(rosters, eq(rosters.id, rosterVersions.rosterId))
        .where(and(inArray(rosterVersions.rosterId, rosterIds), lte(rosterVersions.version, rosters.publishedVersion)))
        .orderBy(asc(rosterVersions.rosterId), asc(rosterVersions.version))
    : [];

  const bookingWhere =
    'personId' in scope ? eq(bookings.personId, scope.personId) : eq(bookings.schoolSiteId, scope.siteId);
  const bookingRows = await db
    .select({
      id: bookings.id,
      schoolSiteId: bookings.schoolSiteId,
      personId: bookings.personId,
      personName: people.name,
      startsAt: bookings.startsAt,
      endsAt: bookings.endsAt,
      status: bookings.status,
      topic: bookings.topic,
      sequence: bookings.sequence,
      createdAt: bookings.createdAt,
      updatedAt: bookings.updatedAt,
    })
    .from(bookings)
    .innerJoin(people, eq(people.id, bookings.personId))
    .where(
      and(
        bookingWhere,
        gte(bookings.endsAt, window.bookingsFrom),
        or(sql`${bookings.status} <> 'cancelled'`, gte(bookings.updatedAt, window.bookingsChangedSince)),
      ),
    )
    .orderBy(asc(bookings.startsAt), asc(bookings.id));

  const siteIds = [...new Set([...duties.map((d) => d.siteId), ...bookingRows.map((b) => b.schoolSiteId), ...('siteId' in scope ? [scope.siteId] : [])])];
  const siteRows = siteIds.length
    ? await db
        .select({ id: sites.id, name: sites.name, type: sites.type, address: sites.address, lat: sites.lat, lon: sites.lon, phone: sites.phone, districtCode: sites.districtCode })
        .from(sites)
        .where(inArray(sites.id, siteIds))
    : [];
  return { versions, duties, sites: siteRows, bookings: bookingRows };
}

export async function feedPerson(db: Queryable, id: number) {
  const [row] = await db.select({ id: people.id, name: people.name, homeDistrictCode: people.homeDistrictCode }).from(people).where(eq(people.id, id));
  return row;
}

export async function feedSite(db: Queryable, id: number) {
  const [row] = await db.select({ id: sites.id, name: sites.name, type: sites.type, districtCode: sites.districtCode }).from(sites).where(eq(sites.id, id));
  return row;
}
