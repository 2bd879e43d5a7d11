// The other roles of the School pages through app.request() on the demo data (today is
// 2026-11-26): a vice-principal confirming a school's pending session and editing their bookable
// hours; a district coordinator's yearly-minimum list, proposals (dry run, then pending) and
// confirming pending sessions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zh } from '../../src/web/i18n/zh.js';
import { localTimeRange } from '../../src/web/format.js';
import type { BookingOut, ProposalOut, VicePrincipalOut, YearlyOut } from '../../src/web/school/types.js';
import { byId, webTest, type WebTest } from './helpers.js';
import { apiGet, current, fill, slotValues, text } from './school-helpers.js';

let t: WebTest;
/** A vice-principal of 520204 and one of their schools. */
let y: VicePrincipalOut;
const tokens: Record<string, string> = {};
const api = <T,>(path: string, token?: string) => apiGet<T>(t, path, token);

beforeAll(async () => {
  t = await webTest();
  y = (await api<{ items: VicePrincipalOut[] }>('/api/v1/vice-principals?district=520204&limit=500')).items.filter(current)[0]!;
  tokens.c = await t.token({ role: 'school', siteId: y.schoolId });
  tokens.y = await t.token({ role: 'person', personId: y.personId });
  tokens.liuzhi = await t.token({ role: 'coordinator', districtCode: '520203' });
});
afterAll(() => t.close());

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
