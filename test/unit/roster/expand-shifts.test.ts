// Template expansion into a month's shifts around the 2026 Spring Festival and National Day:
// holidays skipped, make-up days worked, the hotline every day, flexible visits on working days.
import { describe, expect, it } from 'vitest';
import { loadCalendarOrThrow } from '../../../src/calendar.js';
import { expandMonth, type TemplateForExpansion } from '../../../src/domain/expand-shifts.js';

const cal = loadCalendarOrThrow();
const seat = { roles: ['lawyer' as const], skills: [], languages: [], count: 1 };
const base = { siteId: 1, seats: [seat], tags: [], flexible: null, validFrom: null, validTo: null };
const centre: TemplateForExpansion = { ...base, id: 1, name: '中心窗口值班', rrule: 'FREQ=DAILY', startTime: '09:00', durationMinutes: 480, calendarMode: 'working_days' };
const station: TemplateForExpansion = { ...base, id: 2, name: '工作站', rrule: 'FREQ=WEEKLY;BYDAY=TU', startTime: '09:00', durationMinutes: 180, calendarMode: 'working_days' };
const hotline: TemplateForExpansion = { ...base, id: 3, name: '12348夜班', rrule: 'FREQ=DAILY', startTime: '22:00', durationMinutes: 630, calendarMode: 'every_day', tags: ['hotline', 'night'] };
const visit: TemplateForExpansion = { ...base, id: 4, name: '驻村', rrule: 'FREQ=DAILY', startTime: '09:00', durationMinutes: 240, calendarMode: 'working_days', flexible: { count: 1, per: 'month' } };

function expand(templates: TemplateForExpansion[], month: string) {
  const r = expandMonth(cal, templates, month);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}
const dates = (shifts: { localDate: string }[]) => shifts.map((s) => s.localDate);

describe('expanding templates into a month', () => {
  it('February 2026: centres skip 2/15–2/23 and work the make-up Saturdays 2/14 and 2/28', () => {
    const d = dates(expand([centre], '2026-02'));
    expect(d).toHaveLength(16); // domain.md §9: 16 working days in February 2026
    for (const off of ['2026-02-16', '2026-02-17', '2026-02-20', '2026-02-23']) expect(d).not.toContain(off);
    expect(d).toEqual(expect.arrayContaining(['2026-02-14', '2026-02-28']));
  });

  it('October 2026: National Day 10/1–10/7 off, 10/10 (Saturday) worked; 9/20 worked in September', () => {
    const oct = dates(expand([centre], '2026-10'));
    expect(oct).toHaveLength(18);
    expect(oct.some((d) => d >= '2026-10-01' && d <= '2026-10-07')).toBe(false);
    expect(oct).toContain('2026-10-10');
    expect(dates(expand([centre], '2026-09'))).toContain('2026-09-20');
  });

  it('a weekly Tuesday duty runs on the make-up Sunday 9/20 (it replaces Tuesday 10/6) but not on 10/10', () => {
    expect(dates(expand([station], '2026-09'))).toContain('2026-09-20');
    expect(dates(expand([station], '2026-10'))).not.toContain('2026-10-10');
    expect(dates(expand([station], '2026-10'))).not.toContain('2026-10-06');
  });

  it('the hotline runs every day, Spring Festival included, in UTC instants (22:00 local = 14:00Z)', () => {
    const shifts = expand([hotline], '2026-02');
    expect(shifts).toHaveLength(28);
    const eve = shifts.find((s) => s.localDate === '2026-02-16')!;
    expect(eve.startsAt.toISOString()).toBe('2026-02-16T14:00:00.000Z');
    expect(eve.endsAt.toISOString()).toBe('2026-02-17T00:30:00.000Z');
    expect(eve.tags).toEqual(expect.arrayContaining(['hotline', 'night', 'holiday']));
  });

  it('a flexible monthly visit becomes one alternative per working day, sharing a group key', () => {
    const shifts = expand([visit], '2026-12');
    expect(shifts).toHaveLength(23); // December 2026 has 23 working days
    expect(new Set(shifts.map((s) => s.groupKey))).toEqual(new Set(['t4-2026-12']));
    expect(shifts.every((s) => s.groupCount === 1)).toBe(true);
    expect(shifts.some((s) => s.tags.includes('weekend'))).toBe(false);
  });

  it('refuses to expand a working-day template into a year with no calendar file', () => {
    const r = expandMonth(cal, [centre], '2031-05');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.error).toMatchObject({ code: 'calendar_missing', year: 2031 });
  });
});
