// Every booking rule, one at a time: minimum notice, horizon, travel buffer, sessions per term,
// session lengths, slot grid, default weekly pattern — and how rule layers inherit.
import { describe, expect, it } from 'vitest';
import { checkSession, findSlots } from '../../../src/bookings/availability.js';
import { DEFAULT_BOOKING_RULES, resolveRules, YEARLY_MINIMUM_MINUTES } from '../../../src/bookings/rules.js';
import { travelMinutes } from '../../../src/domain/travel.js';
import { at, duty, env, farStation, local, person, school, schoolPlace } from './fixtures.js';

const days = (slots: { start: number }[]) => [...new Set(slots.map((s) => local(s.start).slice(0, 10)))];
const closed = (r: { closedDays: { date: string; reason: string }[] }) => Object.fromEntries(r.closedDays.map((d) => [d.date, d.reason]));

describe('booking rules', () => {
  it('defaults: 3 days notice, 60 days ahead, 45 or 90 minutes, 4 class hours a year', () => {
    expect(DEFAULT_BOOKING_RULES).toMatchObject({ minNoticeDays: 3, horizonDays: 60, sessionMinutes: [45, 90] });
    expect(YEARLY_MINIMUM_MINUTES).toBe(180);
  });

  it('layers inherit field by field: district over city over defaults', () => {
    const r = resolveRules({ minNoticeDays: 5, horizonDays: 30 }, { horizonDays: 14 });
    expect(r).toMatchObject({ minNoticeDays: 5, horizonDays: 14, travelBufferMinutes: DEFAULT_BOOKING_RULES.travelBufferMinutes });
  });

  it('minimum notice: no session before today + minNoticeDays', () => {
    // Monday 2026-09-28; with 3 days the first bookable day is Thursday 10-01 (a holiday) … so 10-08.
    const r = findSlots(env('2026-09-28 08:00'), school(), [person()], { from: '2026-09-28', to: '2026-10-08', minutes: 45 });
    expect(closed(r)).toMatchObject({ '2026-09-28': 'too_soon', '2026-09-29': 'too_soon', '2026-09-30': 'too_soon' });
    expect(days(r.slots)).toEqual(['2026-10-08']);
    const one = findSlots(env('2026-09-28 08:00', { minNoticeDays: 1 }), school(), [person()], { from: '2026-09-28', to: '2026-09-30', minutes: 45 });
    expect(days(one.slots)).toEqual(['2026-09-29', '2026-09-30']);
  });

  it('horizon: nothing further ahead than horizonDays', () => {
    const r = findSlots(env('2026-09-28 08:00', { horizonDays: 11 }), school(), [person()], { from: '2026-10-08', to: '2026-10-12', minutes: 45 });
    expect(days(r.slots)).toEqual(['2026-10-08', '2026-10-09']);
    expect(closed(r)).toMatchObject({ '2026-10-10': 'beyond_horizon', '2026-10-12': 'beyond_horizon' });
  });

  it('travel buffer: added to the driving time around an engagement elsewhere', () => {
    const d = duty(1, '2026-10-09 13:00', '2026-10-09 14:00');
    const firstAfter = (buffer: number) => {
      const r = findSlots(env('2026-09-28 08:00', { travelBufferMinutes: buffer, slotStepMinutes: 5 }), school(), [person({ busy: [d] })], { from: '2026-10-09', to: '2026-10-09', minutes: 45 });
      return r.slots.find((s) => s.start >= d.end)!.start;
    };
    const drive = travelMinutes(farStation, schoolPlace);
    expect(firstAfter(0)).toBe(d.end + Math.ceil(drive / 5) * 5 * 60_000);
    expect(firstAfter(30)).toBe(d.end + Math.ceil((drive + 30) / 5) * 5 * 60_000);
  });

  it('sessions per term: a term with the maximum is closed; the next term is not', () => {
    const full = school({ termSessions: new Map([['2026-autumn', 2]]) });
    const e = env('2026-09-28 08:00', { maxSessionsPerTerm: 2 });
    const r = findSlots(e, full, [person()], { from: '2026-10-08', to: '2026-10-09', minutes: 45 });
    expect(r.slots).toEqual([]);
    expect(closed(r)).toEqual({ '2026-10-08': 'term_full', '2026-10-09': 'term_full' });
    expect(findSlots(env('2026-09-28 08:00', { maxSessionsPerTerm: 3 }), full, [person()], { from: '2026-10-08', to: '2026-10-08', minutes: 45 }).slots.length).toBeGreaterThan(0);
    expect(checkSession(e, full, person(), { start: at('2026-10-08 09:00'), end: at('2026-10-08 09:45') })).toMatchObject({ ok: false, reason: 'term_full' });
  });

  it('session lengths: only the lengths the rules offer', () => {
    const e = env('2026-09-28 08:00', { sessionMinutes: [90] });
    expect(findSlots(e, school(), [person()], { from: '2026-10-08', to: '2026-10-08', minutes: 45 }).slots).toEqual([]);
    expect(findSlots(e, school(), [person()], { from: '2026-10-08', to: '2026-10-08', minutes: 90 }).slots.every((s) => s.end - s.start === 90 * 60_000)).toBe(true);
    expect(checkSession(e, school(), person(), { start: at('2026-10-08 09:00'), end: at('2026-10-08 09:45') })).toMatchObject({ ok: false, reason: 'length_not_allowed' });
  });

  it('slot grid: starts fall on multiples of slotStepMinutes past local midnight', () => {
    for (const step of [15, 30, 60]) {
      const r = findSlots(env('2026-09-28 08:00', { slotStepMinutes: step }), school(), [person()], { from: '2026-10-08', to: '2026-10-08', minutes: 45 });
      expect(r.slots.length).toBeGreaterThan(0);
      for (const s of r.slots) expect(Number(local(s.start).slice(14)) % step === 0 && (Number(local(s.start).slice(11, 13)) * 60) % step === 0).toBe(true);
    }
  });

  it('default weekly pattern: applies only to someone with no pattern of their own', () => {
    const e = env('2026-09-28 08:00', { defaultWeekly: [{ weekday: 4, start: '15:00', end: '16:00' }] });
    const r = findSlots(e, school(), [person(), person({ personId: 11, weekly: [{ weekday: 5, start: '10:00', end: '11:00' }] })], { from: '2026-10-08', to: '2026-10-09', minutes: 45 });
    expect(r.slots.map((s) => `${s.personId} ${local(s.start)}`)).toEqual(['10 2026-10-08 15:00', '11 2026-10-09 10:00']);
  });
});
