// Booking rules (city and district rows) and vice-principals' availability: weekly windows,
// date overrides and the "requires confirmation" setting.
import { and, asc, eq, gte, inArray, lte } from 'drizzle-orm';
import type { Queryable } from '../client.js';
import {
  availabilityOverrides,
  availabilityWindows,
  bookingRules,
  bookingSettings,
  type BookingRuleFields,
  type LocalWindow,
} from '../schema/index.js';

export type BookingRuleRow = typeof bookingRules.$inferSelect;
export type AvailabilityWindowRow = typeof availabilityWindows.$inferSelect;
export type AvailabilityOverrideRow = typeof availabilityOverrides.$inferSelect;

export function listRuleRows(db: Queryable): Promise<BookingRuleRow[]> {
  return db.select().from(bookingRules).orderBy(asc(bookingRules.scope));
}

export async function findRuleRow(db: Queryable, scope: string): Promise<BookingRuleRow | undefined> {
  const [row] = await db.select().from(bookingRules).where(eq(bookingRules.scope, scope));
  return row;
}

export async function upsertRuleRow(db: Queryable, scope: string, rules: BookingRuleFields, by: string, now: Date): Promise<BookingRuleRow> {
  const [row] = await db
    .insert(bookingRules)
    .values({ scope, rules, updatedBy: by, updatedAt: now })
    .onConflictDoUpdate({ target: bookingRules.scope, set: { rules, updatedBy: by, updatedAt: now } })
    .returning();
  return row!;
}

export async function deleteRuleRow(db: Queryable, scope: string): Promise<boolean> {
  const rows = await db.delete(bookingRules).where(eq(bookingRules.scope, scope)).returning({ scope: bookingRules.scope });
  return rows.length > 0;
}

export function listWindows(db: Queryable, personIds: number[]): Promise<AvailabilityWindowRow[]> {
  if (personIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(availabilityWindows)
    .where(inArray(availabilityWindows.personId, personIds))
    .orderBy(availabilityWindows.personId, availabilityWindows.weekday, availabilityWindows.startTime);
}

/** Replaces a person's whole weekly pattern. */
export async function replaceWindows(
  db: Queryable,
  personId: number,
  windows: { weekday: number; start: string; end: string; validFrom?: string | null; validTo?: string | null }[],
): Promise<void> {
  await db.delete(availabilityWindows).where(eq(availabilityWindows.personId, personId));
  if (windows.length === 0) return;
  await db.insert(availabilityWindows).values(
    windows.map((w) => ({ personId, weekday: w.weekday, startTime: w.start, endTime: w.end, validFrom: w.validFrom ?? null, validTo: w.validTo ?? null })),
  );
}

/** Overrides of these people on local dates [fromDate, toDate] (all dates when absent). */
export function listOverrides(db: Queryable, personIds: number[], fromDate?: string, toDate?: string): Promise<AvailabilityOverrideRow[]> {
  if (personIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(availabilityOverrides)
    .where(
      and(
        inArray(availabilityOverrides.personId, personIds),
        fromDate ? gte(availabilityOverrides.onDate, fromDate) : undefined,
        toDate ? lte(availabilityOverrides.onDate, toDate) : undefined,
      ),
    )
    .orderBy(availabilityOverrides.personId, availabilityOverrides.onDate);
}

export async function upsertOverride(db: Queryable, personId: number, onDate: string, windows: LocalWindow[], note: string): Promise<AvailabilityOverrideRow> {
  const [row] = await db
    .insert(availabilityOverrides)
    .values({ personId, onDate, windows, note })
    .onConflictDoUpdate({ target: [availabilityOverrides.personId, availabilityOverrides.onDate], set: { windows, note } })
    .returning();
  return row!;
}

export async function deleteOverride(db: Queryable, personId: number, onDate: string): Promise<boolean> {
  const rows = await db
    .delete(availabilityOverrides)
    .where(and(eq(availabilityOverrides.personId, personId), eq(availabilityOverrides.onDate, onDate)))
    .returning({ personId: availabilityOverrides.personId });
  return rows.length > 0;
}

/** People (of these) whose bookings need their confirmation. */
export async function requiringConfirmation(db: Queryable, personIds: number[]): Promise<Set<number>> {
  if (personIds.length === 0) return new Set();
  const rows = await db
    .select({ personId: bookingSettings.personId })
    .from(bookingSettings)
    .where(and(inArray(bookingSettings.personId, personIds), eq(bookingSettings.requiresConfirmation, true)));
  return new Set(rows.map((r) => r.personId));
}

export async function setRequiresConfirmation(db: Queryable, personId: number, value: boolean, now: Date): Promise<void> {
  await db
    .insert(bookingSettings)
    .values({ personId, requiresConfirmation: value, updatedAt: now })
    .onConflictDoUpdate({ target: bookingSettings.personId, set: { requiresConfirmation: value, updatedAt: now } });
}
