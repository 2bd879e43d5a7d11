// Turns duty templates into the shifts of one roster month: one shift per occurrence; a
// flexible template's occurrences are the alternative days of one need (a shared group key and
// the count to fill), so the solver picks the day. Pure: calendars come in as data.
import type { SeatSpec } from '../../db/schema/templates.js';
import { expandTemplate, monthPeriod, type RecurrenceError } from './recurrence.js';
import type { Result, WorkingDayCalendar } from './working-days.js';

export interface TemplateForExpansion {
  id: number;
  siteId: number;
  name: string;
  rrule: string;
  startTime: string;
  durationMinutes: number;
  calendarMode: 'every_day' | 'working_days' | 'school_days';
  seats: SeatSpec[];
  tags: string[];
  flexible: { count: number; per: 'month' | 'week' } | null;
  validFrom: string | null;
  validTo: string | null;
}

export interface ShiftDraft {
  templateId: number;
  siteId: number;
  startsAt: Date;
  endsAt: Date;
  /** Local date (Asia/Shanghai) the shift starts on. */
  localDate: string;
  tags: string[];
  seats: SeatSpec[];
  groupKey: string | null;
  groupCount: number | null;
}

export interface ExpansionError {
  templateId: number;
  error: RecurrenceError;
}

/** Day tags derived from the calendar, so rules about weekends and holidays can match on tags. */
function dayTags(o: { weekend: boolean; holiday: boolean | null; makeup: boolean | null }): string[] {
  const tags: string[] = [];
  if (o.weekend && !o.makeup) tags.push('weekend');
  if (o.holiday) tags.push('holiday');
  if (o.makeup) tags.push('makeup');
  return tags;
}

export function expandMonth(
  cal: WorkingDayCalendar,
  templates: readonly TemplateForExpansion[],
  month: string,
): Result<ShiftDraft[], ExpansionError> {
  const period = monthPeriod(month);
  const out: ShiftDraft[] = [];
  // Many templates share one rule (every village visit is "daily, 09:00, 4 h, working days"):
  // expand each distinct rule once.
  const memo = new Map<string, ReturnType<typeof expandTemplate>>();
  for (const t of templates) {
    const rule = {
      rrule: t.rrule,
      startLocal: t.startTime,
      durationMinutes: t.durationMinutes,
      calendarMode: t.calendarMode,
      ...(t.validFrom ? { validFrom: t.validFrom } : {}),
      ...(t.validTo ? { validUntil: t.validTo } : {}),
    };
    const key = JSON.stringify(rule);
    let occurrences = memo.get(key);
    if (!occurrences) memo.set(key, (occurrences = expandTemplate(cal, rule, period)));
    if (!occurrences.ok) return { ok: false, error: { templateId: t.id, error: occurrences.error } };
    // Flexible needs per month only for now: every occurrence of the month is one alternative.
    const groupKey = t.flexible ? `t${t.id}-${month}` : null;
    for (const o of occurrences.value) {
      out.push({
        templateId: t.id,
        siteId: t.siteId,
        startsAt: new Date(o.startUtc),
        endsAt: new Date(o.endUtc),
        localDate: o.date,
        tags: [...new Set([...t.tags, ...dayTags(o)])],
        seats: t.seats,
        groupKey,
        groupCount: t.flexible ? t.flexible.count : null,
      });
    }
  }
  return { ok: true, value: out };
}
