// Booking API: slots, booking, idempotent retries, scope (a school books and sees only its own),
// confirmation, rescheduling (sequence and history), cancelling, and refusals by the rules.
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { buildFeed } from '../../calendars/feed.js';
import { findBooking } from '../../db/repositories/bookings.js';
import { Booking, SlotList } from '../../schemas/bookings.js';
import { readFeed } from '../unit/calendars/read-feed.js';
import { listOf } from '../../schemas/common.js';
import { sitePlace, travelMinutes } from '../../src/domain/travel.js';
import { testApp, type TestContext } from '../support/app.js';
import { expectProblem } from '../support/problem.js';
import { bookingWorld, local, publishDuty } from './bookings-fixture.js';

let t: TestContext;
let w: Awaited<ReturnType<typeof bookingWorld>>;
beforeAll(async () => {
  t = await testApp(); // now = 2026-11-26 10:00 local (Thursday); bookable from Monday 11-30
  w = await bookingWorld(t);
});
afterAll(() => t.close());

const book = (token: string, body: Record<string, unknown>, key?: string) =>
  t.call('POST', '/api/v1/bookings', { token, body: { topic: '', ...body }, headers: key ? { 'idempotency-key': key } : {} });
const slots = async (token: string, schoolId: number, q: string) => {
  const res = await t.call('GET', `/api/v1/schools/${schoolId}/slots?${q}`, { token });
  expect(res.status, await res.clone().text()).toBe(200);
  return SlotList.parse(await res.json());
};

describe('slots and booking', () => {
  it('lists slots of the school’s vice-principal on school days only', async () => {
    const s = await slots(w.tokens.school1, w.reg.school.id, 'from=2026-11-26&to=2026-12-06&minutes=90');
    expect(new Set(s.slots.map((x) => x.localDate))).toEqual(new Set(['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04']));
    expect(s.slots.every((x) => x.personId === w.reg.vp.id && x.personName === '李强')).toBe(true);
    expect(Object.fromEntries(s.closedDays.map((d) => [d.date, d.reason]))).toMatchObject({ '2026-11-26': 'too_soon', '2026-11-28': 'too_soon', '2026-11-29': 'weekend', '2026-12-05': 'weekend' });
    await expectProblem(await t.call('GET', `/api/v1/schools/${w.reg.school.id}/slots?minutes=60`, { token: w.tokens.school1 }), 422, '/minutes');
  });

  it('a school books a slot; it leaves the listing and the other school’s slots keep the travel time clear', async () => {
    const res = await book(w.tokens.school1, { schoolId: w.reg.school.id, startsAt: local('2026-11-30', '14:00'), minutes: 90, topic: '预防校园欺凌' });
    expect(res.status, await res.clone().text()).toBe(201);
    const b = Booking.parse(await res.json());
    expect(b).toMatchObject({ schoolId: w.reg.school.id, personId: w.reg.vp.id, status: 'confirmed', origin: 'school', sequence: 0, minutes: 90, topic: '预防校园欺凌' });
    expect(b.history).toMatchObject([{ action: 'created', status: 'confirmed' }]);
    const own = await slots(w.tokens.school1, w.reg.school.id, 'from=2026-11-30&to=2026-11-30&minutes=45');
    expect(own.slots.some((x) => x.startsAt < b.endsAt && x.endsAt > b.startsAt)).toBe(false);
    // 钟山区第二小学 is ~1.4 km away: a session there needs the drive plus the 15-minute buffer.
    const pad = (travelMinutes(sitePlace({ ...w.reg.school, lat: w.reg.school.lat!, lon: w.reg.school.lon! }), sitePlace({ ...w.reg.school2, lat: w.reg.school2.lat!, lon: w.reg.school2.lon! })) + 15) * 60_000;
    expect(pad).toBeGreaterThan(15 * 60_000);
    const other = await slots(w.tokens.school2, w.reg.school2.id, 'from=2026-11-30&to=2026-11-30&minutes=45');
    expect(other.slots.length).toBeGreaterThan(0);
    for (const x of other.slots) expect(Date.parse(x.endsAt) <= Date.parse(b.startsAt) - pad || Date.parse(x.startsAt) >= Date.parse(b.endsAt) + pad).toBe(true);
    expect(other.slots.some((x) => x.localStart === '16:00')).toBe(false); // inside the window, but within the drive after 15:30
  });

  it('a school token cannot book for, list or read another school', async () => {
    await expectProblem(await book(w.tokens.school2, { schoolId: w.reg.school.id, startsAt: local('2026-12-01', '09:00'), minutes: 45 }), 403);
    const mine = listOf(Booking, 'L').parse(await (await t.call('GET', '/api/v1/bookings', { token: w.tokens.school2 })).json());
    expect(mine.items.every((b) => b.schoolId === w.reg.school2.id)).toBe(true);
    await expectProblem(await t.call('GET', `/api/v1/bookings?school=${w.reg.school.id}`, { token: w.tokens.school2 }), 403);
    const theirs = listOf(Booking, 'L').parse(await (await t.call('GET', '/api/v1/bookings', { token: w.tokens.school1 })).json());
    expect(theirs.total).toBeGreaterThan(0);
    await expectProblem(await t.call('GET', `/api/v1/bookings/${theirs.items[0]!.id}`, { token: w.tokens.school2 }), 403);
    await expectProblem(await t.call('GET', `/api/v1/schools/${w.reg.school.id}/slots`, { token: w.tokens.school2 }), 403);
    await expectProblem(await book(w.tokens.vp, { schoolId: w.reg.school.id, startsAt: local('2026-12-01', '09:00'), minutes: 45 }), 403);
  });

  it('scopes reads: the vice-principal sees their own, a coordinator its district only', async () => {
    const vp = listOf(Booking, 'L').parse(await (await t.call('GET', '/api/v1/bookings', { token: w.tokens.vp })).json());
    expect(vp.total).toBeGreaterThan(0);
    expect(vp.items.every((b) => b.personId === w.reg.vp.id)).toBe(true);
    expect(listOf(Booking, 'L').parse(await (await t.call('GET', '/api/v1/bookings', { token: w.tokens.lawyer })).json()).total).toBe(0);
    expect(listOf(Booking, 'L').parse(await (await t.call('GET', '/api/v1/bookings', { token: w.tokens.zhongshan })).json()).total).toBe(vp.total);
    expect(listOf(Booking, 'L').parse(await (await t.call('GET', '/api/v1/bookings', { token: w.tokens.shuicheng })).json()).total).toBe(0);
    await expectProblem(await t.call('GET', `/api/v1/bookings/${vp.items[0]!.id}`, { token: w.tokens.shuicheng }), 403);
    await expectProblem(await t.call('GET', '/api/v1/bookings', { token: t.tokens.finance }), 403);
  });
});

describe('idempotent retries', () => {
  it('returns the same booking for a retry with the same key, and refuses the key for another request', async () => {
    const body = { schoolId: w.reg.school.id, startsAt: local('2026-12-02', '09:00'), minutes: 45 };
    const first = await book(w.tokens.school1, body, 'retry-1');
    expect(first.status).toBe(201);
    const again = await book(w.tokens.school1, body, 'retry-1');
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(Booking.parse(await again.json()).id).toBe(Booking.parse(await first.json()).id);
    await expectProblem(await book(w.tokens.school1, { ...body, startsAt: local('2026-12-02', '10:00') }, 'retry-1'), 409);
  });

  it('ten concurrent retries with one key make one booking', async () => {
    const body = { schoolId: w.reg.school.id, startsAt: local('2026-12-02', '14:00'), minutes: 45 };
    const res = await Promise.all(Array.from({ length: 10 }, () => book(w.tokens.school1, body, 'burst-1')));
    expect(res.map((r) => r.status)).toEqual(new Array(10).fill(201));
    const ids = new Set(await Promise.all(res.map(async (r) => Booking.parse(await r.json()).id)));
    expect(ids.size).toBe(1);
    const list = listOf(Booking, 'L').parse(await (await t.call('GET', `/api/v1/bookings?from=${encodeURIComponent(body.startsAt)}&to=${encodeURIComponent(local('2026-12-02', '14:45'))}`)).json());
    expect(list.items.filter((b) => b.status !== 'cancelled')).toHaveLength(1);
  });
});

describe('refusals by the rules', () => {
  it('refuses too little notice, a weekend, a day without a calendar, and time outside the windows', async () => {
    const at = (date: string, time: string) => book(w.tokens.school3, { schoolId: w.reg.school.id, startsAt: local(date, time), minutes: 45 });
    const why = async (res: Response) => {
      await expectProblem(res.clone(), 422, '/startsAt');
      return (await res.json()) as { reason: string };
    };
    const school = (date: string, time: string) => book(w.tokens.school1, { schoolId: w.reg.school.id, startsAt: local(date, time), minutes: 45 });
    expect((await at('2026-12-03', '09:00')).status).toBe(403); // school3's token, school1's id
    expect((await why(await school('2026-11-27', '09:00'))).reason).toBe('too_soon');
    expect((await why(await school('2026-12-05', '09:00'))).reason).toBe('weekend');
    expect((await why(await school('2027-01-04', '09:00'))).reason).toBe('calendar_missing');
    expect((await why(await school('2026-12-03', '12:00'))).reason).toBe('outside_windows');
    await expectProblem(await book(w.tokens.school1, { schoolId: w.reg.school.id, startsAt: local('2026-12-03', '09:00'), minutes: 60 }), 422, '/minutes');
  });

  it('refuses a time taken by a published duty, naming the duty', async () => {
    const shift = await publishDuty(t, w.reg.vp.id, w.reg.station.id, local('2026-12-04', '09:00'), local('2026-12-04', '11:30'));
    const none = await slots(w.tokens.school3, w.reg.school3.id, 'from=2026-12-04&to=2026-12-04&minutes=45');
    expect(none.slots).toEqual([]); // school3 has no vice-principal appointed
    const own = await slots(w.tokens.school1, w.reg.school.id, 'from=2026-12-04&to=2026-12-04&minutes=45');
    expect(own.slots.every((x) => x.localStart >= '14:00')).toBe(true);
    const res = await book(w.tokens.school1, { schoolId: w.reg.school.id, startsAt: local('2026-12-04', '10:00'), minutes: 45 });
    await expectProblem(res.clone(), 409, '/startsAt');
    const p = (await res.json()) as { conflict: { kind: string; id: number } };
    expect(p.conflict).toEqual({ kind: 'duty', id: shift.id });
  });
});

describe('confirmation, rescheduling and cancelling', () => {
  let id: number;

  it('a vice-principal who confirms bookings gets pending ones, and confirms them', async () => {
    const set = await t.call('PUT', `/api/v1/people/${w.reg.vp.id}/availability`, { token: w.tokens.vp, body: { weekly: [], requiresConfirmation: true } });
    expect(set.status, await set.clone().text()).toBe(200);
    const res = await book(w.tokens.school2, { schoolId: w.reg.school2.id, startsAt: local('2026-12-07', '09:00'), minutes: 90 });
    const b = Booking.parse(await res.json());
    expect(b.status).toBe('pending');
    id = b.id;
    await expectProblem(await t.call('POST', `/api/v1/bookings/${id}/confirm`, { token: w.tokens.school2, body: {} }), 403);
    const ok = Booking.parse(await (await t.call('POST', `/api/v1/bookings/${id}/confirm`, { token: w.tokens.vp, body: { note: '好的' } })).json());
    expect(ok).toMatchObject({ status: 'confirmed', sequence: 1 });
    expect(ok.history.at(-1)).toMatchObject({ action: 'confirmed', reason: '好的' });
    await expectProblem(await t.call('POST', `/api/v1/bookings/${id}/confirm`, { token: w.tokens.vp, body: {} }), 409);
  });

  it('rescheduling needs a reason, raises sequence, keeps history, and re-asks a confirming vice-principal', async () => {
    await expectProblem(await t.call('POST', `/api/v1/bookings/${id}/reschedule`, { token: w.tokens.school2, body: { startsAt: local('2026-12-08', '09:00') } }), 422, '/reason');
    const res = await t.call('POST', `/api/v1/bookings/${id}/reschedule`, { token: w.tokens.school2, body: { startsAt: local('2026-12-08', '09:00'), reason: '学校运动会' } });
    expect(res.status, await res.clone().text()).toBe(200);
    const b = Booking.parse(await res.json());
    expect(b).toMatchObject({ sequence: 2, status: 'pending', startsAt: '2026-12-08T01:00:00.000Z', minutes: 90 });
    expect(b.history.at(-1)).toMatchObject({
      action: 'rescheduled',
      reason: '学校运动会',
      from: { startsAt: '2026-12-07T01:00:00.000Z' },
      to: { startsAt: '2026-12-08T01:00:00.000Z' },
    });
    expect(b.history.at(-1)!.by).toMatch(/school/);
    await expectProblem(await t.call('POST', `/api/v1/bookings/${id}/reschedule`, { token: w.tokens.school1, body: { startsAt: local('2026-12-09', '09:00'), reason: 'x' } }), 403);
  });

  it('cancelling keeps the row and history, raises sequence and frees the time', async () => {
    const res = await t.call('POST', `/api/v1/bookings/${id}/cancel`, { token: w.tokens.vp, body: { reason: '临时出差' } });
    const b = Booking.parse(await res.json());
    expect(b).toMatchObject({ status: 'cancelled', sequence: 3 });
    expect(b.history.map((h) => h.action)).toEqual(['created', 'confirmed', 'rescheduled', 'cancelled']);
    await expectProblem(await t.call('POST', `/api/v1/bookings/${id}/cancel`, { token: w.tokens.vp, body: { reason: 'again' } }), 409);
    await expectProblem(await t.call('POST', `/api/v1/bookings/${id}/reschedule`, { token: w.tokens.school2, body: { startsAt: local('2026-12-09', '09:00'), reason: 'x' } }), 409);
    const again = await book(w.tokens.school2, { schoolId: w.reg.school2.id, startsAt: local('2026-12-08', '09:00'), minutes: 90 });
    expect(again.status).toBe(201);
  });
});

describe('feeds', () => {
  it('rescheduling raises the feed event’s SEQUENCE and keeps its UID', async () => {
    const res = await book(w.tokens.school1, { schoolId: w.reg.school.id, startsAt: local('2026-12-09', '09:00'), minutes: 45, topic: '宪法日' });
    const b = Booking.parse(await res.json());
    // The school's own subscribed feed, as a calendar client would read it.
    const issued = await t.call('POST', `/api/v1/sites/${w.reg.school.id}/feed`, { token: w.tokens.school1 });
    expect(issued.status, await issued.clone().text()).toBe(201);
    const path = new URL(((await issued.json()) as { https: string }).https).pathname;
    const feedOf = async (id: number) => {
      const ics = await (await t.call('GET', path, { token: null })).text();
      return readFeed(ics).events.find((e) => e.uid === `booking-${id}@zhiban`)!;
    };
    const before = await feedOf(b.id);
    // 李强 confirms bookings since the test above: the event is tentative until he does.
    expect(before).toMatchObject({ uid: `booking-${b.id}@zhiban`, sequence: 0, status: 'TENTATIVE', start: '2026-12-09T01:00:00.000Z' });
    const moved = await t.call('POST', `/api/v1/bookings/${b.id}/reschedule`, { token: w.tokens.school1, body: { startsAt: local('2026-12-10', '09:00'), reason: '调课' } });
    expect(moved.status, await moved.clone().text()).toBe(200);
    const after = await feedOf(b.id);
    expect(after).toMatchObject({ uid: before.uid, sequence: before.sequence + 1, start: '2026-12-10T01:00:00.000Z' });
    await t.call('POST', `/api/v1/bookings/${b.id}/cancel`, { token: w.tokens.school1, body: { reason: '停课' } });
    expect(await feedOf(b.id)).toMatchObject({ uid: before.uid, sequence: before.sequence + 2, status: 'CANCELLED' });
  });
});
