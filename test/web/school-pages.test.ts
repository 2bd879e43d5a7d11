// The School pages through app.request() on the demo data (today is 2026-11-26): a school's page
// against the API's own answers, booking once per form render, a slot taken meanwhile, rule
// refusals in words, reschedule and cancel with history, pending sessions a vice-principal
// confirms, bookable hours, and the coordinators' yearly minimum with proposals to confirm.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/web/i18n/en.js';
import { zh } from '../../src/web/i18n/zh.js';
import { localTimeRange } from '../../src/web/format.js';
import type { BookingOut, ProposalOut, SlotListOut, VicePrincipalOut, YearlyOut } from '../../src/web/school/types.js';
import { byId, webTest, type WebTest } from './helpers.js';

let t: WebTest;
/** A vice-principal serving two schools of 520201 (A and B); C is a school of another district's vice-principal Y. */
let x: VicePrincipalOut;
let schoolA: number;
let schoolB: number;
let y: VicePrincipalOut;
const tokens: Record<string, string> = {};
let booking: BookingOut;

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const fill = (s: string, p: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(p[k]));
const api = async <T,>(path: string, token?: string) => {
  const res = await t.call('GET', path, { token });
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as T;
};
const slotValues = (html: string) => [...html.matchAll(/<input type="radio" name="slot" value="([^"]+)"/g)].map((m) => m[1]!);
const keyOf = (html: string) => /name="key" value="([^"]+)"/.exec(html)![1]!;
const current = (v: VicePrincipalOut) => v.startsOn <= '2026-11-26' && (v.endsOn === null || v.endsOn >= '2026-11-26');

beforeAll(async () => {
  t = await webTest();
  const all = (await api<{ items: VicePrincipalOut[] }>('/api/v1/vice-principals?district=520201&limit=500')).items.filter(current);
  const schoolsOf = (id: number) => all.filter((v) => v.personId === id);
  x = all.find((v) => schoolsOf(v.personId).length === 2)!;
  [schoolA, schoolB] = schoolsOf(x.personId).map((v) => v.schoolId) as [number, number];
  const others = (await api<{ items: VicePrincipalOut[] }>('/api/v1/vice-principals?district=520204&limit=500')).items.filter(current);
  y = others[0]!;
  tokens.a = await t.token({ role: 'school', siteId: schoolA, label: 'A 校' });
  tokens.b = await t.token({ role: 'school', siteId: schoolB });
  tokens.c = await t.token({ role: 'school', siteId: y.schoolId });
  tokens.y = await t.token({ role: 'person', personId: y.personId });
  tokens.liuzhi = await t.token({ role: 'coordinator', districtCode: '520203' });
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
    expect((await t.page('/school', { token: tokens.y })).res.status).toBe(403);
  });
});

describe('a booking’s page', () => {
  const page = () => `/school/${schoolA}/bookings/${booking.id}`;

  it('reschedules to a new slot with a reason and keeps the history', async () => {
    const { html } = await t.page(page(), { token: tokens.a });
    expect(byId(html, 'history-list')).toContain(zh['historyAction.created']);
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

describe('a vice-principal', () => {
  it('confirms a pending session from their own page', async () => {
    expect((await t.call('PUT', `/api/v1/people/${y.personId}/availability`, { body: { weekly: [], requiresConfirmation: true } })).status).toBe(200);
    const { html } = await t.page('/school', { token: tokens.c });
    expect(text(byId(html, 'vice-principals'))).toContain(zh['school.needsConfirm']);
    const slot = slotValues(html).find((v) => v.startsWith(`${y.personId}@`))!;
    const made = await t.page(`/school/${y.schoolId}/book`, { token: tokens.c, form: { key: 'c-1', minutes: '45', from: '2026-11-26', slot, topic: '' } });
    const id = Number(/booked=(\d+)/.exec(made.res.headers.get('location')!)![1]);
    const shown = await t.page(made.res.headers.get('location')!, { token: tokens.c });
    const b = await api<BookingOut>(`/api/v1/bookings/${id}`);
    expect(text(shown.html)).toContain(fill(zh['school.bookedPending'], { when: localTimeRange(b.startsAt, b.endsAt) }));
    expect(byId(shown.html, 'upcoming-list')).toMatch(new RegExp(`data-booking="${id}" class="pending"[\\s\\S]*${zh['bookingStatus.pending']}`));

    // The vice-principal may read, confirm or cancel the session, but not move it.
    const theirs = await t.page(`/school/${y.schoolId}/bookings/${id}`, { token: tokens.y });
    expect(theirs.res.status).toBe(200);
    expect(theirs.html).toContain(`action="/school/${y.schoolId}/bookings/${id}/confirm"`);
    expect(byId(theirs.html, 'cancel-form')).not.toBe('');
    expect(byId(theirs.html, 'reschedule-form')).toBe('');
    expect(theirs.html).toContain(`<a href="/people/${y.personId}#sessions">${y.schoolName}</a>`);
    const mine = await t.page(`/people/${y.personId}`, { token: tokens.y });
    expect(text(byId(mine.html, 'vp-pending'))).toContain(y.schoolName);
    expect(mine.html).toContain(`action="/people/${y.personId}/bookings/${id}/confirm"`);
    const ok = await t.page(`/people/${y.personId}/bookings/${id}/confirm`, { token: tokens.y, form: {} });
    expect(ok.res.headers.get('location')).toBe(`/people/${y.personId}?saved=confirmed#sessions`);
    expect((await api<BookingOut>(`/api/v1/bookings/${id}`)).status).toBe('confirmed');
    const after = await t.page(`/people/${y.personId}?saved=confirmed`, { token: tokens.y });
    expect(byId(after.html, 'vp-upcoming')).toContain(`data-booking="${id}"`);
    expect(text(after.html)).toContain(zh['vp.confirmed']);
  });

  it('edits their weekly bookable hours (errors beside the row) and one date', async () => {
    const base = `/people/${y.personId}/availability`;
    const { html } = await t.page(base, { token: tokens.y });
    expect(html).toContain('name="w0-start"');
    const bad = { rows: '3', 'w0-weekday': 'MO', 'w0-start': '09:00', 'w0-end': '11:00', 'w2-weekday': 'TU', 'w2-start': '15:00', 'w2-end': '14:00', requiresConfirmation: '1' };
    const refused = await t.page(base, { token: tokens.y, form: bad });
    expect(refused.res.status).toBe(422);
    expect(byId(refused.html, 'f-w2-end-error')).not.toBe('');
    expect(refused.html).toContain('id="f-w0-start" name="w0-start" type="time" value="09:00"');
    const saved = await t.page(base, { token: tokens.y, form: { ...bad, 'w2-end': '17:00' } });
    expect(saved.res.headers.get('location')).toBe(`${base}?saved=1`);
    const a = await api<{ weekly: { weekday: string; start: string; end: string }[]; requiresConfirmation: boolean }>(`/api/v1${base}`);
    expect(a.weekly.map((w) => `${w.weekday} ${w.start}-${w.end}`)).toEqual(['MO 09:00-11:00', 'TU 15:00-17:00']);
    expect(a.requiresConfirmation).toBe(true);

    const day = await t.page(`${base}/overrides`, { token: tokens.y, form: { ovDate: '2026-12-03', ovStart: '', ovEnd: '', ovNote: '开会' } });
    expect(day.res.status).toBe(303);
    const listed = await t.page(base, { token: tokens.y });
    expect(text(byId(listed.html, 'override-list'))).toContain(`2026-12-03 ${zh['avail.closedDay']} 开会`);
    const noDate = await t.page(`${base}/overrides`, { token: tokens.y, form: { ovDate: '' } });
    expect(byId(noDate.html, 'f-ovDate-error')).not.toBe('');
    await t.page(`${base}/overrides/2026-12-03/delete`, { token: tokens.y, form: {} });
    expect((await api<{ overrides: unknown[] }>(`/api/v1${base}`)).overrides).toEqual([]);
  });
});

describe('coordinators', () => {
  it('see the schools of their district behind the yearly minimum, filtered and searched', async () => {
    const report = await api<YearlyOut>('/api/v1/bookings/yearly-minimum', tokens.liuzhi);
    const { html } = await t.page('/school', { token: tokens.liuzhi });
    expect(text(byId(html, 'minimum-lead')).trim()).toBe(fill(zh['minimum.lead'], { year: report.schoolYear, schools: report.schools, behind: report.behind, required: 4 }));
    const rows = [...byId(html, 'minimum-list').matchAll(/<a href="\/school\/(\d+)">/g)].map((m) => Number(m[1]));
    expect(rows).toHaveLength(Math.min(50, report.behind));
    const behind = new Set(report.rows.filter((r) => r.behind).map((r) => r.siteId));
    expect(rows.every((id) => behind.has(id))).toBe(true);
    const all = await t.page('/school?show=all', { token: tokens.liuzhi });
    expect(text(all.html)).toContain(fill(zh['minimum.listAll'], { n: report.schools }));
    const one = report.rows[0]!;
    const found = await t.page(`/school?show=all&q=${encodeURIComponent(one.name)}`, { token: tokens.liuzhi });
    expect(byId(found.html, 'minimum-list')).toContain(`<a href="/school/${one.siteId}">${one.name}</a>`);
  });

  it('propose sessions: a dry run writes nothing, then they are created as pending', async () => {
    const pending = async () => (await api<{ total: number }>('/api/v1/bookings?status=pending&district=520203&limit=1')).total;
    expect(await pending()).toBe(0);
    const dry = await t.page('/school/propose', { token: tokens.liuzhi, form: { district: '520203', engine: 'greedy', dryRun: '1' } });
    expect(dry.res.status).toBe(200);
    const res = await t.call('POST', '/api/v1/bookings/propose', { token: tokens.liuzhi, body: { district: '520203', engine: 'greedy', dryRun: true } });
    const r = (await res.json()) as ProposalOut;
    expect(r.proposals.length).toBeGreaterThan(0);
    const lead = fill(zh['minimum.resultLead'], { behind: r.behind, alreadyPending: r.alreadyPending, proposedFor: r.proposedFor, covered: r.covered, partly: r.partlyCovered, uncovered: r.uncovered, sessions: r.proposals.length });
    expect(text(byId(dry.html, 'proposal-lead')).trim()).toBe(lead);
    expect(byId(dry.html, 'proposal-list').match(/<tr>/g)).toHaveLength(Math.min(100, r.proposals.length) + 1);
    expect(await pending()).toBe(0);
    const made = await t.page('/school/propose', { token: tokens.liuzhi, form: { district: '520203', engine: 'greedy', dryRun: '0' } });
    expect(made.res.headers.get('location')).toBe(`/school/pending?district=520203&created=${r.proposals.length}`);
    expect(await pending()).toBe(r.proposals.length);
    const shown = await t.page(made.res.headers.get('location')!, { token: tokens.liuzhi });
    expect(text(shown.html)).toContain(fill(zh['minimum.created'], { n: r.proposals.length }));
  });

  it('confirm pending sessions: the chosen ones, then a whole page', async () => {
    const total = async () => (await api<{ total: number }>('/api/v1/bookings?status=pending&district=520203&limit=1')).total;
    const before = await total();
    const { html } = await t.page('/school/pending?district=520203', { token: tokens.liuzhi });
    expect(text(byId(html, 'pending-lead'))).toContain(fill(zh['pending.lead'], { scope: '六枝特区', n: before }));
    const ids = [...html.matchAll(/name="pageId" value="(\d+)"/g)].map((m) => m[1]!);
    expect(ids).toHaveLength(Math.min(50, before));
    expect(html).toMatch(/<label class="check"><input type="checkbox" name="id" value="\d+"\/><span class="sr-only">选择 /);
    const chosen = await t.page('/school/confirm', { token: tokens.liuzhi, form: { district: '520203', page: '1', scope: 'selected', id: ids.slice(0, 2), pageId: ids } });
    expect(chosen.res.headers.get('location')).toBe('/school/pending?district=520203&confirmed=2');
    expect(await total()).toBe(before - 2);
    const nothing = await t.page('/school/confirm', { token: tokens.liuzhi, form: { district: '520203', page: '1', scope: 'selected', pageId: ids } });
    expect(nothing.res.status).toBe(422);
    expect(text(nothing.html)).toContain(zh['pending.noneSelected']);
    const rest = ids.slice(2, 12);
    const page = await t.page('/school/confirm', { token: tokens.liuzhi, form: { district: '520203', page: '1', scope: 'page', pageId: rest } });
    expect(page.res.headers.get('location')).toBe(`/school/pending?district=520203&confirmed=${rest.length}`);
    expect(await total()).toBe(before - 2 - rest.length);
    // Confirming again is refused per booking, and the page says which.
    const again = await t.page('/school/confirm', { token: tokens.liuzhi, form: { district: '520203', page: '1', scope: 'selected', id: ids.slice(0, 1), pageId: ids } });
    expect(text(byId(again.html, 'form-problem'))).toContain(fill(zh['pending.failed'], { n: 1 }));
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
