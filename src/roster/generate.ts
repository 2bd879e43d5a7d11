// Generating a roster: expand the scope's active duty templates into the month's shifts and
// create the roster row, in one transaction. The solve itself runs later as a job.
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { audit } from '../../db/repositories/audit.js';
import { insertShifts, type RosterRow } from '../../db/repositories/rosters.js';
import { dutyTemplates, rosters, sites } from '../../db/schema/index.js';
import { expandMonth, type ShiftDraft } from '../domain/expand-shifts.js';
import type { WorkingDayCalendar } from '../domain/working-days.js';
import { ApiError } from '../errors.js';

export interface GenerateRequest {
  period: string;
  scope: string;
  seconds: number;
  seed: number;
  actor: string;
}

export async function templatesInScope(db: Db, scope: string) {
  const scoped = scope === 'city' ? undefined : db.select({ id: sites.id }).from(sites).where(eq(sites.districtCode, scope));
  return db
    .select()
    .from(dutyTemplates)
    .where(and(eq(dutyTemplates.active, true), scoped ? inArray(dutyTemplates.siteId, scoped) : undefined));
}

export async function createRoster(db: Db, calendar: WorkingDayCalendar, req: GenerateRequest): Promise<{ roster: RosterRow; shifts: number }> {
  const templates = await templatesInScope(db, req.scope);
  const expanded = expandMonth(calendar, templates, req.period);
  if (!expanded.ok) {
    const e = expanded.error.error;
    const why = e.code === 'calendar_missing' ? `no working-day calendar for ${e.year}; add calendars/holidays/${e.year}.json` : 'message' in e ? e.message : e.code;
    throw new ApiError('validation_failed', `duty template ${expanded.error.templateId} cannot be expanded into ${req.period}: ${why}`, [
      { pointer: '/period', detail: why, in: 'body' },
    ]);
  }
  return db.transaction(async (tx) => {
    const [roster] = await tx
      .insert(rosters)
      .values({ period: req.period, scope: req.scope, status: 'queued', seconds: req.seconds, seed: req.seed, createdBy: req.actor, shiftCount: expanded.value.length, seatCount: seatsOf(expanded.value) })
      .returning();
    await insertShifts(tx, roster!.id, expanded.value);
    await audit(tx, { actor: req.actor, action: 'generate', entity: 'roster', entityId: roster!.id, detail: { period: req.period, scope: req.scope, shifts: expanded.value.length } });
    return { roster: roster!, shifts: expanded.value.length };
  });
}


/** Seats to fill: every seat of a fixed shift, and a flexible need's count once per group. */
export function seatsOf(drafts: readonly ShiftDraft[]): number {
  const groups = new Set<string>();
  let seats = 0;
  for (const d of drafts) {
    const perShift = d.seats.reduce((n, s) => n + s.count, 0);
    if (d.groupKey === null) seats += perShift;
    else if (!groups.has(d.groupKey)) {
      groups.add(d.groupKey);
      seats += perShift * (d.groupCount ?? 1);
    }
  }
  return seats;
}
