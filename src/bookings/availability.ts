// The slot finder: when can a school book a session with its legal vice-principal(s)? Bookable
// windows on school days in term, minus unavailability, published duties and other bookings —
// each padded by the driving time between that engagement's place and this school plus the
// rules' travel buffer — within the minimum notice, the horizon and the per-term session cap.
// Pure: the caller loads the data; `now` and the calendar arrive as arguments.
import type { OpeningHours } from '../../db/schema/sites.js';
import { isWinter, travelMinutes, type TravelPlace } from '../domain/travel.js';
import { addDays, dayInfo, schoolTermOf, type SchoolTermData, type WorkingDayCalendar } from '../domain/working-days.js';
import { normalize, overlaps, subtract, type Interval } from './intervals.js';
import type { BookingRules } from './rules.js';
import { bookableWindows, isoWeekday, isoWeekdayOfName, localMidnight, localParts, type WindowSource } from './windows.js';

const MINUTE_MS = 60_000;

/** Something that takes a person's time: a booking, a published duty or declared unavailability. */
export interface Engagement extends Interval {
  kind: 'booking' | 'duty' | 'unavailability';
  /** Booking id, shift id or unavailability id. */
  id: number;
  /** Where it happens (null: no travel involved, e.g. leave or an online desk). */
  place: TravelPlace | null;
}

export interface SchoolContext {
  siteId: number;
  place: TravelPlace | null;
  openingHours: readonly OpeningHours[];
  /** Sessions (pending or confirmed) already held per school-term id. */
  termSessions: ReadonlyMap<string, number>;
}

export interface PersonContext extends Omit<WindowSource, 'defaultWeekly'> {
  personId: number;
  /** The person's appointment to this school, local dates (to null = open-ended). */
  appointedFrom: string;
  appointedTo: string | null;
  busy: readonly Engagement[];
}

export interface AvailabilityEnv {
  calendar: WorkingDayCalendar;
  rules: BookingRules;
  now: Date;
}

export type DayReason = 'weekend' | 'holiday' | 'school_break' | 'calendar_missing' | 'too_soon' | 'beyond_horizon' | 'term_full';
export type DayStatus = { open: true; term: SchoolTermData } | { open: false; reason: DayReason };

export interface Slot {
  personId: number;
  start: number;
  end: number;
}

/** Local date of "now", from which notice and horizon count. */
export const todayOf = (now: Date) => localParts(now.getTime()).date;

const boundsCache = new WeakMap<AvailabilityEnv, { first: string; last: string }>();

/** First and last local dates bookable under the notice and horizon rules. */
export function bookableBounds(env: AvailabilityEnv): { first: string; last: string } {
  let b = boundsCache.get(env);
  if (!b) {
    const today = todayOf(env.now);
    b = { first: addDays(today, env.rules.minNoticeDays), last: addDays(today, env.rules.horizonDays) };
    boundsCache.set(env, b);
  }
  return b;
}

/** Whether a school can have sessions on `date` at all, and in which term. */
export function dayStatus(env: AvailabilityEnv, school: SchoolContext, date: string): DayStatus {
  const { first, last } = bookableBounds(env);
  if (date < first) return { open: false, reason: 'too_soon' };
  if (date > last) return { open: false, reason: 'beyond_horizon' };
  const info = dayInfo(env.calendar, date);
  if (!info.ok) return { open: false, reason: 'calendar_missing' };
  if (!info.value.working) return { open: false, reason: info.value.kind === 'holiday' ? 'holiday' : 'weekend' };
  const term = schoolTermOf(env.calendar, date);
  if (!term.ok) return { open: false, reason: 'calendar_missing' };
  if (!term.value) return { open: false, reason: 'school_break' };
  if ((school.termSessions.get(term.value.id) ?? 0) >= env.rules.maxSessionsPerTerm) return { open: false, reason: 'term_full' };
  return { open: true, term: term.value };
}

const appointedOn = (p: PersonContext, date: string) => p.appointedFrom <= date && (p.appointedTo === null || date <= p.appointedTo);

/** An engagement widened by the travel to or from this school (0 when no trip is needed). */
export function padded(e: Engagement, school: SchoolContext, rules: BookingRules): Interval {
  if (!e.place || !school.place) return e;
  const drive = travelMinutes(e.place, school.place, { winter: isWinter(localParts(e.start).date) });
  const pad = drive > 0 ? (drive + rules.travelBufferMinutes) * MINUTE_MS : 0;
  return { start: e.start - pad, end: e.end + pad };
}

/** The weekday whose pattern applies on `date`: its own, or on a make-up day the one it pays back. */
function patternWeekday(calendar: WorkingDayCalendar, date: string): number {
  const info = dayInfo(calendar, date);
  return info.ok && info.value.runsAs ? isoWeekdayOfName(info.value.runsAs) : isoWeekday(date);
}

function windowsFor(env: AvailabilityEnv, school: SchoolContext, person: PersonContext, date: string): Interval[] {
  return bookableWindows({ ...person, defaultWeekly: env.rules.defaultWeekly }, date, school.openingHours, patternWeekday(env.calendar, date));
}

/** Free time of a person at a school on an open day, as UTC intervals; never before `now`. */
export function freeIntervals(env: AvailabilityEnv, school: SchoolContext, person: PersonContext, date: string): Interval[] {
  if (!appointedOn(person, date)) return [];
  const windows = windowsFor(env, school, person, date);
  if (windows.length === 0) return [];
  const past = { start: Number.MIN_SAFE_INTEGER, end: env.now.getTime() };
  return subtract(windows, [past, ...person.busy.map((e) => padded(e, school, env.rules))]);
}

/** Slot starts on the rules' grid (minutes past local midnight) that fit `minutes` in `free`. */
export function slotsIn(free: readonly Interval[], date: string, minutes: number, stepMinutes: number): Interval[] {
  const midnight = localMidnight(date);
  const step = stepMinutes * MINUTE_MS;
  const length = minutes * MINUTE_MS;
  const out: Interval[] = [];
  for (const f of normalize(free)) {
    for (let s = midnight + Math.ceil((f.start - midnight) / step) * step; s + length <= f.end; s += step) {
      out.push({ start: s, end: s + length });
    }
  }
  return out;
}

/** Every bookable slot of `minutes` for the school's appointees from `from` to `to` (local dates,
 *  both included), and why each closed day is closed. */
export function findSlots(
  env: AvailabilityEnv,
  school: SchoolContext,
  persons: readonly PersonContext[],
  q: { from: string; to: string; minutes: number },
): { slots: Slot[]; closedDays: { date: string; reason: DayReason }[] } {
  const slots: Slot[] = [];
  const closedDays: { date: string; reason: DayReason }[] = [];
  if (!env.rules.sessionMinutes.includes(q.minutes)) return { slots, closedDays };
  for (let date = q.from; date <= q.to; date = addDays(date, 1)) {
    const status = dayStatus(env, school, date);
    if (!status.open) {
      closedDays.push({ date, reason: status.reason });
      continue;
    }
    for (const p of persons) {
      for (const s of slotsIn(freeIntervals(env, school, p, date), date, q.minutes, env.rules.slotStepMinutes)) {
        slots.push({ personId: p.personId, ...s });
      }
    }
  }
  slots.sort((a, b) => a.start - b.start || a.personId - b.personId);
  return { slots, closedDays };
}

export type SessionCheck =
  | { ok: true; term: SchoolTermData; date: string }
  | { ok: false; reason: DayReason | 'length_not_allowed' | 'not_appointed' | 'outside_windows'; date: string }
  | { ok: false; reason: 'busy'; date: string; blocker: Engagement };

/** Can this person hold a session [start, end) at this school? The first rule broken is named;
 *  'busy' names the engagement (with its travel) that takes the time. */
export function checkSession(env: AvailabilityEnv, school: SchoolContext, person: PersonContext, session: Interval): SessionCheck {
  const { date } = localParts(session.start);
  const minutes = (session.end - session.start) / MINUTE_MS;
  if (!env.rules.sessionMinutes.includes(minutes) || localParts(session.end - 1).date !== date) {
    return { ok: false, reason: 'length_not_allowed', date };
  }
  const status = dayStatus(env, school, date);
  if (!status.open) return { ok: false, reason: status.reason, date };
  if (!appointedOn(person, date)) return { ok: false, reason: 'not_appointed', date };
  const windows = windowsFor(env, school, person, date);
  if (session.start < env.now.getTime()) return { ok: false, reason: 'too_soon', date };
  if (!windows.some((w) => w.start <= session.start && session.end <= w.end)) return { ok: false, reason: 'outside_windows', date };
  const blockers = person.busy.filter((e) => overlaps(padded(e, school, env.rules), session));
  // A direct overlap is named before a travel-time clash, and bookings before other engagements.
  blockers.sort((a, b) => Number(!overlaps(a, session)) - Number(!overlaps(b, session)) || Number(a.kind !== 'booking') - Number(b.kind !== 'booking'));
  const blocker = blockers[0];
  if (blocker) return { ok: false, reason: 'busy', date, blocker };
  return { ok: true, term: status.term, date };
}
