// A school's side of the School pages through app.request() on the demo data (today is
// 2026-11-26): its page against the API's own answers, booking once per form render, a slot taken
// meanwhile, rule refusals in words, reschedule and cancel with history, English.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/web/i18n/en.js';
import { zh } from '../../src/web/i18n/zh.js';
import { localTimeRange } from '../../src/web/format.js';
import type { BookingOut, SlotListOut, VicePrincipalOut, YearlyOut } from '../../src/web/school/types.js';
import { byId, webTest, type WebTest } from './helpers.js';
import { apiGet, current, fill, keyOf, slotValues, text } from './school-helpers.js';

let t: WebTest;
/** A vice-principal serving two schools of 520201 (A and B). */
let x: VicePrincipalOut;
let schoolA: number;
let schoolB: number;
const tokens: Record<string, string> = {};
let booking: BookingOut;

const api = <T,>(path: string, token?: string) => apiGet<T>(t, path, token);

beforeAll(async () => {
  t = await webTest();
  const all = (await api<{ items: VicePrincipalOut[] }>('/api/v1/vice-principals?district=520201&limit=500')).items.filter(current);
  const schoolsOf = (id: number) => all.filter((v) => v.personId === id);
  x = all.find((v) => schoolsOf(v.personId).length === 2)!;
  [schoolA, schoolB] = schoolsOf(x.personId).map((v) => v.schoolId) as [number, number];
  tokens.a = await t.token({ role: 'school', siteId: schoolA, label: 'A 校' });
  tokens.b = await t.token({ role: 'school', siteId: schoolB });
  tokens.x = await t.token({ role: 'person', personId: x.personId });
});
afterAll(() => t.close());

describe('a school’s page', () => {
  it('is where a school token lands: its vice-principals, class hours and the API’s own slots', async () => {
    const home = await t.page('/', { token: tokens.a });
    expect(home.res.headers.get('location')).toBe('/school');
    const { res, html } = await t.page('/school', { token: tokens.a });
    expect(res.status).toBe(200);
    const vps = (await api<{ items: VicePrincipalOut[] }>(`/api/v1/vice-principals?school=${schoolA}`)).items.filter(current);
    for (const v of vps) expect(byId(html, 'vice-principals')).toContain(v.personName);
    const row = (await api<YearlyOut>('/api/v1/bookings/yearly-minimum', tokens.a)).rows[0]!;
    const h = (m: number) => m / 45;
    expect(text(html)).toContain(fill(zh['school.hoursLead'], { done: h(row.confirmedMinutes), held: h(row.heldMinutes), pending: h(row.pendingMinutes), required: 4 }));
    expect(text(html)).toContain(fill(zh['school.hoursShort'], { n: h(row.shortMinutes) }));
    const slots = await api<SlotListOut>(`/api/v1/schools/${schoolA}/slots?from=2026-11-26&to=2026-12-09&minutes=45`, tokens.a);
    expect(slots.slots.length).toBeGreaterThan(0);
    expect(slotValues(html)).toEqual(slots.slots.map((s) => `${s.personId}@${s.startsAt}`));
    expect(html).toMatch(/<label class="slot"><input type="radio" name="slot" value="[^"]+" required=""\/><span>09:00<\/span>/);
    expect(text(html)).toContain(zh['dayReason.too_soon']);
    const longer = await t.page(`/school?minutes=90&from=2026-12-10`, { token: tokens.a });
    const slots90 = await api<SlotListOut>(`/api/v1/schools/${schoolA}/slots?from=2026-12-10&to=2026-12-23&minutes=90`, tokens.a);
    expect(slotValues(longer.html)).toHaveLength(slots90.slots.length);
    expect(longer.html).toContain('name="minutes" value="90"');
    expect(text(longer.html)).toContain(fill(zh['school.range'], { from: '2026-12-10', to: '2026-12-23' }));
  });

  it('books a session once even when the form is sent twice', async () => {
    const { html } = await t.page('/school', { token: tokens.a });
    const slot = slotValues(html).find((v) => v.startsWith(`${x.personId}@`))!;
    const form = { key: keyOf(html), minutes: '45', from: '2026-11-26', slot, topic: '预防校园欺凌' };
    const first = await t.page(`/school/${schoolA}/book`, { token: tokens.a, form });
    expect(first.res.status).toBe(303);
    const again = await t.page(`/school/${schoolA}/book`, { token: tokens.a, form });
    expect(again.res.headers.get('location')).toBe(first.res.headers.get('location'));
    const id = Number(/booked=(\d+)/.exec(first.res.headers.get('location')!)![1]);
    const mine = (await api<{ items: BookingOut[] }>(`/api/v1/bookings?school=${schoolA}&from=2026-11-26T00:00:00%2B08:00`, tokens.a)).items;
    expect(mine.map((b) => b.id)).toEqual([id]);
    booking = mine[0]!;
    expect(booking).toMatchObject({ personId: x.personId, startsAt: new Date(slot.split('@')[1]!).toISOString(), minutes: 45, status: 'confirmed', topic: '预防校园欺凌' });
    const shown = await t.page(first.res.headers.get('location')!, { token: tokens.a });
    expect(text(shown.html)).toContain(fill(zh['school.booked'], { when: localTimeRange(booking.startsAt, booking.endsAt) }));
    expect(byId(shown.html, 'upcoming-list')).toContain('预防校园欺凌');
    // A fresh render of the form is a fresh request: a new key.
    expect(keyOf(shown.html)).not.toBe(form.key);
  });

  it('a slot taken meanwhile: 409 naming the booking that holds it, with fresh slots', async () => {
    const slot = `${x.personId}@${booking.startsAt}`;
    const form = { key: 'b-1', minutes: '45', from: '2026-11-26', slot, topic: '' };
    const other = await t.page(`/school/${schoolB}/book`, { token: tokens.b, form });
    expect(other.res.status).toBe(409);
    const box = byId(other.html, 'form-problem');
    expect(text(box)).toContain(zh['refusal.taken']);
    // School B may not read school A's booking: it learns only that another school holds it.
    expect(text(box)).toContain(fill(zh['refusal.otherSchool'], { id: booking.id }));
    expect(text(box)).toContain(zh['refusal.freshSlots']);
    expect(slotValues(other.html)).not.toContain(slot);
    expect(slotValues(other.html).length).toBeGreaterThan(0);
    const coordinator = await t.page(`/school/${schoolB}/book`, { form: { ...form, key: 'b-2' } });
    expect(coordinator.res.status).toBe(409);
    expect(text(byId(coordinator.html, 'conflict-booking'))).toContain(fill(zh['refusal.booking'], { id: booking.id, when: localTimeRange(booking.startsAt, booking.endsAt), status: zh['bookingStatus.confirmed'] }));
  });

  it('says in words which booking rule refuses a time, and asks for a slot when none is chosen', async () => {
    const post = (slot: string, topic = '') => t.page(`/school/${schoolA}/book`, { token: tokens.a, form: { key: `k-${slot}-${topic.length}`, minutes: '45', from: '2026-11-26', slot, topic } });
    const cases: [string, keyof typeof zh][] = [
      ['2026-11-27T09:00:00+08:00', 'refusal.too_soon'],
      ['2026-12-05T09:00:00+08:00', 'refusal.weekend'],
      ['2027-01-05T09:00:00+08:00', 'refusal.calendar_missing'],
      ['2027-02-01T09:00:00+08:00', 'refusal.beyond_horizon'],
      ['2026-12-01T19:00:00+08:00', 'refusal.outside_windows'],
    ];
    for (const [at, key] of cases) {
      const { res, html } = await post(`${x.personId}@${at}`);
      expect(res.status, at).toBe(422);
      expect(text(byId(html, 'form-problem')), at).toContain(zh[key]);
    }
    const none = await post('');
    expect(none.res.status).toBe(422);
    expect(text(byId(none.html, 'f-slot-error'))).toContain(zh['school.pickSlot']);
    const slot = slotValues(none.html).at(-1)!;
    const long = await post(slot, '长'.repeat(201));
    expect(long.res.status).toBe(422);
    expect(byId(long.html, 'f-topic-error')).not.toBe('');
  });

  it('another school’s page is refused; so are tokens that do not book', async () => {
    expect((await t.page(`/school/${schoolB}`, { token: tokens.a })).res.status).toBe(403);
    expect((await t.page('/school', { token: t.tokens.finance })).res.status).toBe(403);
    expect((await t.page('/school', { token: tokens.x })).res.status).toBe(403);
  });
});

describe('a booking’s page', () => {
  const page = () => `/school/${schoolA}/bookings/${booking.id}`;

  it('reschedules to a new slot with a reason and keeps the history', async () => {
    const { html } = await t.page(page(), { token: tokens.a });
    expect(byId(html, 'history-list')).toContain(zh['historyAction.created']);
    // The booking's own time is free for its new slot: some offered slot overlaps it.
    const [b0, b1] = [Date.parse(booking.startsAt), Date.parse(booking.endsAt)];
    const overlapping = slotValues(html).filter((v) => {
      const at = Date.parse(v.split('@')[1]!);
      return at < b1 && at + 45 * 60_000 > b0;
    });
    expect(overlapping.length).toBeGreaterThan(0);
    const target = slotValues(html).find((v) => v.startsWith(`${x.personId}@`) && !v.endsWith(booking.startsAt))!;
    const form = { slot: target, minutes: '45', from: '2026-11-26', reason: '' };
    const refused = await t.page(`${page()}/reschedule`, { token: tokens.a, form });
    expect(refused.res.status).toBe(422);
    expect(byId(refused.html, 'f-reason-error')).not.toBe('');
    const moved = await t.page(`${page()}/reschedule`, { token: tokens.a, form: { ...form, reason: '期中考试' } });
    expect(moved.res.headers.get('location')).toBe(`${page()}?saved=rescheduled`);
    const after = await api<BookingOut>(`/api/v1/bookings/${booking.id}`);
    expect(after).toMatchObject({ startsAt: new Date(target.split('@')[1]!).toISOString(), sequence: 1, status: 'confirmed' });
    const shown = await t.page(`${page()}?saved=rescheduled`, { token: tokens.a });
    expect(text(shown.html)).toContain(fill(zh['booking.rescheduled'], { when: localTimeRange(after.startsAt, after.endsAt) }));
    const history = text(byId(shown.html, 'history-list'));
    expect(history).toContain(zh['historyAction.rescheduled']);
    expect(history).toContain('期中考试');
    expect(history).toContain(fill(zh['booking.moved'], { from: localTimeRange(booking.startsAt, booking.endsAt).slice(0, 16), to: localTimeRange(after.startsAt, after.endsAt).slice(0, 16) }));
    expect(history).toContain('A 校');
    booking = after;
  });

  it('cancels with a reason; a cancelled session can no longer be moved', async () => {
    const refused = await t.page(`${page()}/cancel`, { token: tokens.a, form: { cancelReason: ' ' } });
    expect(refused.res.status).toBe(422);
    expect(byId(refused.html, 'f-cancelReason-error')).not.toBe('');
    const done = await t.page(`${page()}/cancel`, { token: tokens.a, form: { cancelReason: '学校停课' } });
    expect(done.res.headers.get('location')).toBe(`${page()}?saved=cancelled`);
    expect((await api<BookingOut>(`/api/v1/bookings/${booking.id}`)).status).toBe('cancelled');
    const { html } = await t.page(`${page()}?saved=cancelled`, { token: tokens.a });
    expect(text(byId(html, 'booking-facts'))).toContain(zh['bookingStatus.cancelled']);
    expect(byId(html, 'reschedule-form')).toBe('');
    expect(byId(html, 'cancel-form')).toBe('');
    expect(text(byId(html, 'history-list'))).toContain('学校停课');
    const school = await t.page('/school', { token: tokens.a });
    expect(byId(school.html, 'upcoming-list')).not.toContain(`data-booking="${booking.id}"`);
    expect(byId(school.html, 'past-list')).toContain(`data-booking="${booking.id}"`);
  });
});

describe('languages', () => {
  it('shows the School page in English with the toggle', async () => {
    const { html } = await t.page('/school', { token: tokens.a, lang: 'en' });
    for (const key of ['school.book', 'school.upcoming', 'school.vps', 'school.submit'] as const) {
      expect(html).toContain(en[key]);
      expect(html).not.toContain(zh[key]);
    }
  });
});
