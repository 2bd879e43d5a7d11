// The School pages' pure models: the slot picker's weeks, values and days; refusals in words from
// the API's machine fields; booking history rows; the yearly-minimum list; the bookable-hours form
// and its error mapping; a site's duties grouped by shift.
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/errors.js';
import { availabilityBody, availabilityToForm, overrideBody, overrideErrors, rowField, weeklyErrors } from '../../src/web/forms/availability.js';
import { groupByShift } from '../../src/web/roster/site-duties.js';
import type { AssignmentRow } from '../../src/web/roster/types.js';
import { actorOf, historyRows } from '../../src/web/school/history.js';
import { minimumHref, minimumQuery, minimumRows } from '../../src/web/school/minimum.js';
import { formFieldErrors, refusalOf } from '../../src/web/school/refusal.js';
import { closedWeekdays, minutesOf, parseSlotValue, slotDays, slotRange, slotValue } from '../../src/web/school/slots.js';
import type { YearlyRowOut } from '../../src/web/school/types.js';

const problem = (p: Partial<Problem>): Problem => ({ type: 't', title: 'x', status: 409, detail: 'API says', code: 'conflict', ...p });

describe('slot picker', () => {
  it('shows two weeks from the asked date, never before today, with links either side', () => {
    expect(slotRange('2026-11-26')).toEqual({ from: '2026-11-26', to: '2026-12-09', next: '2026-12-10' });
    expect(slotRange('2026-11-26', '2026-12-10')).toEqual({ from: '2026-12-10', to: '2026-12-23', prev: '2026-11-26', next: '2026-12-24' });
    expect(slotRange('2026-11-26', '2026-12-01').prev).toBe('2026-11-26');
    for (const asked of ['2026-11-01', 'nonsense', '2026-02-30', '']) expect(slotRange('2026-11-26', asked).from).toBe('2026-11-26');
  });

  it('reads the length asked for, one class hour otherwise', () => {
    expect([minutesOf('90'), minutesOf('45'), minutesOf('60'), minutesOf(undefined)]).toEqual([90, 45, 45, 45]);
  });

  it('round-trips a slot value and refuses anything else', () => {
    const s = { personId: 813, startsAt: '2026-11-30T01:00:00.000Z' };
    expect(parseSlotValue(slotValue(s))).toEqual(s);
    expect(parseSlotValue('12@2026-12-01T09:00:00+08:00')).toEqual({ personId: 12, startsAt: '2026-12-01T09:00:00+08:00' });
    for (const bad of ['', '813', '0@2026-11-30T01:00:00Z', 'x@2026-11-30T01:00:00Z', '813@2026-11-30', '813@2026-13-30T01:00:00Z', '813@2026-11-30T01:00:00Z;drop']) {
      expect(parseSlotValue(bad), bad).toBeUndefined();
    }
  });

  it('groups slots by local day in order and says why weekdays are closed', () => {
    const slot = (personId: number, localDate: string, localStart: string) => ({ personId, personName: `p${personId}`, startsAt: `${localDate}T${localStart}:00+08:00`, endsAt: '', localDate, localStart });
    const days = slotDays({ slots: [slot(2, '2026-12-02', '09:00'), slot(1, '2026-11-30', '09:00'), slot(1, '2026-11-30', '09:30')] });
    expect(days.map((d) => [d.date, d.slots.map((s) => `${s.time} ${s.personName}`)])).toEqual([
      ['2026-11-30', ['09:00 p1', '09:30 p1']],
      ['2026-12-02', ['09:00 p2']],
    ]);
    expect(days[0]!.slots[0]!.value).toBe('1@2026-11-30T09:00:00+08:00');
    const closed = closedWeekdays({ closedDays: [{ date: '2026-11-27', reason: 'too_soon' }, { date: '2026-11-28', reason: 'weekend' }, { date: '2027-01-01', reason: 'holiday' }] });
    expect(closed).toEqual([{ date: '2026-11-27', reason: 'too_soon' }, { date: '2027-01-01', reason: 'holiday' }]);
  });
});

describe('refusals in words', () => {
  it('names the booking rule broken', () => {
    expect(refusalOf(problem({ status: 422, code: 'validation_failed', reason: 'holiday' }), 422)).toEqual({ key: 'refusal.holiday' });
    expect(refusalOf(problem({ reason: 'term_full' }), 409)).toEqual({ key: 'refusal.term_full' });
  });

  it('names what holds the time: a booking, a duty or an absence', () => {
    expect(refusalOf(problem({ conflictingBookingId: 7, conflict: { kind: 'booking', id: 7 } }), 409)).toEqual({ key: 'refusal.taken', conflict: { kind: 'booking', id: 7 } });
    expect(refusalOf(problem({ conflictingBookingId: 8 }), 409)).toEqual({ key: 'refusal.taken', conflict: { kind: 'booking', id: 8 } });
    expect(refusalOf(problem({ conflict: { kind: 'duty', id: 3 } }), 409)).toEqual({ key: 'refusal.duty', conflict: { kind: 'duty', id: 3 } });
    expect(refusalOf(problem({ conflict: { kind: 'unavailability', id: 4 } }), 409).key).toBe('refusal.unavailability');
  });

  it('says when the form was sent before with another time, and passes other problems on', () => {
    const reused = problem({ conflictingBookingId: 9, errors: [{ pointer: '/Idempotency-Key', detail: 'already used', in: 'header' }] });
    expect(refusalOf(reused, 409)).toEqual({ key: 'refusal.keyReused' });
    expect(refusalOf(problem({ detail: '预约已取消' }), 409)).toEqual({ key: 'refusal.conflict', detail: '预约已取消' });
    expect(refusalOf(problem({ status: 422, detail: 'bad' }), 422)).toEqual({ key: 'refusal.generic', detail: 'bad' });
    expect(refusalOf(undefined, 409)).toEqual({ key: 'refusal.conflict' });
  });

  it('keeps only the form’s own fields for beside-the-field errors', () => {
    const p = problem({ errors: [{ pointer: '/topic', detail: 'too long', in: 'body' }, { pointer: '/startsAt', detail: 'x', in: 'body' }, { pointer: '/topic', detail: 'h', in: 'header' }] });
    expect(formFieldErrors(p, ['topic'])).toEqual({ topic: ['too long'] });
  });
});

describe('booking history', () => {
  it('reads the audit actor strings', () => {
    expect(actorOf('token:12:school:钟山区第一小学')).toEqual({ kind: 'label', label: '钟山区第一小学' });
    expect(actorOf('token:3:coordinator:a:b')).toEqual({ kind: 'label', label: 'a:b' });
    expect(actorOf('token:3:admin')).toEqual({ kind: 'role', role: 'admin' });
    expect(actorOf('demo')).toEqual({ kind: 'demo' });
    expect(actorOf('token:3:robot')).toEqual({ kind: 'other', text: 'token:3:robot' });
  });

  it('shows moves in Beijing time, and reasons', () => {
    const rows = historyRows([
      { at: '2026-11-26T02:00:00.000Z', by: 'token:1:school', action: 'created', status: 'confirmed' },
      {
        at: '2026-11-26T03:00:00.000Z',
        by: 'token:1:school',
        action: 'rescheduled',
        reason: '考试',
        status: 'confirmed',
        from: { startsAt: '2026-11-30T01:00:00.000Z', endsAt: '2026-11-30T01:45:00.000Z', personId: 5 },
        to: { startsAt: '2026-12-01T06:00:00.000Z', endsAt: '2026-12-01T06:45:00.000Z', personId: 6 },
      },
    ]);
    expect(rows[0]).toEqual({ at: '2026-11-26 10:00', actor: { kind: 'role', role: 'school' }, action: 'created', status: 'confirmed' });
    expect(rows[1]).toMatchObject({ reason: '考试', move: { from: '2026-11-30 09:00', to: '2026-12-01 14:00', personChanged: true } });
  });
});

describe('yearly-minimum list', () => {
  const row = (siteId: number, name: string, shortMinutes: number): YearlyRowOut => ({ siteId, name, districtCode: '520201', confirmedMinutes: 180 - shortMinutes, heldMinutes: 0, pendingMinutes: 0, sessions: 0, shortMinutes, behind: shortMinutes > 0 });
  const rows = [row(1, '第一小学', 90), row(2, '第二小学', 180), row(3, '第一中学', 0), row(4, '第三小学', 180)];

  it('shows the schools behind, most behind first, or all; searches by name', () => {
    const q = minimumQuery(() => undefined);
    expect(q).toEqual({ district: '', show: 'behind', q: '', page: 1 });
    expect(minimumRows(rows, q).shown.map((r) => r.siteId)).toEqual([2, 4, 1]);
    expect(minimumRows(rows, { ...q, show: 'all' }).total).toBe(4);
    expect(minimumRows(rows, { ...q, show: 'all', q: '中学' }).shown.map((r) => r.siteId)).toEqual([3]);
    expect(rows.map((r) => r.siteId)).toEqual([1, 2, 3, 4]); // the caller's array is left alone
  });

  it('pages by 50 and clamps a page past the end', () => {
    const many = Array.from({ length: 120 }, (_, i) => row(i + 1, `学校${i + 1}`, 45));
    const last = minimumRows(many, { district: '', show: 'behind', q: '', page: 9 });
    expect(last).toMatchObject({ total: 120, page: 3, pages: 3 });
    expect(last.shown).toHaveLength(20);
  });

  it('keeps only valid filters and writes them back into links', () => {
    const q = minimumQuery((k) => ({ district: '520203', show: 'all', q: ' 小学 ', page: '2' })[k]);
    expect(minimumHref(q)).toBe('/school?district=520203&show=all&q=%E5%B0%8F%E5%AD%A6&page=2');
    expect(minimumQuery((k) => ({ district: 'x', page: '-1' })[k])).toMatchObject({ district: '', page: 1 });
    expect(minimumHref(minimumQuery(() => undefined))).toBe('/school');
  });
});

describe('bookable-hours form', () => {
  it('lists the saved windows with blank rows below, and sends only filled rows', () => {
    const values = availabilityToForm({ requiresConfirmation: true, weekly: [{ weekday: 'TU', start: '09:00', end: '11:00', validFrom: null, validTo: '2027-01-31' }] });
    expect(values).toMatchObject({ rows: '4', requiresConfirmation: '1', [rowField(0, 'weekday')]: 'TU', [rowField(0, 'validTo')]: '2027-01-31' });
    const form = { ...values, [rowField(2, 'weekday')]: 'FR', [rowField(2, 'start')]: '14:00', [rowField(2, 'end')]: '13:00' };
    const { body, rowOf } = availabilityBody(form);
    expect(body).toEqual({
      weekly: [
        { weekday: 'TU', start: '09:00', end: '11:00', validFrom: null, validTo: '2027-01-31' },
        { weekday: 'FR', start: '14:00', end: '13:00', validFrom: null, validTo: null },
      ],
      requiresConfirmation: true,
    });
    expect(rowOf).toEqual([0, 2]);
    expect(availabilityBody({ rows: '2' }).body).toEqual({ weekly: [], requiresConfirmation: false });
  });

  it('puts the API’s errors beside the row they came from', () => {
    const p = problem({ status: 422, errors: [{ pointer: '/weekly/1/end', detail: 'end must be after start', in: 'body' }, { pointer: '/requiresConfirmation', detail: 'bool', in: 'body' }] });
    expect(weeklyErrors(p, [0, 2])).toEqual({ byField: { [rowField(2, 'end')]: ['end must be after start'] }, other: ['bool'] });
  });

  it('makes one date’s override, empty times meaning no bookings that day', () => {
    expect(overrideBody({ ovDate: '2026-12-03', ovStart: '', ovEnd: '', ovNote: ' 开会 ' })).toEqual({ date: '2026-12-03', body: { windows: [], note: '开会' } });
    expect(overrideBody({ ovDate: '2026-12-03', ovStart: '14:00', ovEnd: '15:00' }).body.windows).toEqual([{ start: '14:00', end: '15:00' }]);
    const p = problem({ errors: [{ pointer: '/date', detail: 'Invalid ISO date', in: 'path' }, { pointer: '/windows/0/end', detail: 'end must be after start', in: 'body' }] });
    expect(overrideErrors(p).byField).toEqual({ ovDate: ['Invalid ISO date'], ovEnd: ['end must be after start'] });
  });
});

describe('site duties', () => {
  it('groups a site’s assignments by shift and seat group, people in seat order', () => {
    const a = (shiftId: number, seatGroup: number, seatIndex: number, personId: number, startsAt: string): AssignmentRow => ({
      shiftId,
      seatGroup,
      seatIndex,
      personId,
      personName: `p${personId}`,
      siteId: 1,
      siteName: 's',
      startsAt,
      endsAt: startsAt,
      localDate: startsAt.slice(0, 10),
      tags: [],
      pinned: personId === 3,
      source: 'solver',
    });
    const shifts = groupByShift([a(2, 0, 1, 3, '2026-12-02T01:00:00Z'), a(1, 0, 0, 1, '2026-12-01T01:00:00Z'), a(2, 0, 0, 2, '2026-12-02T01:00:00Z'), a(2, 1, 0, 4, '2026-12-02T01:00:00Z')]);
    expect(shifts.map((s) => [s.shiftId, s.seatGroup, s.people.map((p) => p.id)])).toEqual([
      [1, 0, [1]],
      [2, 0, [2, 3]],
      [2, 1, [4]],
    ]);
    expect(shifts[1]!.people[1]).toEqual({ id: 3, name: 'p3', pinned: true });
  });
});
