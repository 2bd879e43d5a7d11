// The slot finder around holidays, make-up days, term breaks, published duties, unavailability,
// overrides and appointments (real calendars/ data; local times in Asia/Shanghai).
import { describe, expect, it } from 'vitest';
import { checkSession, findSlots, freeIntervals, type Engagement } from '../../../src/bookings/availability.js';
import { travelMinutes, type TravelPlace } from '../../../src/domain/travel.js';
import { at, duty, env, farStation, local, person, school, schoolPlace } from './fixtures.js';

const datesOf = (slots: { start: number }[]) => [...new Set(slots.map((s) => local(s.start).slice(0, 10)))];
const startsOn = (slots: { start: number }[], date: string) => slots.filter((s) => local(s.start).startsWith(date)).map((s) => local(s.start).slice(11));

describe('slot finder: calendar', () => {
  it('closes the National Day week, opens the make-up Saturday with the pattern of the day it pays back', () => {
    const r = findSlots(env('2026-09-25 08:00'), school(), [person()], { from: '2026-09-28', to: '2026-10-12', minutes: 90 });
    const closed = Object.fromEntries(r.closedDays.map((d) => [d.date, d.reason]));
    for (const d of ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07']) expect(closed[d]).toBe('holiday');
    expect(closed['2026-10-11']).toBe('weekend');
    expect(datesOf(r.slots)).toEqual(['2026-09-28', '2026-09-29', '2026-09-30', '2026-10-08', '2026-10-09', '2026-10-10', '2026-10-12']);
    // 10-10 (Saturday) is a make-up working day: the default Monday–Friday pattern applies to it.
    expect(startsOn(r.slots, '2026-10-10')).toEqual(startsOn(r.slots, '2026-10-09'));
  });

  it('closes the winter break and the make-up Saturday inside it, and reopens with the spring term', () => {
    const winter = findSlots(env('2026-01-10 08:00'), school(), [person()], { from: '2026-01-13', to: '2026-01-23', minutes: 45 });
    expect(datesOf(winter.slots).at(-1)).toBe('2026-01-19');
    expect(winter.closedDays.filter((d) => d.date >= '2026-01-20').map((d) => d.reason)).toEqual(['school_break', 'school_break', 'school_break', 'school_break']);
    const spring = findSlots(env('2026-02-20 08:00', { horizonDays: 30 }), school(), [person()], { from: '2026-02-27', to: '2026-03-03', minutes: 45 });
    expect(Object.fromEntries(spring.closedDays.map((d) => [d.date, d.reason]))).toEqual({
      '2026-02-27': 'school_break',
      '2026-02-28': 'school_break', // a make-up working day, but in the break
      '2026-03-01': 'weekend', // the term starts on a Sunday
    });
    expect(datesOf(spring.slots)).toEqual(['2026-03-02', '2026-03-03']);
  });

  it('refuses days of a year with no holiday calendar instead of guessing', () => {
    const r = findSlots(env('2026-12-20 08:00'), school(), [person()], { from: '2026-12-30', to: '2027-01-05', minutes: 45 });
    expect(datesOf(r.slots)).toEqual(['2026-12-30', '2026-12-31']);
    expect(r.closedDays.filter((d) => d.date >= '2027-01-01').every((d) => d.reason === 'calendar_missing')).toBe(true);
  });
});

describe('slot finder: engagements', () => {
  const e = env('2026-09-25 08:00');
  const pad = (place: TravelPlace) => travelMinutes(place, schoolPlace) + e.rules.travelBufferMinutes;

  it('keeps the driving time plus buffer clear around a published duty elsewhere', () => {
    const d = duty(7, '2026-09-29 13:00', '2026-09-29 14:30');
    const r = findSlots(e, school(), [person({ busy: [d] })], { from: '2026-09-29', to: '2026-09-29', minutes: 45 });
    const clearFrom = d.end + pad(farStation) * 60_000;
    for (const s of r.slots) expect(s.end <= d.start - pad(farStation) * 60_000 || s.start >= clearFrom).toBe(true);
    const firstAfternoon = r.slots.find((s) => s.start >= d.start)!;
    expect(firstAfternoon.start).toBe(Math.ceil((clearFrom - at('2026-09-29 00:00')) / 1_800_000) * 1_800_000 + at('2026-09-29 00:00'));
    expect(startsOn(r.slots, '2026-09-29').slice(0, 4)).toEqual(['09:00', '09:30', '10:00', '10:30']);
  });

  it('needs no travel around an online duty or declared unavailability', () => {
    const online: Engagement = { kind: 'duty', id: 8, start: at('2026-09-29 13:00'), end: at('2026-09-29 14:30'), place: { lat: 0, lon: 0, online: true } };
    const leave: Engagement = { kind: 'unavailability', id: 9, start: at('2026-09-30 00:00'), end: at('2026-09-30 15:00'), place: null };
    const r = findSlots(e, school(), [person({ busy: [online, leave] })], { from: '2026-09-29', to: '2026-09-30', minutes: 45 });
    expect(startsOn(r.slots, '2026-09-29').filter((t) => t >= '12:00')[0]).toBe('14:30');
    expect(startsOn(r.slots, '2026-09-30')).toEqual(['15:00', '15:30', '16:00']);
  });

  it('uses a date override instead of the weekly pattern; an empty override closes the day', () => {
    const p = person({ overrides: new Map([['2026-09-29', [{ start: '14:00', end: '15:00' }]], ['2026-09-30', []]]) });
    const r = findSlots(e, school(), [p], { from: '2026-09-28', to: '2026-09-30', minutes: 45 });
    expect(startsOn(r.slots, '2026-09-29')).toEqual(['14:00']);
    expect(startsOn(r.slots, '2026-09-30')).toEqual([]);
    expect(startsOn(r.slots, '2026-09-28').length).toBeGreaterThan(0);
  });

  it('uses the person’s own weekly pattern (dated) instead of the default', () => {
    const p = person({ weekly: [{ weekday: 2, start: '08:00', end: '09:00', validFrom: '2026-09-01', validTo: '2026-09-30' }] });
    const r = findSlots(e, school(), [p], { from: '2026-09-28', to: '2026-10-13', minutes: 45 });
    expect(r.slots.map((s) => local(s.start))).toEqual(['2026-09-29 08:00']);
  });

  it('offers only days of the appointment, and only the school’s opening hours', () => {
    const ended = person({ appointedTo: '2026-09-29' });
    expect(datesOf(findSlots(e, school(), [ended], { from: '2026-09-28', to: '2026-09-30', minutes: 45 }).slots)).toEqual(['2026-09-28', '2026-09-29']);
    const hours = school({ openingHours: [{ days: 'school_days', open: '08:00', close: '10:00' }] });
    expect(startsOn(findSlots(e, hours, [person()], { from: '2026-09-28', to: '2026-09-28', minutes: 45 }).slots, '2026-09-28')).toEqual(['09:00']);
  });

  it('lists every appointee’s slots, ordered by time', () => {
    const r = findSlots(e, school(), [person({ personId: 11 }), person({ personId: 10, busy: [duty(1, '2026-09-28 08:00', '2026-09-28 12:00')] })], {
      from: '2026-09-28',
      to: '2026-09-28',
      minutes: 90,
    });
    expect(r.slots.filter((s) => s.personId === 10).every((s) => local(s.start) >= '2026-09-28 14:00')).toBe(true);
    expect(r.slots.map((s) => s.start)).toEqual([...r.slots.map((s) => s.start)].sort((a, b) => a - b));
    expect(new Set(r.slots.map((s) => s.personId))).toEqual(new Set([10, 11]));
  });
});

describe('checkSession', () => {
  const e = env('2026-09-25 08:00');
  const session = (from: string, minutes: number) => ({ start: at(from), end: at(from) + minutes * 60_000 });

  it('accepts a session inside a window, off the slot grid too, and names its term', () => {
    const r = checkSession(e, school(), person(), session('2026-09-28 09:10', 45));
    expect(r).toMatchObject({ ok: true, date: '2026-09-28', term: { id: '2026-autumn' } });
  });

  it('names the booking that holds the time before a duty that only clashes by travel', () => {
    const booking: Engagement = { kind: 'booking', id: 42, start: at('2026-09-28 09:00'), end: at('2026-09-28 09:45'), place: schoolPlace };
    const near = duty(5, '2026-09-28 10:30', '2026-09-28 12:00');
    const r = checkSession(e, school(), person({ busy: [near, booking] }), session('2026-09-28 09:30', 45));
    expect(r).toMatchObject({ ok: false, reason: 'busy', blocker: { kind: 'booking', id: 42 } });
    const travelOnly = checkSession(e, school(), person({ busy: [near] }), session('2026-09-28 09:30', 45));
    expect(travelOnly).toMatchObject({ ok: false, reason: 'busy', blocker: { kind: 'duty', id: 5 } });
  });

  it('refuses a session outside the windows, on a holiday, or ending on the next day', () => {
    expect(checkSession(e, school(), person(), session('2026-09-28 12:00', 45))).toMatchObject({ ok: false, reason: 'outside_windows' });
    expect(checkSession(e, school(), person(), session('2026-10-02 09:00', 45))).toMatchObject({ ok: false, reason: 'holiday' });
    expect(checkSession(e, school(), person({ overrides: new Map([['2026-09-28', [{ start: '23:30', end: '24:00' }]]]) }), session('2026-09-28 23:30', 45))).toMatchObject({
      ok: false,
      reason: 'length_not_allowed',
    });
  });

  it('refuses a person not appointed that day', () => {
    expect(checkSession(e, school(), person({ appointedFrom: '2026-10-01' }), session('2026-09-28 09:00', 45))).toMatchObject({ ok: false, reason: 'not_appointed' });
  });

  it('never offers time already past', () => {
    const today = env('2026-09-28 10:10', { minNoticeDays: 0 });
    const free = freeIntervals(today, school(), person(), '2026-09-28');
    expect(free[0]!.start).toBe(at('2026-09-28 10:10'));
    expect(checkSession(today, school(), person(), session('2026-09-28 09:30', 45))).toMatchObject({ ok: false, reason: 'too_soon' });
  });
});
