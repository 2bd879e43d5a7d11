// Expands a duty template (RFC 5545 RRULE + local start time + duration + calendar mode) into
// dated occurrences in Asia/Shanghai, and lists candidate days for flexible duties.
// The only module that imports rrule. rrule works on floating wall-clock times (a Date whose UTC
// fields are the local fields); luxon turns them into real instants in Asia/Shanghai.
//
// Calendar modes:
// - every_day: the rule as written, holidays and weekends included (12348 runs 7×24).
// - working_days: skip statutory holidays and plain weekends; run on make-up working days (调休).
//   Make-up day rule: a make-up Saturday/Sunday runs the schedule of the weekday it pays back
//   (`replaces` in calendars/holidays/<year>.json), so the template occurs on the make-up day
//   exactly when its rule has an occurrence on that replaced weekday. A Tue/Thu duty therefore
//   runs on 2026-09-20 (Sunday, replaces Tue 10-06) but not on 2026-10-10 (replaces Wed 10-07);
//   a daily rule runs on every working day. The rule's own weekday on the make-up date is ignored.
// - school_days: working days (same make-up rule) inside a school term.
import rrulePkg from 'rrule';
import type { Options as RRuleOptions } from 'rrule';
import {
  addDays,
  datesBetween,
  dayInfo,
  isIsoDate,
  schoolTermOf,
  weekdayOf,
  type CalendarError,
  type DayInfo,
  type DayKind,
  type Result,
  type WorkingDayCalendar,
} from './working-days.js';

import { localSlot, type Period } from './local-time.js';

export { ZONE, monthPeriod, periodStartMs, minutesFromPeriodStart, localSlot, type Period } from './local-time.js';

const { RRule } = rrulePkg;

/** DTSTART date used when a template names neither anchorDate nor validFrom (a Monday). */
export const DEFAULT_ANCHOR_DATE = '2024-01-01';

export type CalendarMode = 'every_day' | 'working_days' | 'school_days';

export interface DutyTemplateRule {
  /** RRULE body, e.g. 'FREQ=WEEKLY;BYDAY=TU,TH' ('RRULE:' prefix allowed). No DTSTART/TZID,
   *  no BYHOUR/BYMINUTE/BYSECOND, FREQ at least DAILY: the time of day is `startLocal`.
   *  An UNTIL is compared as floating local time; prefer validUntil. */
  rrule: string;
  /** Wall-clock start in Asia/Shanghai, 'HH:mm'. */
  startLocal: string;
  /** Minutes, 1..1440; a shift may run past midnight (it belongs to its start date). */
  durationMinutes: number;
  calendarMode: CalendarMode;
  /** Local dates, both inclusive. */
  validFrom?: string;
  validUntil?: string;
  /** DTSTART date: fixes the phase of INTERVAL>1, COUNT and monthly rules. Default: validFrom,
   *  else DEFAULT_ANCHOR_DATE, so expanding any month gives the same phase. */
  anchorDate?: string;
}

export interface Occurrence {
  /** Local start date 'YYYY-MM-DD'. */
  date: string;
  /** UTC instants, ISO 8601 with Z. */
  startUtc: string;
  endUtc: string;
  /** Minutes from the period start (period.from 00:00 local). */
  startMinute: number;
  endMinute: number;
  /** null when the year has no calendar file (possible only in every_day mode). */
  dayKind: DayKind | null;
  /** Saturday or Sunday on the civil calendar, worked or not. */
  weekend: boolean;
  holiday: boolean | null;
  makeup: boolean | null;
}

export type RecurrenceError =
  | CalendarError
  | { code: 'invalid_rrule'; message: string }
  | { code: 'invalid_template'; message: string }
  | { code: 'invalid_period'; message: string };

type Fail = { ok: false; error: RecurrenceError };
const fail = (error: RecurrenceError): Fail => ({ ok: false, error });

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

function floating(date: string, hh = 0, mm = 0): Date {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, mo - 1, d, hh, mm));
}

/** DTSTART date for the rrule: the template's anchor, moved forward by whole rule periods (days
 *  for DAILY, weeks for WEEKLY, times INTERVAL) to about two weeks before `lo`. Same occurrences
 *  (the phase is kept), but rrule no longer iterates from 2024 on every call (that cost ~4 ms
 *  per daily rule for December 2026). COUNT counts from the true anchor, so those stay put. */
function effectiveAnchor(options: Partial<RRuleOptions>, anchor: string, lo: string): string {
  if (options.count || (options.freq !== RRule.DAILY && options.freq !== RRule.WEEKLY)) return anchor;
  const stepDays = (options.interval ?? 1) * (options.freq === RRule.WEEKLY ? 7 : 1);
  const gapDays = (Date.parse(`${lo}T00:00:00Z`) - Date.parse(`${anchor}T00:00:00Z`)) / 86_400_000 - 14;
  const k = Math.floor(gapDays / stepDays);
  return k > 0 ? addDays(anchor, k * stepDays) : anchor;
}

/** Reads and checks the RRULE body (before any calendar lookup, so a bad rule is reported first). */
function parseRule(t: DutyTemplateRule): Result<Partial<RRuleOptions>, RecurrenceError> {
  const body = t.rrule.trim().replace(/^RRULE:/i, '');
  if (/DTSTART|TZID|BYHOUR|BYMINUTE|BYSECOND|[\r\n]/i.test(body)) {
    return fail({ code: 'invalid_rrule', message: 'no DTSTART, TZID, BYHOUR, BYMINUTE or BYSECOND: the start time is startLocal' });
  }
  let options: Partial<RRuleOptions>;
  try {
    options = RRule.parseString(body);
  } catch (e) {
    return fail({ code: 'invalid_rrule', message: e instanceof Error ? e.message : String(e) });
  }
  const freq = options.freq;
  if (freq === undefined || freq === null || freq > RRule.DAILY) {
    return fail({ code: 'invalid_rrule', message: 'FREQ must be YEARLY, MONTHLY, WEEKLY or DAILY' });
  }
  const lists = [options.byweekday, options.bymonth, options.bymonthday, options.bysetpos, options.byyearday, options.byweekno];
  if (lists.some((l) => Array.isArray(l) && l.some((v) => v === undefined || v === null))) {
    return fail({ code: 'invalid_rrule', message: `unreadable value in ${body}` });
  }
  return { ok: true, value: options };
}

/** Why an RRULE body cannot be used for a duty template, or undefined when it can. */
export function checkRrule(rrule: string): string | undefined {
  const r = parseRule({ rrule, startLocal: '00:00', durationMinutes: 1, calendarMode: 'every_day' });
  return r.ok ? undefined : (r.error as { message: string }).message;
}

function buildRule(options: Partial<RRuleOptions>, t: DutyTemplateRule, lo: string): InstanceType<typeof RRule> {
  const anchor = effectiveAnchor(options, t.anchorDate ?? t.validFrom ?? DEFAULT_ANCHOR_DATE, lo);
  const [h, m] = t.startLocal.split(':').map(Number) as [number, number];
  return new RRule({ ...options, dtstart: floating(anchor, h, m), tzid: null });
}

function checkTemplate(t: DutyTemplateRule, period: Period): Fail | null {
  if (!isIsoDate(period.from) || !isIsoDate(period.to) || period.to < period.from) {
    return fail({ code: 'invalid_period', message: `bad period ${period.from}..${period.to}` });
  }
  if (!HH_MM.test(t.startLocal)) return fail({ code: 'invalid_template', message: `startLocal must be HH:mm, got ${t.startLocal}` });
  if (!Number.isInteger(t.durationMinutes) || t.durationMinutes < 1 || t.durationMinutes > 1440) {
    return fail({ code: 'invalid_template', message: 'durationMinutes must be an integer in 1..1440' });
  }
  for (const d of [t.validFrom, t.validUntil, t.anchorDate]) {
    if (d !== undefined && !isIsoDate(d)) return fail({ code: 'invalid_template', message: `bad date ${d}` });
  }
  if (!['every_day', 'working_days', 'school_days'].includes(t.calendarMode)) {
    return fail({ code: 'invalid_template', message: `unknown calendarMode ${String(t.calendarMode)}` });
  }
  return null;
}

/** Local dates on which the rule has an occurrence, between `from` and `to` inclusive. */
function ruleDates(rule: InstanceType<typeof RRule>, from: string, to: string): Set<string> {
  const hits = rule.between(floating(from), floating(addDays(to, 1)), true);
  return new Set(hits.map((d) => d.toISOString().slice(0, 10)).filter((d) => d <= to));
}

/** Days of the window that the mode allows, with their calendar info (null info: year unknown,
 *  every_day only). Working/school modes refuse a window touching a year with no calendar. */
function modeDays(
  cal: WorkingDayCalendar,
  mode: CalendarMode,
  from: string,
  to: string,
): Result<Array<{ date: string; info: DayInfo | null }>, RecurrenceError> {
  const out: Array<{ date: string; info: DayInfo | null }> = [];
  for (const date of datesBetween(from, to)) {
    const info = dayInfo(cal, date);
    if (!info.ok) {
      if (mode === 'every_day' && info.error.code === 'calendar_missing') {
        out.push({ date, info: null });
        continue;
      }
      return info;
    }
    if (mode !== 'every_day' && !info.value.working) continue;
    if (mode === 'school_days') {
      const term = schoolTermOf(cal, date);
      if (!term.ok) return term;
      if (!term.value) continue;
    }
    out.push({ date, info: info.value });
  }
  return { ok: true, value: out };
}

function clip(period: Period, t: { validFrom?: string; validUntil?: string }): Period | null {
  const from = t.validFrom && t.validFrom > period.from ? t.validFrom : period.from;
  const to = t.validUntil && t.validUntil < period.to ? t.validUntil : period.to;
  return from <= to ? { from, to } : null;
}

/** Expands a template into its occurrences in `period`, sorted by start. */
export function expandTemplate(
  cal: WorkingDayCalendar,
  template: DutyTemplateRule,
  period: Period,
): Result<Occurrence[], RecurrenceError> {
  const bad = checkTemplate(template, period);
  if (bad) return bad;
  const options = parseRule(template);
  if (!options.ok) return options;
  const window = clip(period, template);
  if (!window) return { ok: true, value: [] };
  const days = modeDays(cal, template.calendarMode, window.from, window.to);
  if (!days.ok) return days;

  // A make-up day asks the rule about the weekday it replaces, which may lie outside the window.
  const replaced = days.value.flatMap((d) => (template.calendarMode !== 'every_day' && d.info?.replaces ? [d.info.replaces] : []));
  const lo = [window.from, ...replaced].sort()[0] as string;
  const hi = [window.to, ...replaced].sort().at(-1) as string;
  const hits = ruleDates(buildRule(options.value, template, lo), lo, hi);

  const out: Occurrence[] = [];
  for (const { date, info } of days.value) {
    const probe = template.calendarMode !== 'every_day' && info?.kind === 'makeup' && info.replaces ? info.replaces : date;
    if (!hits.has(probe)) continue;
    const kind = info ? info.kind : null;
    out.push({
      date,
      ...localSlot(date, template.startLocal, template.durationMinutes, period),
      dayKind: kind,
      weekend: weekdayOf(date) === 'SA' || weekdayOf(date) === 'SU',
      holiday: kind === null ? null : kind === 'holiday',
      makeup: kind === null ? null : kind === 'makeup',
    });
  }
  return { ok: true, value: out };
}

/** Flexible duties: the local dates in `window` that satisfy the calendar mode (e.g. every
 *  working day of the month for a monthly village visit). every_day needs no calendar. */
export function candidateDays(
  cal: WorkingDayCalendar,
  mode: CalendarMode,
  window: Period,
): Result<string[], RecurrenceError> {
  if (!isIsoDate(window.from) || !isIsoDate(window.to) || window.to < window.from) {
    return fail({ code: 'invalid_period', message: `bad window ${window.from}..${window.to}` });
  }
  const days = modeDays(cal, mode, window.from, window.to);
  return days.ok ? { ok: true, value: days.value.map((d) => d.date) } : days;
}
