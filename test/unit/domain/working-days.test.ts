// Working-day calendar: the 2025/2026 data as published, day kinds, school days, and refusal of
// years with no calendar file.
import { describe, expect, it } from 'vitest';
import { loadCalendarData, loadWorkingDayCalendar } from '../../../calendars/load.js';
import {
  buildCalendar,
  datesBetween,
  dayInfo,
  dayKind,
  daysInRange,
  isSchoolDay,
  isWorkingDay,
  schoolTermOf,
  weekdayOf,
  type HolidayYearData,
  type WorkingDayCalendar,
} from '../../../src/domain/working-days.js';

function calendar(): WorkingDayCalendar {
  const r = loadWorkingDayCalendar();
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
const cal = calendar();

function working(date: string): boolean {
  const r = isWorkingDay(cal, date);
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
}

function kind(date: string): string {
  const r = dayKind(cal, date);
  return r.ok ? r.value : r.error.code;
}

describe('holiday data', () => {
  it('2026 working days per month match domain.md §9 [D] (248 a year)', () => {
    const perMonth: number[] = [];
    for (let m = 1; m <= 12; m++) {
      const from = `2026-${String(m).padStart(2, '0')}-01`;
      const days = datesBetween(from, '2026-12-31').filter((d) => d.startsWith(from.slice(0, 7)));
      perMonth.push(days.filter(working).length);
    }
    expect(perMonth).toEqual([21, 16, 22, 21, 19, 21, 23, 21, 22, 18, 21, 23]);
    expect(perMonth.reduce((a, b) => a + b, 0)).toBe(248);
  });

  it('no run of working days in 2026 is longer than 6 (the notice principle)', () => {
    let run = 0;
    let longest = 0;
    for (const d of datesBetween('2026-01-01', '2026-12-31')) {
      run = working(d) ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    expect(longest).toBe(6);
  });

  it('each year has 13 statutory days and as many bridge days as make-up days', () => {
    for (const y of loadCalendarData().holidays) {
      const basis = (b: string) => y.days.filter((d) => d.basis === b).length;
      expect(basis('statutory'), String(y.year)).toBe(13);
      expect(basis('bridge'), String(y.year)).toBe(y.days.filter((d) => d.kind === 'makeup').length);
    }
  });

  it('each file cites its notice', () => {
    const notices = loadCalendarData().holidays.map((h) => [h.year, h.notice?.issued, h.notice?.number]);
    expect(notices).toEqual([[2025, '2024-11-12', '国办发明电〔2024〕12号'], [2026, '2025-11-04', null]]);
    for (const h of loadCalendarData().holidays) expect(h.notice?.sources.length).toBeGreaterThan(0);
  });

  it('days off and make-up days are those of the notices', () => {
    const off = (y: number) => loadCalendarData().holidays.find((h) => h.year === y)!.days;
    const makeup2026 = off(2026).filter((d) => d.kind === 'makeup').map((d) => d.date);
    expect(makeup2026).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
    const makeup2025 = off(2025).filter((d) => d.kind === 'makeup').map((d) => d.date);
    expect(makeup2025).toEqual(['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11']);
    expect(off(2026).filter((d) => d.kind === 'holiday').length).toBe(3 + 9 + 3 + 5 + 3 + 3 + 7);
    expect(off(2025).filter((d) => d.kind === 'holiday').length).toBe(1 + 8 + 3 + 5 + 3 + 8);
  });
});

describe('dayKind', () => {
  it('classifies the 2026 Spring Festival week', () => {
    expect(kind('2026-02-13')).toBe('workday');
    expect(kind('2026-02-14')).toBe('makeup'); // Saturday worked
    for (const d of datesBetween('2026-02-15', '2026-02-23')) expect(kind(d), d).toBe('holiday');
    expect(kind('2026-02-24')).toBe('workday');
    expect(kind('2026-02-28')).toBe('makeup');
    expect(kind('2026-03-01')).toBe('weekend');
  });

  it('classifies National Day 2026 and its make-up days', () => {
    expect(kind('2026-09-20')).toBe('makeup');
    for (const d of datesBetween('2026-10-01', '2026-10-07')) expect(kind(d), d).toBe('holiday');
    expect(kind('2026-10-10')).toBe('makeup');
    expect(kind('2026-10-11')).toBe('weekend');
  });

  it('a make-up day names the weekday schedule it runs', () => {
    const r = dayInfo(cal, '2026-09-20');
    expect(r.ok && r.value).toMatchObject({ weekday: 'SU', kind: 'makeup', working: true, replaces: '2026-10-06', runsAs: 'TU' });
    const h = dayInfo(cal, '2026-02-17');
    expect(h.ok && h.value.holiday).toEqual({ id: 'spring-festival', nameZh: '春节', nameEn: 'Spring Festival', basis: 'statutory' });
  });

  it('refuses a year with no calendar file instead of guessing', () => {
    expect(dayKind(cal, '2027-03-01')).toEqual({ ok: false, error: { code: 'calendar_missing', year: 2027 } });
    expect(isWorkingDay(cal, '2024-12-31')).toEqual({ ok: false, error: { code: 'calendar_missing', year: 2024 } });
    expect(daysInRange(cal, '2026-12-30', '2027-01-02')).toEqual({ ok: false, error: { code: 'calendar_missing', year: 2027 } });
  });

  it('refuses malformed dates', () => {
    expect(dayKind(cal, '2026-02-30')).toEqual({ ok: false, error: { code: 'invalid_date', value: '2026-02-30' } });
    expect(dayKind(cal, '26-1-1').ok).toBe(false);
  });
});

describe('school days', () => {
  it('are working days inside a term (make-up Sundays included, breaks excluded)', () => {
    const school = (d: string) => {
      const r = isSchoolDay(cal, d);
      return r.ok ? r.value : r.error.code;
    };
    expect(school('2025-12-01')).toBe(true);
    expect(school('2026-01-19')).toBe(true);
    expect(school('2026-01-20')).toBe(false); // winter break starts
    expect(school('2026-02-28')).toBe(false); // make-up Saturday, but still in the break
    expect(school('2026-03-02')).toBe(true);
    expect(school('2026-07-10')).toBe(false); // summer break
    expect(school('2026-09-20')).toBe(true); // make-up Sunday in term
    expect(school('2026-10-01')).toBe(false); // holiday in term
    expect(school('2026-09-19')).toBe(false); // plain Saturday
  });

  it('refuses dates without a school year, and school-year dates without a holiday calendar', () => {
    expect(isSchoolDay(cal, '2025-06-02')).toEqual({ ok: false, error: { code: 'school_calendar_missing', date: '2025-06-02' } });
    expect(isSchoolDay(cal, '2027-03-01')).toEqual({ ok: false, error: { code: 'calendar_missing', year: 2027 } });
  });

  it('school files are marked as estimates and name their terms', () => {
    for (const s of loadCalendarData().schoolYears) expect(s.status).toBe('estimate');
    const t = schoolTermOf(cal, '2026-04-01');
    expect(t.ok && t.value?.id).toBe('2026-spring');
  });
});

describe('buildCalendar checks its data', () => {
  const base: HolidayYearData = {
    year: 2030,
    days: [
      { date: '2030-01-01', kind: 'holiday', holidayId: 'x', nameZh: '元旦', nameEn: 'NY' },
      { date: '2030-01-05', kind: 'makeup', holidayId: 'x', nameZh: '元旦', nameEn: 'NY', replaces: '2030-01-01', runsAs: 'TU' },
    ],
  };
  it('accepts consistent data', () => {
    expect(weekdayOf('2030-01-01')).toBe('TU');
    expect(buildCalendar({ holidays: [base] }).ok).toBe(true);
  });
  it('rejects a make-up day on a weekday, a wrong runsAs, a date outside the year, duplicates', () => {
    const bad = (days: HolidayYearData['days']) => buildCalendar({ holidays: [{ year: 2030, days }] }).ok;
    const [h, m] = base.days as [HolidayYearData['days'][0], HolidayYearData['days'][0]];
    expect(bad([h, { ...m, date: '2030-01-07' }])).toBe(false);
    expect(bad([h, { ...m, runsAs: 'WE' }])).toBe(false);
    expect(bad([h, { ...m, replaces: '2030-01-02' }])).toBe(false);
    expect(bad([{ ...h, date: '2031-01-01' }])).toBe(false);
    expect(bad([h, h])).toBe(false);
    expect(buildCalendar({ holidays: [base, base] }).ok).toBe(false);
  });
  it('rejects terms outside their school year and overlapping school years', () => {
    const sy = { schoolYear: 'a', status: 'estimate' as const, covers: { from: '2030-09-01', to: '2031-08-31' }, terms: [] };
    expect(buildCalendar({ holidays: [], schoolYears: [{ ...sy, terms: [{ id: 't', nameZh: 't', from: '2030-08-01', to: '2030-12-01' }] }] }).ok).toBe(false);
    expect(buildCalendar({ holidays: [], schoolYears: [sy, { ...sy, covers: { from: '2031-08-01', to: '2032-08-31' } }] }).ok).toBe(false);
  });
});
