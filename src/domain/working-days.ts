// Working-day calendar: China's statutory holidays, make-up working days (调休) and school terms,
// built from the parsed JSON in calendars/ (pure; calendars/load.ts reads the files).
// Dates are local civil dates in Asia/Shanghai written 'YYYY-MM-DD'; a year with no holiday
// file is never guessed: every query about it answers { ok: false, error: calendar_missing }.

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup';
export type Weekday = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';
/** Why a day is off: one of the 13 statutory days, a weekday given in lieu of a statutory day
 *  that fell on a weekend, a weekend inside the break, or a bridge weekday paid back by a make-up day. */
export type HolidayBasis = 'statutory' | 'in_lieu' | 'weekend' | 'bridge';

export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

export type CalendarError =
  | { code: 'calendar_missing'; year: number }
  | { code: 'school_calendar_missing'; date: string }
  | { code: 'invalid_date'; value: string };

export interface CalendarDataError {
  code: 'invalid_calendar_data';
  message: string;
}

/** One entry of `days` in calendars/holidays/<year>.json. */
export interface HolidayDayData {
  date: string;
  kind: 'holiday' | 'makeup';
  holidayId: string;
  nameZh: string;
  nameEn: string;
  basis?: HolidayBasis;
  /** Make-up days only: the bridge weekday off whose schedule this day runs. */
  replaces?: string;
  /** Make-up days only: weekday of `replaces`, kept in the file for people reading it. */
  runsAs?: Weekday;
}

/** The State Council notice a holiday file transcribes. */
export interface HolidayNotice {
  titleZh: string;
  /** Document number, e.g. '国办发明电〔2024〕12号'; null when not found in the sources. */
  number: string | null;
  /** Date issued, 'YYYY-MM-DD'. */
  issued: string;
  sources: readonly string[];
}

/** calendars/holidays/<year>.json (other fields are carried through untouched). */
export interface HolidayYearData {
  year: number;
  notice?: HolidayNotice;
  days: readonly HolidayDayData[];
}

export interface SchoolTermData {
  id: string;
  nameZh: string;
  nameEn?: string;
  from: string;
  to: string;
}

/** calendars/school/<school-year>.json. */
export interface SchoolYearData {
  schoolYear: string;
  status: 'estimate' | 'official';
  covers: { from: string; to: string };
  terms: readonly SchoolTermData[];
}

export interface WorkingDayCalendar {
  /** year → (date → holiday or make-up entry); a year absent here has no calendar. */
  readonly years: ReadonlyMap<number, ReadonlyMap<string, HolidayDayData>>;
  readonly schoolYears: readonly SchoolYearData[];
}

export interface DayInfo {
  date: string;
  weekday: Weekday;
  kind: DayKind;
  /** workday or makeup. */
  working: boolean;
  /** Holiday and make-up days: which holiday they belong to. */
  holiday?: { id: string; nameZh: string; nameEn: string; basis?: HolidayBasis };
  /** Make-up days: the schedule they run (see calendars/README.md). */
  replaces?: string;
  runsAs?: Weekday;
}

// ---- local-date helpers (pure string/UTC arithmetic, no zone needed for civil dates) ----

const WEEKDAYS: readonly Weekday[] = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const t = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === value;
}

/** Weekday of a valid 'YYYY-MM-DD' date. */
export function weekdayOf(date: string): Weekday {
  return WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()] as Weekday;
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Every date from `from` to `to`, both included (empty when to < from). */
export function datesBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

function isWeekend(w: Weekday): boolean {
  return w === 'SA' || w === 'SU';
}

// ---- building the calendar from data ----

function dataError(message: string): { ok: false; error: CalendarDataError } {
  return { ok: false, error: { code: 'invalid_calendar_data', message } };
}

function checkYear(y: HolidayYearData, all: ReadonlyMap<string, HolidayDayData>): string | null {
  for (const d of y.days) {
    if (!isIsoDate(d.date) || !d.date.startsWith(`${y.year}-`)) return `${y.year}: bad date ${d.date}`;
    if (d.kind !== 'holiday' && d.kind !== 'makeup') return `${d.date}: bad kind ${String(d.kind)}`;
    if (d.kind === 'makeup') {
      if (!isWeekend(weekdayOf(d.date))) return `${d.date}: a make-up day must fall on a weekend`;
      const replaced = d.replaces === undefined ? undefined : all.get(d.replaces);
      if (!d.replaces || replaced?.kind !== 'holiday' || isWeekend(weekdayOf(d.replaces))) {
        return `${d.date}: replaces must name a weekday off in the data`;
      }
      if (d.runsAs !== weekdayOf(d.replaces)) return `${d.date}: runsAs must be the weekday of ${d.replaces}`;
    }
  }
  return null;
}

function checkSchoolYear(s: SchoolYearData): string | null {
  const { from, to } = s.covers;
  if (!isIsoDate(from) || !isIsoDate(to) || to < from) return `${s.schoolYear}: bad covers`;
  for (const t of s.terms) {
    if (!isIsoDate(t.from) || !isIsoDate(t.to) || t.to < t.from || t.from < from || t.to > to) {
      return `${s.schoolYear}: term ${t.id} must lie inside covers`;
    }
  }
  return null;
}

/** Builds the calendar from parsed holiday files and school-year files; checks their shape. */
export function buildCalendar(input: {
  holidays: readonly HolidayYearData[];
  schoolYears?: readonly SchoolYearData[];
}): Result<WorkingDayCalendar, CalendarDataError> {
  const years = new Map<number, Map<string, HolidayDayData>>();
  const all = new Map<string, HolidayDayData>();
  for (const y of input.holidays) {
    if (!Number.isInteger(y.year) || years.has(y.year)) return dataError(`duplicate or bad year ${y.year}`);
    const byDate = new Map<string, HolidayDayData>();
    for (const d of y.days) {
      if (all.has(d.date)) return dataError(`duplicate date ${d.date}`);
      byDate.set(d.date, d);
      all.set(d.date, d);
    }
    years.set(y.year, byDate);
  }
  for (const y of input.holidays) {
    const problem = checkYear(y, all);
    if (problem) return dataError(problem);
  }
  const schoolYears = [...(input.schoolYears ?? [])].sort((a, b) => a.covers.from.localeCompare(b.covers.from));
  for (const s of schoolYears) {
    const problem = checkSchoolYear(s);
    if (problem) return dataError(problem);
  }
  for (let i = 1; i < schoolYears.length; i++) {
    const prev = schoolYears[i - 1] as SchoolYearData;
    if ((schoolYears[i] as SchoolYearData).covers.from <= prev.covers.to) return dataError('school years overlap');
  }
  return { ok: true, value: { years, schoolYears } };
}

// ---- queries ----

function badDate(value: string): { ok: false; error: CalendarError } {
  return { ok: false, error: { code: 'invalid_date', value } };
}

/** Years that have a holiday file, ascending. */
export function calendarYears(cal: WorkingDayCalendar): number[] {
  return [...cal.years.keys()].sort((a, b) => a - b);
}

export function dayInfo(cal: WorkingDayCalendar, date: string): Result<DayInfo, CalendarError> {
  if (!isIsoDate(date)) return badDate(date);
  const year = Number(date.slice(0, 4));
  const table = cal.years.get(year);
  if (!table) return { ok: false, error: { code: 'calendar_missing', year } };
  const weekday = weekdayOf(date);
  const entry = table.get(date);
  if (!entry) {
    const kind: DayKind = isWeekend(weekday) ? 'weekend' : 'workday';
    return { ok: true, value: { date, weekday, kind, working: kind === 'workday' } };
  }
  const holiday = { id: entry.holidayId, nameZh: entry.nameZh, nameEn: entry.nameEn, ...(entry.basis ? { basis: entry.basis } : {}) };
  if (entry.kind === 'holiday') return { ok: true, value: { date, weekday, kind: 'holiday', working: false, holiday } };
  const info: DayInfo = { date, weekday, kind: 'makeup', working: true, holiday };
  if (entry.replaces) {
    info.replaces = entry.replaces;
    info.runsAs = weekdayOf(entry.replaces);
  }
  return { ok: true, value: info };
}

export function dayKind(cal: WorkingDayCalendar, date: string): Result<DayKind, CalendarError> {
  const r = dayInfo(cal, date);
  return r.ok ? { ok: true, value: r.value.kind } : r;
}

export function isWorkingDay(cal: WorkingDayCalendar, date: string): Result<boolean, CalendarError> {
  const r = dayInfo(cal, date);
  return r.ok ? { ok: true, value: r.value.working } : r;
}

/** The school term containing `date`, or null in a break; refused when no school year covers it. */
export function schoolTermOf(cal: WorkingDayCalendar, date: string): Result<SchoolTermData | null, CalendarError> {
  if (!isIsoDate(date)) return badDate(date);
  const year = cal.schoolYears.find((s) => s.covers.from <= date && date <= s.covers.to);
  if (!year) return { ok: false, error: { code: 'school_calendar_missing', date } };
  return { ok: true, value: year.terms.find((t) => t.from <= date && date <= t.to) ?? null };
}

/** A school day is a working day (make-up days included) inside a school term. */
export function isSchoolDay(cal: WorkingDayCalendar, date: string): Result<boolean, CalendarError> {
  const working = isWorkingDay(cal, date);
  if (!working.ok) return working;
  const term = schoolTermOf(cal, date);
  if (!term.ok) return term;
  return { ok: true, value: working.value && term.value !== null };
}

/** Day information for every date from `from` to `to` (both included); the first missing year refuses. */
export function daysInRange(cal: WorkingDayCalendar, from: string, to: string): Result<DayInfo[], CalendarError> {
  if (!isIsoDate(from)) return badDate(from);
  if (!isIsoDate(to)) return badDate(to);
  const out: DayInfo[] = [];
  for (const date of datesBetween(from, to)) {
    const r = dayInfo(cal, date);
    if (!r.ok) return r;
    out.push(r.value);
  }
  return { ok: true, value: out };
}
