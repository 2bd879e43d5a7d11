// Booking rules as data: built-in defaults, overridden field by field by a city-wide row and then
// by the school's district row (db table booking_rules). Pure.
import type { BookingRuleFields, WeeklyWindow } from '../../db/schema/booking-rules.js';

export type { BookingRuleFields, LocalWindow, WeeklyWindow } from '../../db/schema/booking-rules.js';

/** One class hour (课时), minutes. */
export const CLASS_HOUR_MINUTES = 45;
/** ≥ 4 class hours per school per school year (教育部令第52号, domain.md §5). */
export const YEARLY_MINIMUM_CLASS_HOURS = 4;
export const YEARLY_MINIMUM_MINUTES = YEARLY_MINIMUM_CLASS_HOURS * CLASS_HOUR_MINUTES;
/** The session lengths the API knows (one or two class hours). */
export const SESSION_LENGTHS = [45, 90] as const;
export type SessionLength = (typeof SESSION_LENGTHS)[number];

export type BookingRules = Required<BookingRuleFields>;

const weekdays = (start: string, end: string): WeeklyWindow[] =>
  [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start, end }));

/** Built-in defaults. The default weekly pattern ([E]: school mornings after the first lesson
 *  and afternoons, Monday to Friday) applies only to vice-principals with no pattern of their own. */
export const DEFAULT_BOOKING_RULES: BookingRules = {
  minNoticeDays: 3,
  horizonDays: 60,
  travelBufferMinutes: 15,
  maxSessionsPerTerm: 4,
  sessionMinutes: [45, 90],
  slotStepMinutes: 30,
  defaultWeekly: [...weekdays('09:00', '11:30'), ...weekdays('14:00', '17:00')],
};

/** Later layers win, field by field (undefined fields inherit). */
export function resolveRules(...layers: (BookingRuleFields | undefined)[]): BookingRules {
  const out: BookingRules = { ...DEFAULT_BOOKING_RULES };
  for (const layer of layers) {
    if (!layer) continue;
    for (const [k, v] of Object.entries(layer) as [keyof BookingRules, unknown][]) {
      if (v !== undefined) (out as Record<string, unknown>)[k] = v;
    }
  }
  return out;
}
