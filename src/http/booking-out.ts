// Booking rows and rules → API shapes (instants as ISO strings in UTC, weekdays as MO … SU).
import type { BookingRow } from '../../db/repositories/bookings.js';
import type { BookingRuleFields, WeeklyWindow } from '../../db/schema/index.js';
import { WEEKDAYS } from '../../schemas/bookings.js';
import type { BookingRules } from '../bookings/rules.js';
import { iso } from './serialize.js';

export const bookingOut = (r: BookingRow) => ({
  id: r.id,
  schoolId: r.schoolSiteId,
  personId: r.personId,
  startsAt: iso(r.startsAt),
  endsAt: iso(r.endsAt),
  minutes: Math.round((r.endsAt.getTime() - r.startsAt.getTime()) / 60_000),
  status: r.status as 'pending' | 'confirmed' | 'cancelled',
  origin: r.origin as 'school' | 'proposal' | 'demo',
  topic: r.topic,
  sequence: r.sequence,
  history: (Array.isArray(r.history) ? r.history : []) as { at: string; by: string; action: string }[],
  createdBy: r.createdBy,
  createdAt: iso(r.createdAt),
  updatedAt: iso(r.updatedAt),
});

export const weekdayName = (n: number) => WEEKDAYS[n - 1] ?? 'MO';
export const weekdayNumber = (name: (typeof WEEKDAYS)[number]) => WEEKDAYS.indexOf(name) + 1;

const weeklyOut = (w: readonly WeeklyWindow[]) => w.map((x) => ({ weekday: weekdayName(x.weekday), start: x.start, end: x.end }));

export const rulesOut = (r: BookingRules) => ({ ...r, defaultWeekly: weeklyOut(r.defaultWeekly) });
export const ruleFieldsOut = (r: BookingRuleFields) => (r.defaultWeekly ? { ...r, defaultWeekly: weeklyOut(r.defaultWeekly) } : { ...r });
