// The yearly minimum (≥ 4 class hours of law education per school per school year): how many
// minutes each school has confirmed, pending and held, and how far it is behind. Pure.
import type { SchoolYearData, WorkingDayCalendar } from '../domain/working-days.js';
import { YEARLY_MINIMUM_MINUTES } from './rules.js';

export interface SchoolRef {
  siteId: number;
  name: string;
  districtCode: string | null;
}

export interface SessionRef {
  schoolSiteId: number;
  status: string;
  start: number;
  end: number;
}

export interface YearlyRow extends SchoolRef {
  /** Confirmed sessions this school year (held or still to come), minutes. */
  confirmedMinutes: number;
  /** Confirmed minutes already held (ended before now). */
  heldMinutes: number;
  /** Pending sessions (awaiting the vice-principal or a coordinator), minutes. */
  pendingMinutes: number;
  sessions: number;
  /** Minutes missing from the minimum, counting confirmed sessions only. */
  shortMinutes: number;
  behind: boolean;
}

/** The school year whose dates cover `date` (local), if any. */
export function schoolYearOf(calendar: WorkingDayCalendar, date: string): SchoolYearData | undefined {
  return calendar.schoolYears.find((y) => y.covers.from <= date && date <= y.covers.to);
}

export function schoolYearNamed(calendar: WorkingDayCalendar, name: string): SchoolYearData | undefined {
  return calendar.schoolYears.find((y) => y.schoolYear === name);
}

/** One row per school; `sessions` are the year's live (pending or confirmed) bookings. */
export function yearlyMinimum(
  schools: readonly SchoolRef[],
  sessions: readonly SessionRef[],
  now: Date,
  requiredMinutes = YEARLY_MINIMUM_MINUTES,
): YearlyRow[] {
  const bySchool = new Map<number, SessionRef[]>();
  for (const s of sessions) {
    const list = bySchool.get(s.schoolSiteId) ?? [];
    list.push(s);
    bySchool.set(s.schoolSiteId, list);
  }
  return schools.map((school) => {
    let confirmed = 0;
    let held = 0;
    let pending = 0;
    let count = 0;
    for (const s of bySchool.get(school.siteId) ?? []) {
      const minutes = Math.round((s.end - s.start) / 60_000);
      if (s.status === 'confirmed') {
        confirmed += minutes;
        if (s.end <= now.getTime()) held += minutes;
      } else if (s.status === 'pending') pending += minutes;
      else continue;
      count++;
    }
    const shortMinutes = Math.max(0, requiredMinutes - confirmed);
    return { ...school, confirmedMinutes: confirmed, heldMinutes: held, pendingMinutes: pending, sessions: count, shortMinutes, behind: shortMinutes > 0 };
  });
}
