// Writes demo sessions (src/bookings/demo.ts) as confirmed bookings with origin 'demo', mapping
// the demo codes to database ids; for the lead's seeding step and the demo tests.
import { inArray } from 'drizzle-orm';
import type { Queryable } from '../../db/client.js';
import { insertBookings, type BookingHistoryEntry } from '../../db/repositories/bookings.js';
import { people, sites } from '../../db/schema/index.js';
import type { WorkingDayCalendar } from '../domain/working-days.js';
import { loadCalendarOrThrow } from '../calendar.js';
import { demoPastSessions, type DemoSession } from './demo.js';
import { localParts } from './windows.js';

export async function seedDemoSessions(db: Queryable, sessions: readonly DemoSession[], now: Date): Promise<number> {
  if (sessions.length === 0) return 0;
  const siteIds = new Map(
    (await db.select({ id: sites.id, code: sites.code }).from(sites).where(inArray(sites.code, [...new Set(sessions.map((s) => s.schoolCode))]))).map((r) => [r.code, r.id]),
  );
  const personIds = new Map(
    (await db.select({ id: people.id, code: people.code }).from(people).where(inArray(people.code, [...new Set(sessions.map((s) => s.personCode))]))).map((r) => [r.code, r.id]),
  );
  const entry: BookingHistoryEntry = { at: now.toISOString(), by: 'demo', action: 'seeded', status: 'confirmed' };
  const rows = sessions.map((s) => {
    const schoolSiteId = siteIds.get(s.schoolCode);
    const personId = personIds.get(s.personCode);
    if (schoolSiteId === undefined || personId === undefined) throw new Error(`demo session refers to unknown ${schoolSiteId === undefined ? s.schoolCode : s.personCode}`);
    return {
      schoolSiteId,
      personId,
      startsAt: new Date(s.startsAt),
      endsAt: new Date(s.endsAt),
      status: 'confirmed',
      origin: 'demo',
      topic: s.topic,
      history: [entry],
      createdBy: 'demo',
      createdAt: now,
      updatedAt: now,
    };
  });
  for (let i = 0; i < rows.length; i += 400) await insertBookings(db, rows.slice(i, i + 400));
  return rows.length;
}

/** One call for the seeding step: the demo's sessions held this school year before `now`'s
 *  local date, written as confirmed bookings. Returns how many were written. */
export async function seedDemoPastSessions(
  db: Queryable,
  demo: { sites: Parameters<typeof demoPastSessions>[0]['sites']; appointments: Parameters<typeof demoPastSessions>[0]['appointments'] },
  now: Date,
  calendar: WorkingDayCalendar = loadCalendarOrThrow(),
): Promise<number> {
  const sessions = demoPastSessions({ sites: demo.sites, appointments: demo.appointments, calendar, before: localParts(now.getTime()).date });
  return seedDemoSessions(db, sessions, now);
}
