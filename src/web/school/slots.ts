// The slot picker's model: which two weeks to show, slots grouped by local day, and the value a
// chosen slot posts back (vice-principal and start instant). Pure; dates are Asia/Shanghai.
import { DateTime } from 'luxon';
import { ZONE } from '../format.js';
import type { DayReason, SlotListOut } from './types.js';

/** Days shown at once (two school weeks). */
export const SLOT_DAYS = 14;

export type SessionMinutes = 45 | 90;

export interface PickSlot {
  value: string;
  personId: number;
  personName: string;
  /** Local start, HH:mm. */
  time: string;
}

export interface SlotDay {
  date: string;
  slots: PickSlot[];
}

export interface SlotRange {
  from: string;
  to: string;
  /** First day of the two weeks before (absent when `from` is today). */
  prev?: string;
  next: string;
}

const isDate = (s: string | undefined): s is string => !!s && /^\d{4}-\d{2}-\d{2}$/.test(s) && DateTime.fromISO(s, { zone: ZONE }).isValid;
const plusDays = (date: string, n: number) => DateTime.fromISO(date, { zone: ZONE }).plus({ days: n }).toISODate()!;

/** Two weeks from the asked date, never before today. */
export function slotRange(today: string, asked?: string): SlotRange {
  const from = isDate(asked) && asked > today ? asked : today;
  const back = plusDays(from, -SLOT_DAYS);
  return { from, to: plusDays(from, SLOT_DAYS - 1), prev: from > today ? (back > today ? back : today) : undefined, next: plusDays(from, SLOT_DAYS) };
}

/** 90 when asked for, else one class hour. */
export const minutesOf = (asked: string | undefined): SessionMinutes => (asked === '90' ? 90 : 45);

export const slotValue = (s: { personId: number; startsAt: string }) => `${s.personId}@${s.startsAt}`;

/** A posted slot value back into its parts; undefined for anything else. */
export function parseSlotValue(v: string | undefined): { personId: number; startsAt: string } | undefined {
  const m = /^(\d{1,9})@(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2}))$/.exec(v ?? '');
  if (!m || Number(m[1]) <= 0 || !DateTime.fromISO(m[2]!).isValid) return undefined;
  return { personId: Number(m[1]), startsAt: m[2]! };
}

/** The list's slots by local day, days and times in order (the API sorts by start). */
export function slotDays(list: Pick<SlotListOut, 'slots'>): SlotDay[] {
  const days = new Map<string, SlotDay>();
  for (const s of list.slots) {
    let day = days.get(s.localDate);
    if (!day) days.set(s.localDate, (day = { date: s.localDate, slots: [] }));
    day.slots.push({ value: slotValue(s), personId: s.personId, personName: s.personName, time: s.localStart });
  }
  return [...days.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/** Closed days worth saying why (weekends go without saying). */
export function closedWeekdays(list: Pick<SlotListOut, 'closedDays'>): { date: string; reason: DayReason }[] {
  return list.closedDays.filter((d) => d.reason !== 'weekend').map((d) => ({ date: d.date, reason: d.reason as DayReason }));
}
