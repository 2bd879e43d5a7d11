// The working-day and school calendar the booking code uses unless given another: read once
// from calendars/ (holiday years and school years; school years are estimates, see their files).
import { loadWorkingDayCalendar } from '../../calendars/load.js';
import type { WorkingDayCalendar } from '../domain/working-days.js';

let cached: WorkingDayCalendar | undefined;

export function defaultCalendar(): WorkingDayCalendar {
  if (!cached) {
    const r = loadWorkingDayCalendar();
    if (!r.ok) throw new Error(`calendars/ data is invalid: ${r.error.message}`);
    cached = r.value;
  }
  return cached;
}
