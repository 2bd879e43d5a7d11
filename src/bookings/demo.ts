// Demo sessions already held this school year, so the yearly-minimum report shows a believable
// mix instead of every school at zero [E]: 55 % of schools had a 90-minute "法治第一课" in the
// first three weeks of the term (domain.md §5 practice), 30 % of those a second 90-minute session
// later; 15 % of the others one 45-minute session. Pure and deterministic (seeded).
import { createRng } from '../demo/random.js';
import type { DemoAppointment, DemoSite } from '../demo/types.js';
import { addDays, isSchoolDay, type WorkingDayCalendar } from '../domain/working-days.js';
import { overlaps, type Interval } from './intervals.js';
import { localMidnight } from './windows.js';
import { schoolYearOf } from './yearly.js';

export interface DemoSession {
  schoolCode: string;
  personCode: string;
  /** UTC ISO instants. */
  startsAt: string;
  endsAt: string;
  topic: string;
}

/** Local start times tried for a demo session, minutes after midnight (09:00, 14:00, 15:00). */
const STARTS = [540, 840, 900];
const TOPICS_90 = ['法治第一课：宪法与未成年人保护', '预防校园欺凌', '防范电信网络诈骗'];
const FIRST_LESSON_SHARE = 0.55;
const SECOND_SESSION_SHARE = 0.3;
const SINGLE_HOUR_SHARE = 0.15;

/** Sessions held in the school year containing the local date `before`, on its school days
 *  before that date; the first lesson falls in the year's first three weeks of school. */
export function demoPastSessions(input: {
  /** The demo sites (only schools are used); DemoSite fits. */
  sites: readonly Pick<DemoSite, 'code' | 'type'>[];
  appointments: readonly DemoAppointment[];
  calendar: WorkingDayCalendar;
  before: string;
  seed?: number;
}): DemoSession[] {
  const rng = createRng(input.seed ?? 1, 'bookings', 'past-sessions');
  const year = schoolYearOf(input.calendar, input.before);
  if (!year) return [];
  const schoolDays: string[] = [];
  for (let d = year.covers.from; d < input.before; d = addDays(d, 1)) {
    const r = isSchoolDay(input.calendar, d);
    if (r.ok && r.value) schoolDays.push(d);
  }
  if (schoolDays.length === 0) return [];

  const busy = new Map<string, Interval[]>();
  const out: DemoSession[] = [];
  const place = (school: Pick<DemoSite, 'code'>, dayIndex: number, minutes: number, topic: string): boolean => {
    for (let i = dayIndex; i < schoolDays.length; i++) {
      const date = schoolDays[i]!;
      const appointee = input.appointments.find((a) => a.kind === 'vice_principal' && a.siteCode === school.code && a.startsOn <= date && (a.endsOn === null || date <= a.endsOn));
      if (!appointee) continue;
      const taken = busy.get(appointee.personCode) ?? [];
      for (const start of STARTS) {
        const iv = { start: localMidnight(date) + start * 60_000, end: localMidnight(date) + (start + minutes) * 60_000 };
        if (taken.some((t) => overlaps(t, iv))) continue;
        taken.push(iv);
        busy.set(appointee.personCode, taken);
        out.push({ schoolCode: school.code, personCode: appointee.personCode, startsAt: new Date(iv.start).toISOString(), endsAt: new Date(iv.end).toISOString(), topic });
        return true;
      }
    }
    return false;
  };

  const schools = input.sites.filter((s) => s.type === 'school').sort((a, b) => a.code.localeCompare(b.code));
  const firstWeeks = Math.min(15, schoolDays.length);
  for (const school of schools) {
    if (rng.chance(FIRST_LESSON_SHARE)) {
      const day = rng.int(0, firstWeeks - 1);
      if (!place(school, day, 90, TOPICS_90[0]!)) continue;
      if (rng.chance(SECOND_SESSION_SHARE) && day + 15 < schoolDays.length) {
        place(school, rng.int(day + 15, schoolDays.length - 1), 90, rng.pick(TOPICS_90.slice(1)));
      }
    } else if (rng.chance(SINGLE_HOUR_SHARE)) {
      place(school, rng.int(0, schoolDays.length - 1), 45, '法治教育课');
    }
  }
  return out;
}
