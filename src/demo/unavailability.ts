// Leave, court dates, training and sick days sprinkled over a period (default 2026–2027).
// Wall-clock times are Asia/Shanghai; luxon converts each local midnight once, and instants
// within a day are that midnight plus minutes, stored as UTC ISO strings.
import { DateTime } from 'luxon';
import { createRng } from './random';
import type { DemoPerson, DemoUnavailability } from './types';

export const ZONE = 'Asia/Shanghai';

interface Day {
  iso: string;
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Courts sit and training runs on working days only. */
  working: boolean;
  /** 'YYYY-MM' of the day. */
  month: string;
  /** UTC epoch milliseconds of the local midnight that starts the day. */
  startMs: number;
}

export interface LocalCalendar {
  days: Day[];
  /** Index ranges [first, last] into `days` per month, in order. */
  months: { month: string; first: number; last: number }[];
}

/** Monday to Friday; pass the statutory working-day calendar instead to respect holidays and 调休. */
export const weekdaysOnly = (_iso: string, weekday: number): boolean => weekday <= 5;

/** Local days from `from` to `to` inclusive, plus a week of padding for leave that runs over. */
export function localCalendar(
  from: string, to: string, isWorkingDay: (isoDate: string, weekday: number) => boolean = weekdaysOnly,
): LocalCalendar {
  const start = DateTime.fromISO(from, { zone: ZONE }).startOf('day');
  const end = DateTime.fromISO(to, { zone: ZONE }).startOf('day');
  if (!start.isValid || !end.isValid || end < start) throw new Error(`bad unavailability period ${from}..${to}`);
  const days: Day[] = [];
  for (let d = start; d <= end.plus({ days: 8 }); d = d.plus({ days: 1 })) {
    const date = d.toISODate() as string;
    days.push({ iso: date, weekday: d.weekday, working: isWorkingDay(date, d.weekday), month: d.toFormat('yyyy-MM'), startMs: d.toMillis() });
  }
  const lastInside = days.findIndex((d) => d.iso === end.toISODate());
  const months: LocalCalendar['months'] = [];
  days.slice(0, lastInside + 1).forEach((d, i) => {
    const cur = months[months.length - 1];
    if (cur && cur.month === d.month) cur.last = i;
    else months.push({ month: d.month, first: i, last: i });
  });
  return { days, months };
}

const iso = (ms: number) => new Date(ms).toISOString();
const at = (day: Day, hhmm: string) => day.startMs + (Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))) * 60_000;

/** Share of people taking a week of leave in a given month, and of other short absences ([E]). */
export const LEAVE_WEEK_SHARE = 0.1;
const TRAINING_SHARE = 0.03;
const SICK_SHARE = 0.015;
const OTHER_SHARE = 0.01;
const HALF_DAYS: [string, string][] = [['09:00', '12:00'], ['14:00', '17:30']];

/**
 * Court dates (lawyers only, 1–3 half days a month on working days) and absences for one
 * person. `courts` are court names to draw from, repeated to weight them (own district first).
 */
export function unavailabilityFor(seed: number, person: DemoPerson, cal: LocalCalendar, courts: readonly string[]): DemoUnavailability[] {
  const rng = createRng(seed, person.code, 'unavailability');
  const out: DemoUnavailability[] = [];
  const push = (kind: DemoUnavailability['kind'], startMs: number, endMs: number, note: string) =>
    out.push({ personCode: person.code, kind, startsAt: iso(startMs), endsAt: iso(endMs), note });
  const isLawyer = person.roles.includes('lawyer');
  for (const m of cal.months) {
    const busy = new Set<number>();
    const workdays: number[] = [];
    for (let i = m.first; i <= m.last; i++) if (cal.days[i]?.working) workdays.push(i);
    if (workdays.length === 0) continue;
    if (rng.chance(LEAVE_WEEK_SHARE)) {
      // A Monday-to-Sunday week (exclusive end next Monday 00:00) starting in this month.
      const mondays: number[] = [];
      for (let i = m.first; i <= m.last; i++) if (cal.days[i]?.weekday === 1) mondays.push(i);
      const monday = mondays.length > 0 ? rng.pick(mondays) : undefined;
      const end = monday === undefined ? undefined : cal.days[monday + 7];
      if (monday !== undefined && end) {
        push('leave', (cal.days[monday] as Day).startMs, end.startMs, '年休假');
        for (let i = monday; i < monday + 7; i++) busy.add(i);
      }
    }
    if (rng.chance(SICK_SHARE)) {
      const first = rng.pick(workdays);
      const len = rng.int(1, 3);
      const end = cal.days[first + len];
      if (!busy.has(first) && end) {
        push('sick', (cal.days[first] as Day).startMs, end.startMs, '病假');
        for (let i = first; i < first + len; i++) busy.add(i);
      }
    }
    if (rng.chance(TRAINING_SHARE)) {
      const day = rng.pick(workdays);
      if (!busy.has(day)) {
        const d = cal.days[day] as Day;
        push('training', at(d, '09:00'), at(d, '17:30'), '业务培训');
        busy.add(day);
      }
    }
    if (rng.chance(OTHER_SHARE)) {
      const day = rng.pick(workdays);
      if (!busy.has(day)) {
        const [open, close] = rng.pick(HALF_DAYS);
        push('other', at(cal.days[day] as Day, open), at(cal.days[day] as Day, close), '其他公务');
        busy.add(day);
      }
    }
    if (isLawyer) {
      const free = workdays.filter((i) => !busy.has(i));
      for (const day of rng.sample(free, Math.min(free.length, rng.int(1, 3))).sort((a, b) => a - b)) {
        const d = cal.days[day] as Day;
        const [open, close] = rng.pick(HALF_DAYS);
        push('court', at(d, open), at(d, close), `开庭:${rng.pick(courts)}`);
      }
    }
  }
  return out.sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}
