// A vice-principal's bookable windows on one local date, as UTC intervals: the date override if
// there is one, else the weekly pattern valid that day (or the rules' default pattern when the
// person has none), intersected with the school's opening hours. Pure.
import { DateTime } from 'luxon';
import type { OpeningHours } from '../../db/schema/sites.js';
import { weekdayOf } from '../domain/working-days.js';
import { intersect, normalize, type Interval } from './intervals.js';
import type { LocalWindow, WeeklyWindow } from './rules.js';

export const ZONE = 'Asia/Shanghai';
const MINUTE_MS = 60_000;
const ISO_WEEKDAY: Readonly<Record<string, number>> = { MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6, SU: 7 };

/** A weekly window with the dates it is valid (both included; null = open). */
export interface DatedWeeklyWindow extends WeeklyWindow {
  validFrom?: string | null;
  validTo?: string | null;
}

/** 'HH:mm' → minutes after local midnight ('24:00' → 1440). */
export function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':');
  return Number(h) * 60 + Number(m);
}

// luxon's zone arithmetic costs ~15 µs a call (Intl); the slot finder asks for the same few
// hundred dates over and over, so midnights are remembered (bounded: cleared past 20,000 dates).
const midnights = new Map<string, number>();

/** Epoch ms of local midnight of a 'YYYY-MM-DD' date in Asia/Shanghai. */
export function localMidnight(date: string): number {
  let ms = midnights.get(date);
  if (ms === undefined) {
    if (midnights.size >= 20_000) midnights.clear();
    ms = DateTime.fromISO(date, { zone: ZONE }).toMillis();
    midnights.set(date, ms);
  }
  return ms;
}

/** Asia/Shanghai has kept UTC+08:00 all year since daylight saving ended on 1991-09-15. */
const FIXED_OFFSET_SINCE = Date.UTC(1991, 8, 15);
const OFFSET_MS = 8 * 3_600_000;

/** Local date and 'HH:mm' of an instant in Asia/Shanghai (fixed offset after 1991; luxon before). */
export function localParts(ms: number): { date: string; time: string } {
  if (ms >= FIXED_OFFSET_SINCE) {
    const text = new Date(ms + OFFSET_MS).toISOString();
    return { date: text.slice(0, 10), time: text.slice(11, 16) };
  }
  const d = DateTime.fromMillis(ms, { zone: ZONE });
  return { date: d.toISODate()!, time: d.toFormat('HH:mm') };
}

export const isoWeekday = (date: string): number => ISO_WEEKDAY[weekdayOf(date)]!;
export const isoWeekdayOfName = (name: string): number => ISO_WEEKDAY[name]!;

/** Local windows of a date → UTC intervals. Asia/Shanghai has had no daylight saving since
 *  1991, so a local time is midnight plus minutes. */
export function toIntervals(date: string, windows: readonly LocalWindow[]): Interval[] {
  const midnight = localMidnight(date);
  return normalize(windows.map((w) => ({ start: midnight + minutesOf(w.start) * MINUTE_MS, end: midnight + minutesOf(w.end) * MINUTE_MS })));
}

export interface WindowSource {
  weekly: readonly DatedWeeklyWindow[];
  /** local date → that date's windows (empty = not available). */
  overrides: ReadonlyMap<string, readonly LocalWindow[]>;
  defaultWeekly: readonly WeeklyWindow[];
}

/** The person's local windows on `date` (before the school's hours and their engagements).
 *  `weekday` is the ISO weekday whose pattern applies: a make-up working day (调休) runs the
 *  schedule of the weekday it pays back (calendars/README.md). */
export function windowsOn(src: WindowSource, date: string, weekday = isoWeekday(date)): readonly LocalWindow[] {
  const override = src.overrides.get(date);
  if (override) return override;
  const weekly = src.weekly.length > 0 ? src.weekly : src.defaultWeekly;
  const day = weekday;
  return weekly.filter((w) => {
    const dated = w as DatedWeeklyWindow;
    return w.weekday === day && (!dated.validFrom || dated.validFrom <= date) && (!dated.validTo || date <= dated.validTo);
  });
}

/** The school's opening hours on a school day (every rule applies on a school day); none = open. */
export function openingIntervals(date: string, hours: readonly OpeningHours[]): Interval[] | null {
  if (hours.length === 0) return null;
  return toIntervals(date, hours.map((h) => ({ start: h.open, end: h.close })));
}

/** Bookable windows of a person at a school on a date, as UTC intervals. */
export function bookableWindows(src: WindowSource, date: string, hours: readonly OpeningHours[], weekday = isoWeekday(date)): Interval[] {
  const own = toIntervals(date, windowsOn(src, date, weekday));
  const open = openingIntervals(date, hours);
  return open ? intersect(own, open) : own;
}
