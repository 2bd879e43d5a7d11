// Reads the working-day calendar data (calendars/holidays/*.json, calendars/school/*.json) from
// disk and builds the calendar; dropping in a new year's file needs no code change.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildCalendar,
  type CalendarDataError,
  type HolidayYearData,
  type Result,
  type SchoolYearData,
  type WorkingDayCalendar,
} from '../src/domain/working-days.js';

/** Folder holding holidays/ and school/ (this file's own folder). */
export const CALENDARS_DIR = fileURLToPath(new URL('.', import.meta.url));

function readJsonFiles(dir: string): unknown[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return []; // no folder: no data, which later reads as calendar_missing
  }
  return names
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((n) => JSON.parse(readFileSync(join(dir, n), 'utf8')) as unknown);
}

/** The parsed JSON files, untouched (shape checked by buildCalendar). */
export function loadCalendarData(dir: string = CALENDARS_DIR): {
  holidays: HolidayYearData[];
  schoolYears: SchoolYearData[];
} {
  return {
    holidays: readJsonFiles(join(dir, 'holidays')) as HolidayYearData[],
    schoolYears: readJsonFiles(join(dir, 'school')) as SchoolYearData[],
  };
}

/** Reads and builds the calendar in one call (start-up, CLI, tests). */
export function loadWorkingDayCalendar(dir: string = CALENDARS_DIR): Result<WorkingDayCalendar, CalendarDataError> {
  return buildCalendar(loadCalendarData(dir));
}
