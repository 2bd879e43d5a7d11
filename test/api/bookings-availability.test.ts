// Availability windows and booking rules through the API: who may set them, how they shape the
// slots, and a booking rule set per district (horizon, term cap, session lengths).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Availability, Booking, BookingRuleList, BookingRuleRow, SlotList } from '../../schemas/bookings.js';
import { listConfirmedBookingsForPerson } from '../../db/repositories/bookings.js';
import { listOf } from '../../schemas/common.js';
import { bookings } from '../../db/schema/index.js';
import { testApp, type TestContext } from '../support/app.js';
import { expectProblem } from '../support/problem.js';
import { bookingWorld, local } from './bookings-fixture.js';

let t: TestContext;
let w: Awaited<ReturnType<typeof bookingWorld>>;
beforeAll(async () => {
  t = await testApp();
  w = await bookingWorld(t);
});
afterAll(() => t.close());

const slotsOf = async (q: string) => SlotList.parse(await (await t.call('GET', `/api/v1/schools/${w.reg.school.id}/slots?${q}`, { token: w.tokens.school1 })).json());

describe('availability windows', () => {
  it('starts on the default pattern; the person replaces it, and only their slots follow', async () => {
    const before = Availability.parse(await (await t.call('GET', `/api/v1/people/${w.reg.vp.id}/availability`, { token: w.tokens.vp })).json());
    expect(before).toMatchObject({ usesDefault: true, weekly: [], overrides: [], requiresConfirmation: false });
    const res = await t.call('PUT', `/api/v1/people/${w.reg.vp.id}/availability`, {
      token: w.tokens.vp,
      body: { weekly: [{ weekday: 'TU', start: '14:00', end: '16:00' }, { weekday: 'TH', start: '09:00', end: '10:00' }] },
    });
    expect(res.status, await res.clone().text()).toBe(200);
    expect(Availability.parse(await res.json())).toMatchObject({ usesDefault: false, weekly: [{ weekday: 'TU', start: '14:00' }, { weekday: 'TH', start: '09:00' }] });
    const s = await slotsOf('from=2026-11-30&to=2026-12-04&minutes=45');
    expect(s.slots.map((x) => `${x.localDate} ${x.localStart}`)).toEqual(['2026-12-01 14:00', '2026-12-01 14:30', '2026-12-01 15:00', '2026-12-03 09:00']);
  });

  it('a date override replaces that day; deleting it restores the pattern', async () => {
    const put = await t.call('PUT', `/api/v1/people/${w.reg.vp.id}/availability/overrides/2026-12-01`, { token: w.tokens.zhongshan, body: { windows: [], note: '出庭' } });
    expect(put.status, await put.clone().text()).toBe(200);
    expect((await slotsOf('from=2026-12-01&to=2026-12-01&minutes=45')).slots).toEqual([]);
    expect((await t.call('DELETE', `/api/v1/people/${w.reg.vp.id}/availability/overrides/2026-12-01`, { token: w.tokens.vp })).status).toBe(204);
    expect((await slotsOf('from=2026-12-01&to=2026-12-01&minutes=45')).slots).toHaveLength(3);
    await expectProblem(await t.call('DELETE', `/api/v1/people/${w.reg.vp.id}/availability/overrides/2026-12-01`, { token: w.tokens.vp }), 404);
  });

  it('refuses other people, other districts, bad windows and non-vice-principals', async () => {
    const body = { weekly: [] };
    await expectProblem(await t.call('PUT', `/api/v1/people/${w.reg.vp.id}/availability`, { token: w.tokens.lawyer, body }), 403);
    await expectProblem(await t.call('PUT', `/api/v1/people/${w.reg.vp.id}/availability`, { token: w.tokens.shuicheng, body }), 403);
    await expectProblem(await t.call('GET', `/api/v1/people/${w.reg.vp.id}/availability`, { token: w.tokens.school1 }), 403);
    await expectProblem(await t.call('PUT', `/api/v1/people/${w.reg.lawyer.id}/availability`, { token: w.tokens.lawyer, body }), 422, '/id');
    await expectProblem(await t.call('PUT', `/api/v1/people/${w.reg.vp.id}/availability`, { token: w.tokens.vp, body: { weekly: [{ weekday: 'MO', start: '10:00', end: '09:00' }] } }), 422, '/weekly/0/end');
    await expectProblem(await t.call('PUT', `/api/v1/people/${w.reg.vp.id}/availability/overrides/2026-13-01`, { token: w.tokens.vp, body: { windows: [] } }), 422);
  });
});

describe('booking rules as data', () => {
  it('lists the defaults; a city coordinator sets city rules, a district coordinator only its own district', async () => {
    const list = BookingRuleList.parse(await (await t.call('GET', '/api/v1/booking-rules', { token: w.tokens.zhongshan })).json());
    expect(list.defaults).toMatchObject({ minNoticeDays: 3, horizonDays: 60, sessionMinutes: [45, 90], maxSessionsPerTerm: 4 });
    expect(list.items).toEqual([]);
    await expectProblem(await t.call('PUT', '/api/v1/booking-rules/city', { token: w.tokens.zhongshan, body: { minNoticeDays: 2 } }), 403);
    await expectProblem(await t.call('PUT', '/api/v1/booking-rules/520204', { token: w.tokens.zhongshan, body: { minNoticeDays: 2 } }), 403);
    const city = BookingRuleRow.parse(await (await t.call('PUT', '/api/v1/booking-rules/city', { token: t.tokens.cityCoordinator, body: { minNoticeDays: 2, horizonDays: 30 } })).json());
    expect(city.effective).toMatchObject({ minNoticeDays: 2, horizonDays: 30, travelBufferMinutes: 15 });
    const district = BookingRuleRow.parse(await (await t.call('PUT', '/api/v1/booking-rules/520201', { token: w.tokens.zhongshan, body: { horizonDays: 8, maxSessionsPerTerm: 1, sessionMinutes: [90] } })).json());
    expect(district.effective).toMatchObject({ minNoticeDays: 2, horizonDays: 8, maxSessionsPerTerm: 1, sessionMinutes: [90] });
    await expectProblem(await t.call('PUT', '/api/v1/booking-rules/520201', { token: w.tokens.zhongshan, body: { sessionMinutes: [60] } }), 422, '/sessionMinutes/0');
    await expectProblem(await t.call('PUT', '/api/v1/booking-rules/529999', { token: t.tokens.admin, body: {} }), 422);
  });

  it('the district’s rules apply to its schools: notice, horizon, lengths, one session a term', async () => {
    expect((await t.call('PUT', `/api/v1/people/${w.reg.vp.id}/availability`, { token: w.tokens.vp, body: { weekly: [] } })).status).toBe(200); // back to the default pattern
    // now = Thu 11-26; notice 2 days (city) → Sat 11-28; horizon 8 days (district) → Fri 12-04.
    const s = await slotsOf('from=2026-11-26&to=2026-12-08&minutes=90');
    expect(Object.fromEntries(s.closedDays.map((d) => [d.date, d.reason]))).toMatchObject({ '2026-11-27': 'too_soon', '2026-12-07': 'beyond_horizon' });
    await expectProblem(await t.call('GET', `/api/v1/schools/${w.reg.school.id}/slots?minutes=45`, { token: w.tokens.school1 }), 422, '/minutes');
    const book = (startsAt: string, minutes = 90) => t.call('POST', '/api/v1/bookings', { token: w.tokens.school1, body: { schoolId: w.reg.school.id, startsAt, minutes } });
    await expectProblem(await book(local('2026-12-03', '09:00'), 45), 422, '/minutes');
    const first = await book(local('2026-12-01', '14:00'));
    expect(first.status, await first.clone().text()).toBe(201);
    const second = await book(local('2026-12-03', '09:00'));
    await expectProblem(second.clone(), 409, '/startsAt');
    expect(((await second.json()) as { reason: string }).reason).toBe('term_full');
    // The other school of the same vice-principal has its own count.
    const other = await t.call('POST', '/api/v1/bookings', { token: w.tokens.school2, body: { schoolId: w.reg.school2.id, startsAt: local('2026-12-03', '09:00'), minutes: 90 } });
    expect(other.status, await other.clone().text()).toBe(201);
    // Cancelling frees the term's place again.
    const id = Booking.parse(await first.json()).id;
    await t.call('POST', `/api/v1/bookings/${id}/cancel`, { token: w.tokens.school1, body: { reason: '改期' } });
    expect((await book(local('2026-12-03', '14:00'))).status).toBe(201);
  });

  it('removing the district row lets the city rules apply again', async () => {
    expect((await t.call('DELETE', '/api/v1/booking-rules/520201', { token: w.tokens.zhongshan })).status).toBe(204);
    const list = BookingRuleList.parse(await (await t.call('GET', '/api/v1/booking-rules', { token: t.tokens.admin })).json());
    expect(list.items.map((i) => i.scope)).toEqual(['city']);
    await expectProblem(await t.call('DELETE', '/api/v1/booking-rules/520201', { token: w.tokens.zhongshan }), 404);
  });
});

describe('documentation and the roster’s view', () => {
  it('the OpenAPI document lists the booking routes', async () => {
    const doc = (await (await t.call('GET', '/openapi.json', { token: null })).json()) as { paths: Record<string, Record<string, unknown>> };
    for (const path of ['/api/v1/bookings', '/api/v1/bookings/{id}/reschedule', '/api/v1/bookings/propose', '/api/v1/bookings/yearly-minimum', '/api/v1/schools/{id}/slots', '/api/v1/people/{id}/availability', '/api/v1/booking-rules/{scope}']) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
  });

  it('lists a person’s confirmed bookings in a time range for the roster (pending and cancelled left out)', async () => {
    const [pending] = await t.database.db
      .insert(bookings)
      .values({ schoolSiteId: w.reg.school.id, personId: w.reg.vp.id, startsAt: new Date(local('2026-12-22', '09:00')), endsAt: new Date(local('2026-12-22', '09:45')), status: 'pending' })
      .returning();
    const mine = await listConfirmedBookingsForPerson(t.database.db, w.reg.vp.id, new Date(local('2026-11-30', '00:00')), new Date(local('2026-12-31', '00:00')));
    const all = listOf(Booking, 'L').parse(await (await t.call('GET', `/api/v1/bookings?person=${w.reg.vp.id}&limit=500`)).json()).items;
    expect(mine.map((b) => b.id)).toEqual(all.filter((b) => b.status === 'confirmed').map((b) => b.id));
    expect(all.some((b) => b.status === 'cancelled')).toBe(true);
    expect(mine.map((b) => b.id)).not.toContain(pending!.id);
    expect(mine.length).toBeGreaterThan(0);
    const narrow = await listConfirmedBookingsForPerson(t.database.db, w.reg.vp.id, new Date(mine[0]!.endsAt), new Date(mine[0]!.endsAt.getTime() + 60_000));
    expect(narrow.map((b) => b.id)).not.toContain(mine[0]!.id); // ranges are half-open
  });
});

describe('slots for a reschedule', () => {
  it('with except= the booking being moved frees its own time, and only a live booking of this school may be named', async () => {
    const list = (await (await t.call('GET', `/api/v1/bookings?school=${w.reg.school.id}`, { token: w.tokens.school1 })).json()) as { items: Array<{ id: number; status: string; startsAt: string }> };
    const held = list.items.find((b) => b.status !== 'cancelled' && b.startsAt === new Date(local('2026-12-03', '14:00')).toISOString())!;
    const cancelled = list.items.find((b) => b.status === 'cancelled')!;
    expect(held).toBeDefined();
    const times = (r: Awaited<ReturnType<typeof slotsOf>>) => r.slots.map((x) => x.localStart);
    const plain = times(await slotsOf('from=2026-12-03&to=2026-12-03&minutes=45'));
    const moving = times(await slotsOf(`from=2026-12-03&to=2026-12-03&minutes=45&except=${held.id}`));
    expect(plain).not.toContain('14:00');
    expect(moving).toContain('14:00');
    expect(moving.length).toBeGreaterThan(plain.length);
    // The other school's session at 09:00 still holds the vice-principal's morning.
    expect(moving).not.toContain('09:00');
    const other = (await (await t.call('GET', `/api/v1/bookings?school=${w.reg.school2.id}`, { token: w.tokens.school2 })).json()) as { items: Array<{ id: number }> };
    const url = (except: number) => `/api/v1/schools/${w.reg.school.id}/slots?from=2026-12-03&to=2026-12-03&minutes=45&except=${except}`;
    await expectProblem(await t.call('GET', url(other.items[0]!.id), { token: w.tokens.school1 }), 422, '/except');
    await expectProblem(await t.call('GET', url(cancelled.id), { token: w.tokens.school1 }), 422, '/except');
    await expectProblem(await t.call('GET', url(999_999), { token: w.tokens.school1 }), 422, '/except');
    // Another school's token learns nothing about this school's bookings: 403 first.
    await expectProblem(await t.call('GET', url(held.id), { token: w.tokens.school2 }), 403);
  });
});
