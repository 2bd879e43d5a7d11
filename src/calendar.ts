// Loads the working-day calendars once per process; bad calendar data stops the start-up.
import { loadWorkingDayCalendar } from '../calendars/load.js';
import type { WorkingDayCalendar } from './domain/working-days.js';

let cached: WorkingDayCalendar | undefined;

export function loadCalendarOrThrow(): WorkingDayCalendar {
  if (cached) return cached;
  const cal = loadWorkingDayCalendar();
  if (!cal.ok) throw new Error(`calendar data is invalid: ${cal.error.message}`);
  cached = cal.value;
  return cached;
}
