// The overview's coverage of one roster (pure): filled and unfilled seats per district and site
// type, duties per person (most, fewest, and how many people hold how many), seats per day, and
// the next unfilled seats.
import type { AssignmentRow, UnfilledItem } from './types.js';

export interface SiteInfo {
  id: number;
  type: string;
  districtCode: string | null;
}

export interface Cell {
  filled: number;
  unfilled: number;
}

export interface Coverage {
  /** key `${districtCode ?? ''}|${type}` → seats. */
  byDistrictType: Map<string, Cell>;
  totals: Cell;
  /** Per local date of the month, in order. */
  byDay: { day: string; filled: number; unfilled: number }[];
  /** Unplaced flexible duties (no day yet). */
  pending: number;
  load: { personId: number; name: string; duties: number }[];
  /** people holding n duties, n = 1 … max. */
  histogram: number[];
  upcoming: UnfilledItem[];
}

export const cellKey = (districtCode: string | null, type: string) => `${districtCode ?? ''}|${type}`;

export function coverageOf(days: readonly string[], assignments: readonly AssignmentRow[], unfilled: readonly UnfilledItem[], sites: readonly SiteInfo[], now: Date, upcomingMax = 8): Coverage {
  const siteById = new Map(sites.map((s) => [s.id, s]));
  const byDistrictType = new Map<string, Cell>();
  const cell = (siteId: number | null) => {
    const s = siteId === null ? undefined : siteById.get(siteId);
    const key = s ? cellKey(s.districtCode, s.type) : cellKey(null, 'unknown');
    let c = byDistrictType.get(key);
    if (!c) byDistrictType.set(key, (c = { filled: 0, unfilled: 0 }));
    return c;
  };
  const dayIndex = new Map(days.map((d, i) => [d, i]));
  const byDay = days.map((day) => ({ day, filled: 0, unfilled: 0 }));
  const perPerson = new Map<number, { personId: number; name: string; duties: number }>();
  for (const a of assignments) {
    cell(a.siteId).filled++;
    const i = dayIndex.get(a.localDate);
    if (i !== undefined) byDay[i]!.filled++;
    const p = perPerson.get(a.personId) ?? { personId: a.personId, name: a.personName, duties: 0 };
    p.duties++;
    perPerson.set(a.personId, p);
  }
  let pending = 0;
  for (const u of unfilled) {
    cell(u.siteId).unfilled += u.missing;
    if (u.shiftIds.length > 1) pending += u.missing;
    else {
      const i = dayIndex.get(u.dates[0] ?? '');
      if (i !== undefined) byDay[i]!.unfilled += u.missing;
    }
  }
  const load = [...perPerson.values()].sort((a, b) => b.duties - a.duties || a.name.localeCompare(b.name, 'zh-CN'));
  const histogram = Array.from({ length: load[0]?.duties ?? 0 }, () => 0);
  for (const p of load) histogram[p.duties - 1]!++;
  const soon = now.toISOString();
  const upcoming = unfilled
    .filter((u) => u.shiftIds.length === 1 && u.startsAt !== null && u.startsAt >= soon)
    .sort((a, b) => a.startsAt!.localeCompare(b.startsAt!))
    .slice(0, upcomingMax);
  const totals = { filled: assignments.length, unfilled: unfilled.reduce((n, u) => n + u.missing, 0) };
  return { byDistrictType, totals, byDay, pending, load, histogram, upcoming };
}
