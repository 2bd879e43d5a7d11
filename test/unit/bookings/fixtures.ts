// Small builders for the pure booking tests: a school in 钟山区, one vice-principal with the
// default weekly pattern, the real calendars/ data, and instants written as local times.
import { DateTime } from 'luxon';
import { loadWorkingDayCalendar } from '../../../calendars/load.js';
import type { AvailabilityEnv, Engagement, PersonContext, SchoolContext } from '../../../src/bookings/availability.js';
import { DEFAULT_BOOKING_RULES, type BookingRules } from '../../../src/bookings/rules.js';
import { sitePlace } from '../../../src/domain/travel.js';
import type { WorkingDayCalendar } from '../../../src/domain/working-days.js';

const loaded = loadWorkingDayCalendar();
if (!loaded.ok) throw new Error(loaded.error.message);
export const calendar: WorkingDayCalendar = loaded.value;

/** Epoch ms of a local Asia/Shanghai wall-clock time, e.g. at('2026-09-28 14:00'). */
export const at = (local: string) => DateTime.fromFormat(local, 'yyyy-MM-dd HH:mm', { zone: 'Asia/Shanghai' }).toMillis();
/** Local 'YYYY-MM-DD HH:mm' of an epoch ms. */
export const local = (ms: number) => DateTime.fromMillis(ms, { zone: 'Asia/Shanghai' }).toFormat('yyyy-MM-dd HH:mm');

export const schoolPlace = sitePlace({ type: 'school', lat: 26.6, lon: 104.84 });
/** A township station about 30 km away (driving ≈ 8 + 36×1.2×0.6 + 10 + 15 ≈ 55 min). */
export const farStation = sitePlace({ type: 'station', lat: 26.35, lon: 104.7 });

export function school(over: Partial<SchoolContext> = {}): SchoolContext {
  return { siteId: 1, place: schoolPlace, openingHours: [], termSessions: new Map(), ...over };
}

export function person(over: Partial<PersonContext> = {}): PersonContext {
  return { personId: 10, appointedFrom: '2024-09-01', appointedTo: null, weekly: [], overrides: new Map(), busy: [], ...over };
}

export function env(now: string, rules: Partial<BookingRules> = {}): AvailabilityEnv {
  return { calendar, rules: { ...DEFAULT_BOOKING_RULES, ...rules }, now: new Date(at(now)) };
}

export function duty(id: number, from: string, to: string, place = farStation): Engagement {
  return { kind: 'duty', id, start: at(from), end: at(to), place };
}
