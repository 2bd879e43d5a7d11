// A vice-principal's bookable windows as a form and back: the weekly pattern as numbered rows
// (blank rows are dropped), "bookings need my confirmation", and one date's override. API field
// errors ('/weekly/2/end') come back to the row the user typed them in. Pure.
import type { Problem } from '../../errors.js';
import { WEEKDAYS } from '../../../schemas/bookings.js';
import { str, type FieldErrors, type FormValues } from '../components/fields.js';
import type { AvailabilityOut } from '../school/types.js';

/** Blank rows offered below the saved ones. */
export const BLANK_ROWS = 3;
const FIELDS = ['weekday', 'start', 'end', 'validFrom', 'validTo'] as const;

/** Control name of one row's field ('w0-start'). */
export const rowField = (row: number, field: (typeof FIELDS)[number]) => `w${row}-${field}`;

export function availabilityToForm(a: Pick<AvailabilityOut, 'weekly' | 'requiresConfirmation'>): FormValues {
  const values: FormValues = { rows: String(a.weekly.length + BLANK_ROWS), requiresConfirmation: a.requiresConfirmation ? '1' : '' };
  a.weekly.forEach((w, i) => {
    values[rowField(i, 'weekday')] = w.weekday;
    values[rowField(i, 'start')] = w.start;
    values[rowField(i, 'end')] = w.end;
    values[rowField(i, 'validFrom')] = w.validFrom ?? '';
    values[rowField(i, 'validTo')] = w.validTo ?? '';
  });
  return values;
}

/** How many rows the form holds (at most the API's 50 windows plus the blank ones). */
export function rowCount(values: FormValues): number {
  const n = Number(str(values.rows));
  return Number.isInteger(n) && n > 0 ? Math.min(n, 50 + BLANK_ROWS) : BLANK_ROWS;
}

export interface AvailabilityBody {
  body: { weekly: { weekday: string; start: string; end: string; validFrom: string | null; validTo: string | null }[]; requiresConfirmation: boolean };
  /** The form row of each window sent (blank rows are skipped). */
  rowOf: number[];
}

export function availabilityBody(values: FormValues): AvailabilityBody {
  const weekly: AvailabilityBody['body']['weekly'] = [];
  const rowOf: number[] = [];
  for (let i = 0; i < rowCount(values); i++) {
    const start = str(values[rowField(i, 'start')]).trim();
    const end = str(values[rowField(i, 'end')]).trim();
    if (!start && !end) continue;
    const day = str(values[rowField(i, 'weekday')]);
    weekly.push({
      weekday: (WEEKDAYS as readonly string[]).includes(day) ? day : 'MO',
      start,
      end,
      validFrom: str(values[rowField(i, 'validFrom')]).trim() || null,
      validTo: str(values[rowField(i, 'validTo')]).trim() || null,
    });
    rowOf.push(i);
  }
  return { body: { weekly, requiresConfirmation: str(values.requiresConfirmation) === '1' }, rowOf };
}

/** The API's errors by row control ('/weekly/1/end' → the row the second window came from). */
export function weeklyErrors(problem: Problem | undefined, rowOf: readonly number[]): { byField: FieldErrors; other: string[] } {
  const byField: FieldErrors = {};
  const other: string[] = [];
  for (const e of problem?.errors ?? []) {
    const m = /^\/weekly\/(\d+)\/(\w+)$/.exec(e.pointer);
    const row = m ? rowOf[Number(m[1])] : undefined;
    const field = m?.[2] as (typeof FIELDS)[number] | undefined;
    if (row !== undefined && field && (FIELDS as readonly string[]).includes(field)) (byField[rowField(row, field)] ??= []).push(e.detail);
    else other.push(e.detail);
  }
  if (problem && !problem.errors?.length) other.push(problem.detail);
  return { byField, other };
}

/** One date's override: a window, or none (not available that day). */
export function overrideBody(values: FormValues): { date: string; body: { windows: { start: string; end: string }[]; note: string } } {
  const start = str(values.ovStart).trim();
  const end = str(values.ovEnd).trim();
  return { date: str(values.ovDate).trim(), body: { windows: start || end ? [{ start, end }] : [], note: str(values.ovNote).trim() } };
}

const OVERRIDE_FIELDS: Record<string, string> = { '/date': 'ovDate', '/windows/0/start': 'ovStart', '/windows/0/end': 'ovEnd', '/note': 'ovNote' };

export function overrideErrors(problem: Problem | undefined): { byField: FieldErrors; other: string[] } {
  const byField: FieldErrors = {};
  const other: string[] = [];
  for (const e of problem?.errors ?? []) {
    const field = OVERRIDE_FIELDS[e.pointer];
    if (field) (byField[field] ??= []).push(e.detail);
    else other.push(e.detail);
  }
  if (problem && !problem.errors?.length) other.push(problem.detail);
  return { byField, other };
}
