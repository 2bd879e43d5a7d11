// Builds the roster grids from what the API returns (pure): sites × days, where each cell holds
// one chip per shift with who holds its seats and how many are missing, and people × days. Only
// filled seats and unfilled needs are drawn: a flexible duty shows on the day of its filled
// alternative, or, while unplaced, in the row's "date not set" column — never all its alternatives.
import type { AssignmentRow, UnfilledItem } from './types.js';
import { localTime } from './weeks.js';

export interface SiteRef {
  id: number;
  name: string;
}

export interface Holder {
  personId: number;
  name: string;
  seatGroup: number;
  pinned: boolean;
}

/** One shift in a cell of the sites grid. */
export interface ShiftChip {
  shiftId: number;
  siteId: number;
  day: string;
  /** 'HH:mm–HH:mm', or 'HH:mm' when only the start is known (a wholly unfilled seat). */
  time: string;
  holders: Holder[];
  missing: number;
}

/** A flexible duty not yet placed on a day. */
export interface PendingNeed {
  shiftId: number;
  siteId: number;
  day: string;
  seatGroup: number;
  missing: number;
}

export interface SiteGridRow {
  site: SiteRef;
  cells: ShiftChip[][];
  pending: PendingNeed[];
}

export interface DutyChip {
  shiftId: number;
  seatGroup: number;
  siteId: number;
  siteName: string;
  day: string;
  time: string;
  pinned: boolean;
}

export interface PersonGridRow {
  personId: number;
  name: string;
  cells: DutyChip[][];
  total: number;
}

const span = (a: { startsAt: string; endsAt: string }) => `${localTime(a.startsAt)}–${localTime(a.endsAt)}`;
const isFlexible = (u: UnfilledItem) => u.shiftIds.length > 1;

/**
 * Rows of the sites × days grid for `days`, for the sites in `sites` (in their order), keeping only
 * sites with something to show that week. `assignments` and `unfilled` may cover more days and sites.
 */
export function siteGrid(days: readonly string[], sites: readonly SiteRef[], assignments: readonly AssignmentRow[], unfilled: readonly UnfilledItem[]): SiteGridRow[] {
  const dayIndex = new Map(days.map((d, i) => [d, i]));
  const chips = new Map<number, ShiftChip>();
  const rows = new Map<number, { cells: ShiftChip[][]; pending: PendingNeed[] }>();
  const rowOf = (siteId: number) => {
    let r = rows.get(siteId);
    if (!r) rows.set(siteId, (r = { cells: days.map(() => []), pending: [] }));
    return r;
  };
  const chipOf = (shiftId: number, siteId: number, day: string, time: string) => {
    let chip = chips.get(shiftId);
    if (!chip) {
      chip = { shiftId, siteId, day, time, holders: [], missing: 0 };
      chips.set(shiftId, chip);
      rowOf(siteId).cells[dayIndex.get(day)!]!.push(chip);
    }
    return chip;
  };
  const wanted = new Set(sites.map((s) => s.id));
  for (const a of assignments) {
    if (!wanted.has(a.siteId) || !dayIndex.has(a.localDate)) continue;
    chipOf(a.shiftId, a.siteId, a.localDate, span(a)).holders.push({ personId: a.personId, name: a.personName, seatGroup: a.seatGroup, pinned: a.pinned });
  }
  for (const u of unfilled) {
    if (u.siteId === null || !wanted.has(u.siteId)) continue;
    const first = u.shiftIds[0];
    const day = u.dates[0];
    if (first === undefined || day === undefined) continue;
    if (isFlexible(u)) {
      rowOf(u.siteId).pending.push({ shiftId: first, siteId: u.siteId, day, seatGroup: u.seatGroup, missing: u.missing });
    } else if (dayIndex.has(day)) {
      chipOf(first, u.siteId, day, u.startsAt ? localTime(u.startsAt) : '').missing += u.missing;
    }
  }
  const out: SiteGridRow[] = [];
  for (const site of sites) {
    const r = rows.get(site.id);
    if (!r) continue;
    for (const cell of r.cells) {
      cell.sort((a, b) => a.time.localeCompare(b.time) || a.shiftId - b.shiftId);
      for (const chip of cell) chip.holders.sort((a, b) => a.seatGroup - b.seatGroup);
    }
    out.push({ site, ...r });
  }
  return out;
}

/** Rows of the people × days grid: everyone holding a duty that week at one of `siteIds` (all sites when null), by name. */
export function peopleGrid(days: readonly string[], assignments: readonly AssignmentRow[], siteIds: ReadonlySet<number> | null): PersonGridRow[] {
  const dayIndex = new Map(days.map((d, i) => [d, i]));
  const rows = new Map<number, PersonGridRow>();
  for (const a of assignments) {
    const i = dayIndex.get(a.localDate);
    if (i === undefined || (siteIds && !siteIds.has(a.siteId))) continue;
    let r = rows.get(a.personId);
    if (!r) rows.set(a.personId, (r = { personId: a.personId, name: a.personName, cells: days.map(() => []), total: 0 }));
    r.cells[i]!.push({ shiftId: a.shiftId, seatGroup: a.seatGroup, siteId: a.siteId, siteName: a.siteName, day: a.localDate, time: span(a), pinned: a.pinned });
    r.total++;
  }
  const out = [...rows.values()];
  for (const r of out) for (const cell of r.cells) cell.sort((a, b) => a.time.localeCompare(b.time));
  return out.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN') || a.personId - b.personId);
}

/** Unfilled seats and filled seats of a set of rows (for the grid's caption). */
export function gridTotals(rows: readonly SiteGridRow[]): { filled: number; missing: number; pending: number } {
  let filled = 0;
  let missing = 0;
  let pending = 0;
  for (const r of rows) {
    for (const cell of r.cells) for (const chip of cell) (filled += chip.holders.length), (missing += chip.missing);
    for (const p of r.pending) pending += p.missing;
  }
  return { filled, missing, pending };
}
