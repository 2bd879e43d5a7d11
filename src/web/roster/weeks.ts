// Calendar helpers for a roster month (local dates in Asia/Shanghai): its days, and its weeks
// Monday to Sunday cut at the month's ends — the grid shows one week at a time.
import { DateTime } from 'luxon';
import { ZONE } from '../format.js';

export interface Week {
  /** 1-based within the month. */
  n: number;
  days: string[];
}

const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isPeriod(s: string | undefined): s is string {
  return s !== undefined && PERIOD.test(s);
}

/** Every local date of a 'YYYY-MM' month. */
export function daysOf(period: string): string[] {
  const first = DateTime.fromISO(`${period}-01`, { zone: ZONE });
  return Array.from({ length: first.daysInMonth ?? 0 }, (_, i) => first.plus({ days: i }).toISODate()!);
}

export function weeksOf(period: string): Week[] {
  const weeks: Week[] = [];
  for (const day of daysOf(period)) {
    const monday = DateTime.fromISO(day, { zone: ZONE }).weekday === 1;
    if (weeks.length === 0 || monday) weeks.push({ n: weeks.length + 1, days: [] });
    weeks.at(-1)!.days.push(day);
  }
  return weeks;
}

/** The week holding `today` when it is in the month, else week 1. */
export function weekOf(period: string, today: string): number {
  return weeksOf(period).find((w) => w.days.includes(today))?.n ?? 1;
}

/** 'YYYY-MM' of an instant in Asia/Shanghai, shifted by `months`. */
export function periodOf(now: Date, months = 0): string {
  return DateTime.fromJSDate(now).setZone(ZONE).startOf('month').plus({ months }).toFormat('yyyy-MM');
}

export function shiftPeriod(period: string, months: number): string {
  return DateTime.fromISO(`${period}-01`, { zone: ZONE }).plus({ months }).toFormat('yyyy-MM');
}

/** 'MM-dd' and the weekday (1 = Monday … 7 = Sunday) of a local date. */
export function dayLabel(day: string): { md: string; weekday: number } {
  const d = DateTime.fromISO(day, { zone: ZONE });
  return { md: d.toFormat('MM-dd'), weekday: d.weekday };
}

/** 'HH:mm' in Asia/Shanghai of a UTC instant. */
export function localTime(iso: string): string {
  return DateTime.fromISO(iso, { zone: 'utc' }).setZone(ZONE).toFormat('HH:mm');
}

export function todayOf(now: Date): string {
  return DateTime.fromJSDate(now).setZone(ZONE).toISODate()!;
}
