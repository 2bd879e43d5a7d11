// Rosters, their shifts and draft assignments: the rows the roster use cases read and write.
import { and, asc, eq, inArray, max, sql } from 'drizzle-orm';
import type { ShiftDraft } from '../../src/domain/expand-shifts.js';
import type { Queryable } from '../client.js';
import { assignments, publishedAssignments, rosters, rosterVersions, shifts } from '../schema/index.js';

export type RosterRow = typeof rosters.$inferSelect;
export type ShiftRow = typeof shifts.$inferSelect;
export type AssignmentRow = typeof assignments.$inferSelect;

const BATCH = 500;

export async function findRoster(db: Queryable, id: number): Promise<RosterRow | undefined> {
  const [row] = await db.select().from(rosters).where(eq(rosters.id, id));
  return row;
}

/** Locks the roster row for the rest of the transaction (edits, publish, save). */
export async function lockRoster(db: Queryable, id: number): Promise<RosterRow | undefined> {
  const [row] = await db.select().from(rosters).where(eq(rosters.id, id)).for('update');
  return row;
}

/** Shifts per statement: a city month is ~27,000 rows; one JSON parameter per chunk is several
 *  times faster than multi-row VALUES with 10 parameters a row. */
const SHIFT_CHUNK = 10_000;

export async function insertShifts(db: Queryable, rosterId: number, drafts: readonly ShiftDraft[]): Promise<void> {
  for (let i = 0; i < drafts.length; i += SHIFT_CHUNK) {
    const rows = drafts.slice(i, i + SHIFT_CHUNK).map((d) => ({
      template_id: d.templateId,
      site_id: d.siteId,
      starts_at: d.startsAt.toISOString(),
      ends_at: d.endsAt.toISOString(),
      local_date: d.localDate,
      tags: d.tags,
      seats: d.seats,
      group_key: d.groupKey,
      group_count: d.groupCount,
    }));
    await db.execute(sql`
      insert into ${shifts} (roster_id, template_id, site_id, starts_at, ends_at, local_date, tags, seats, group_key, group_count)
      select ${rosterId}, x.template_id, x.site_id, x.starts_at, x.ends_at, x.local_date, x.tags, x.seats, x.group_key, x.group_count
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(template_id int, site_id int, starts_at timestamptz, ends_at timestamptz,
        local_date date, tags text[], seats jsonb, group_key text, group_count int)`);
  }
}

export function listShifts(db: Queryable, rosterId: number): Promise<ShiftRow[]> {
  return db.select().from(shifts).where(eq(shifts.rosterId, rosterId)).orderBy(asc(shifts.startsAt), asc(shifts.id));
}

export function draftAssignments(db: Queryable, rosterId: number): Promise<AssignmentRow[]> {
  return db.select().from(assignments).where(eq(assignments.rosterId, rosterId));
}

export interface NewAssignment {
  shiftId: number;
  seatGroup: number;
  seatIndex: number;
  personId: number;
  pinned: boolean;
  source: string;
}

/** Replaces every draft assignment of the roster (callers keep pins by including them). */
export async function replaceAssignments(db: Queryable, rosterId: number, rows: readonly NewAssignment[]): Promise<void> {
  await db.delete(assignments).where(eq(assignments.rosterId, rosterId));
  for (let i = 0; i < rows.length; i += BATCH) {
    await db.insert(assignments).values(rows.slice(i, i + BATCH).map((r) => ({ ...r, rosterId })));
  }
}

/** The assignments of the roster's latest published version (empty when never published). */
export async function latestPublished(db: Queryable, rosterId: number) {
  const [v] = await db.select({ v: max(rosterVersions.version) }).from(rosterVersions).where(eq(rosterVersions.rosterId, rosterId));
  if (!v?.v) return { version: null as number | null, rows: [] as (typeof publishedAssignments.$inferSelect)[] };
  const rows = await db
    .select()
    .from(publishedAssignments)
    .where(and(eq(publishedAssignments.rosterId, rosterId), eq(publishedAssignments.version, v.v)));
  return { version: v.v, rows };
}

export async function publishedVersion(db: Queryable, rosterId: number, version: number) {
  return db
    .select()
    .from(publishedAssignments)
    .where(and(eq(publishedAssignments.rosterId, rosterId), eq(publishedAssignments.version, version)));
}

export async function bumpDraftVersion(db: Queryable, rosterId: number, set: Partial<typeof rosters.$inferInsert> = {}) {
  const [row] = await db
    .update(rosters)
    .set({ ...set, draftVersion: sql`${rosters.draftVersion} + 1`, updatedAt: new Date() })
    .where(eq(rosters.id, rosterId))
    .returning();
  return row!;
}

export function shiftsByIds(db: Queryable, ids: number[]) {
  return ids.length ? db.select().from(shifts).where(inArray(shifts.id, ids)) : Promise.resolve([] as ShiftRow[]);
}
