// Template expansion: holidays skipped and make-up days worked around the 2026 Spring Festival
// and National Day, the 12348 hotline every day, weekday templates on make-up days, UTC instants.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadWorkingDayCalendar } from '../../../calendars/load.js';
import {
  candidateDays,
  expandTemplate,
  localSlot,
  minutesFromPeriodStart,
  monthPeriod,
  type DutyTemplateRule,
  type Occurrence,
  type Period,
} from '../../../src/domain/recurrence.js';
import { datesBetween, isWorkingDay, type WorkingDayCalendar } from '../../../src/domain/working-days.js';

const loaded = loadWorkingDayCalendar();
if (!loaded.ok) throw new Error(loaded.error.message);
const cal: WorkingDayCalendar = loaded.value;

const desk: DutyTemplateRule = { rrule: 'FREQ=DAILY', startLocal: '09:00', durationMinutes: 480, calendarMode: 'working_days' };
const tuTh: DutyTemplateRule = { ...desk, rrule: 'FREQ=WEEKLY;BYDAY=TU,TH', durationMinutes: 210 };

function expand(t: DutyTemplateRule, p: Period): Occurrence[] {
  const r = expandTemplate(cal, t, p);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}
const dates = (t: DutyTemplateRule, p: Period) => expand(t, p).map((o) => o.date);

describe('working_days around the 2026 Spring Festival', () => {
  const feb = monthPeriod('2026-02');
  it('skips 2/15–2/23 and works the make-up Saturdays 2/14 and 2/28', () => {
    const got = dates(desk, feb);
    for (const d of datesBetween('2026-02-15', '2026-02-23')) expect(got).not.toContain(d);
    expect(got).toContain('2026-02-14');
    expect(got).toContain('2026-02-28');
    expect(got).not.toContain('2026-02-07'); // plain Saturday
    expect(got.length).toBe(16); // domain.md §9: 16 working days in February 2026
  });

  it('flags the make-up days', () => {
    const sat = expand(desk, feb).find((o) => o.date === '2026-02-14');
    expect(sat).toMatchObject({ dayKind: 'makeup', makeup: true, holiday: false, weekend: true });
  });

  it('a Friday-only duty runs on 2/14, which pays back Friday 2/20', () => {
    const fri = { ...desk, rrule: 'FREQ=WEEKLY;BYDAY=FR' };
    expect(dates(fri, feb)).toEqual(['2026-02-06', '2026-02-13', '2026-02-14', '2026-02-27']);
  });
});

describe('working_days around National Day 2026', () => {
  const p = { from: '2026-09-14', to: '2026-10-16' };
  it('skips 10/1–10/7 and works 9/20 and 10/10', () => {
    const got = dates(desk, p);
    for (const d of datesBetween('2026-10-01', '2026-10-07')) expect(got).not.toContain(d);
    expect(got).toContain('2026-09-20');
    expect(got).toContain('2026-10-10');
    expect(got).not.toContain('2026-09-26'); // Mid-Autumn break
  });

  it('a Tue/Thu station duty runs on the make-up Sunday that counts as Tuesday, not on the Wednesday one', () => {
    const got = dates(tuTh, p);
    expect(got).toEqual([
      '2026-09-15', '2026-09-17', '2026-09-20', '2026-09-22', '2026-09-24', '2026-09-29',
      '2026-10-08', '2026-10-13', '2026-10-15',
    ]);
  });

  it('a Mon/Wed/Fri duty runs on 10/10 (counts as Wednesday 10/7) but not on 9/20', () => {
    const got = dates({ ...tuTh, rrule: 'FREQ=WEEKLY;BYDAY=MO,WE,FR' }, p);
    expect(got).toContain('2026-10-10');
    expect(got).not.toContain('2026-09-20');
  });

  it('asks the rule about the replaced weekday even outside the period (9/20 replaces 10/6)', () => {
    expect(dates(tuTh, monthPeriod('2026-09'))).toContain('2026-09-20');
  });
});

describe('every_day: the 12348 hotline', () => {
  const night: DutyTemplateRule = { rrule: 'FREQ=DAILY', startLocal: '22:00', durationMinutes: 630, calendarMode: 'every_day' };
  it('runs every day of the Spring Festival month, holidays included', () => {
    const occ = expand(night, monthPeriod('2026-02'));
    expect(occ.length).toBe(28);
    expect(occ.filter((o) => o.holiday).length).toBe(9);
    expect(occ.find((o) => o.date === '2026-02-17')).toMatchObject({ dayKind: 'holiday', holiday: true });
  });

  it('an overnight shift ends the next morning and belongs to its start date', () => {
    const first = expand(night, monthPeriod('2026-02'))[0]!;
    expect(first).toMatchObject({ date: '2026-02-01', startUtc: '2026-02-01T14:00:00.000Z', endUtc: '2026-02-02T00:30:00.000Z' });
    expect(first.startMinute).toBe(22 * 60);
    expect(first.endMinute).toBe(22 * 60 + 630);
  });

  it('runs into a year with no calendar file, with unknown (null) day kinds', () => {
    const occ = expand(night, { from: '2026-12-30', to: '2027-01-02' });
    expect(occ.map((o) => o.date)).toEqual(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
    expect(occ[2]).toMatchObject({ dayKind: null, holiday: null, makeup: null, weekend: false });
    expect(occ[3]).toMatchObject({ dayKind: null, weekend: true });
  });
});

describe('instants', () => {
  it('09:00 in Asia/Shanghai is 01:00Z, with no DST shift in summer or winter', () => {
    for (const month of ['2026-01', '2026-07']) {
      const occ = expand(desk, monthPeriod(month));
      for (const o of occ) {
        expect(o.startUtc).toBe(`${o.date}T01:00:00.000Z`);
        expect(o.endUtc).toBe(`${o.date}T09:00:00.000Z`);
      }
    }
  });

  it('minutes are counted from the period start at 00:00 local', () => {
    const p = monthPeriod('2026-03');
    const o = expand(desk, p).find((x) => x.date === '2026-03-03')!;
    expect(o.startMinute).toBe(2 * 1440 + 540);
    expect(minutesFromPeriodStart(p, o.startUtc)).toBe(o.startMinute);
    expect(localSlot('2026-03-03', '09:00', 480, p)).toEqual({
      startUtc: o.startUtc, endUtc: o.endUtc, startMinute: o.startMinute, endMinute: o.endMinute,
    });
  });
});

describe('refusals and validity', () => {
  it('refuses working_days and school_days into a year with no calendar', () => {
    const p = { from: '2026-12-28', to: '2027-01-05' };
    expect(expandTemplate(cal, desk, p)).toEqual({ ok: false, error: { code: 'calendar_missing', year: 2027 } });
    expect(expandTemplate(cal, { ...desk, calendarMode: 'school_days' }, p)).toEqual({
      ok: false, error: { code: 'calendar_missing', year: 2027 },
    });
    expect(candidateDays(cal, 'working_days', monthPeriod('2027-01'))).toEqual({ ok: false, error: { code: 'calendar_missing', year: 2027 } });
  });

  it('is not refused when validity keeps the expansion inside known years', () => {
    const r = expandTemplate(cal, { ...desk, validUntil: '2026-12-31' }, { from: '2026-12-28', to: '2027-01-05' });
    expect(r.ok && r.value.map((o) => o.date)).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31']);
  });

  it('clips to validFrom/validUntil', () => {
    expect(dates({ ...desk, validFrom: '2026-03-10', validUntil: '2026-03-12' }, monthPeriod('2026-03'))).toEqual([
      '2026-03-10', '2026-03-11', '2026-03-12',
    ]);
    expect(dates({ ...desk, validUntil: '2026-02-01' }, monthPeriod('2026-03'))).toEqual([]);
  });

  it('keeps the phase of a fortnightly rule whichever month is expanded', () => {
    const fortnight = { ...desk, rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE', anchorDate: '2026-03-04' };
    const both = dates(fortnight, { from: '2026-03-01', to: '2026-04-30' });
    const apart = [...dates(fortnight, monthPeriod('2026-03')), ...dates(fortnight, monthPeriod('2026-04'))];
    expect(apart).toEqual(both);
    expect(both).toEqual(['2026-03-04', '2026-03-18', '2026-04-01', '2026-04-15', '2026-04-29']);
  });

  it('fortnightly and longer rules keep their phase from a distant anchor (checked by brute force)', () => {
    const wednesday = fc.integer({ min: 0, max: 150 }).map((w) => new Date(Date.UTC(2024, 0, 3 + 7 * w)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(wednesday, fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 12 }), (anchor, n, month) => {
        const p = monthPeriod(`2026-${String(month).padStart(2, '0')}`);
        const t: DutyTemplateRule = { rrule: `FREQ=WEEKLY;INTERVAL=${n};BYDAY=WE`, startLocal: '09:00', durationMinutes: 60, calendarMode: 'every_day', anchorDate: anchor };
        const weeks = (d: string) => Math.round((Date.parse(d) - Date.parse(anchor)) / (7 * 86_400_000));
        const expected = datesBetween(p.from, p.to).filter((d) => d >= anchor && new Date(d).getUTCDay() === 3 && weeks(d) % n === 0);
        expect(dates(t, p)).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });

  it('reports a bad rule before any calendar question', () => {
    const r = expandTemplate(cal, { ...desk, rrule: 'FREQ=BOGUS' }, monthPeriod('2027-01'));
    expect(r.ok || r.error.code).toBe('invalid_rrule');
  });

  it('rejects bad rules, times and periods with clear codes', () => {
    const code = (t: Partial<DutyTemplateRule>, p: Period = monthPeriod('2026-03')) => {
      const r = expandTemplate(cal, { ...desk, ...t }, p);
      return r.ok ? 'ok' : r.error.code;
    };
    expect(code({ rrule: 'FREQ=BOGUS' })).toBe('invalid_rrule');
    expect(code({ rrule: 'FREQ=WEEKLY;BYDAY=XX' })).toBe('invalid_rrule');
    expect(code({ rrule: 'FREQ=HOURLY' })).toBe('invalid_rrule');
    expect(code({ rrule: 'FREQ=DAILY;BYHOUR=9' })).toBe('invalid_rrule');
    expect(code({ rrule: 'nonsense' })).toBe('invalid_rrule');
    expect(code({ rrule: 'RRULE:FREQ=DAILY' })).toBe('ok');
    expect(code({ startLocal: '9:00' })).toBe('invalid_template');
    expect(code({ durationMinutes: 0 })).toBe('invalid_template');
    expect(code({}, { from: '2026-03-31', to: '2026-03-01' })).toBe('invalid_period');
  });
});

describe('school_days', () => {
  it('runs only on working days in term: none in the winter break, make-up Sunday in term included', () => {
    const school = { ...tuTh, calendarMode: 'school_days' as const };
    expect(dates(school, { from: '2026-01-26', to: '2026-02-28' })).toEqual([]);
    expect(dates(school, monthPeriod('2026-09'))).toContain('2026-09-20');
    expect(dates(school, monthPeriod('2026-10'))).not.toContain('2026-10-01'); // Thursday, National Day, in term
  });
});

describe('candidateDays (flexible duties)', () => {
  it('lists every working day of a month for a monthly village visit', () => {
    const r = candidateDays(cal, 'working_days', monthPeriod('2026-10'));
    expect(r.ok && r.value.length).toBe(18);
    expect(r.ok && r.value).toContain('2026-10-10');
    expect(r.ok && r.value).not.toContain('2026-10-05');
  });
  it('every_day lists all dates, school_days only term working days', () => {
    const all = candidateDays(cal, 'every_day', monthPeriod('2026-02'));
    expect(all.ok && all.value.length).toBe(28);
    const school = candidateDays(cal, 'school_days', monthPeriod('2026-02'));
    expect(school.ok && school.value).toEqual([]);
  });
});

describe('properties', () => {
  const day = fc.integer({ min: 0, max: 364 }).map((n) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10));
  const byday = fc.subarray(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], { minLength: 1 });
  it('working_days occurrences always fall on working days, in order, inside the period', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 40 }), byday, (from, len, days) => {
        const to = new Date(Date.parse(`${from}T00:00:00Z`) + len * 86_400_000).toISOString().slice(0, 10);
        const p = { from, to: to > '2026-12-31' ? '2026-12-31' : to };
        const occ = expand({ ...desk, rrule: `FREQ=WEEKLY;BYDAY=${days.join(',')}` }, p);
        for (const o of occ) {
          const w = isWorkingDay(cal, o.date);
          expect(w.ok && w.value).toBe(true);
          expect(o.date >= p.from && o.date <= p.to).toBe(true);
        }
        expect(occ.map((o) => o.startUtc)).toEqual([...occ.map((o) => o.startUtc)].sort());
      }),
      { numRuns: 60 },
    );
  });
  it('a daily working_days template occurs exactly on the candidate days', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 60 }), (from, len) => {
        const to = new Date(Date.parse(`${from}T00:00:00Z`) + len * 86_400_000).toISOString().slice(0, 10);
        const p = { from, to: to > '2026-12-31' ? '2026-12-31' : to };
        const c = candidateDays(cal, 'working_days', p);
        expect(c.ok && c.value).toEqual(dates(desk, p));
      }),
      { numRuns: 40 },
    );
  });
});
