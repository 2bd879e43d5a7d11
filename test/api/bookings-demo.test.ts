// The yearly minimum and proposals on the Liupanshui demo data (now = 2026-11-26): every school
// starts behind; demo sessions already held this term put some on track; proposals cover the
// rest as pending bookings a coordinator confirms.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../db/repositories/tokens.js';
import { appointments, bookings, people, sites } from '../../db/schema/index.js';
import { Booking, ProposalReport, YearlyReport } from '../../schemas/bookings.js';
import { loadCalendarOrThrow as defaultCalendar } from '../../src/calendar.js';
import { demoPastSessions } from '../../src/bookings/demo.js';
import { seedDemoSessions } from '../../src/bookings/demo-seed.js';
import { isSchoolDay } from '../../src/domain/working-days.js';
import { testApp, type TestContext } from '../support/app.js';
import { expectProblem } from '../support/problem.js';

let t: TestContext;
let schoolCount: number;
let shuicheng: string;
let seededPast: number;
beforeAll(async () => {
  t = await testApp('demo');
  // The demo template holds the sessions `npm start` seeds as already held; start from none, and
  // let the third test seed them again and check what they add.
  seededPast = (await t.database.db.select({ id: bookings.id }).from(bookings)).length;
  await t.database.db.delete(bookings);
  schoolCount = (await t.database.db.select({ id: sites.id }).from(sites).where(eq(sites.type, 'school'))).length;
  shuicheng = (await createApiToken(t.database.db, { role: 'coordinator', districtCode: '520204' })).token;
});
afterAll(() => t.close());

const report = async (token = t.tokens.admin, q = '') => {
  const res = await t.call('GET', `/api/v1/bookings/yearly-minimum${q}`, { token });
  expect(res.status, await res.clone().text()).toBe(200);
  return YearlyReport.parse(await res.json());
};
const propose = async (token: string, body: Record<string, unknown>) => {
  const res = await t.call('POST', '/api/v1/bookings/propose', { token, body });
  expect(res.status, await res.clone().text()).toBe(200);
  return ProposalReport.parse(await res.json());
};
const local = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);

describe('yearly minimum on the demo data', () => {
  it('with no bookings every school is behind by 4 class hours', async () => {
    const r = await report();
    expect(r).toMatchObject({ schoolYear: '2026-2027', requiredMinutes: 180, schools: schoolCount, behind: schoolCount });
    expect(r.rows.every((row) => row.shortMinutes === 180)).toBe(true);
  });

  it('a dry-run proposal covers every school with valid, non-overlapping sessions and writes nothing', async () => {
    const p = await propose(t.tokens.cityCoordinator!, { dryRun: true });
    expect(p).toMatchObject({ behind: schoolCount, proposedFor: schoolCount, alreadyPending: 0 });
    expect(p.covered + p.partlyCovered + p.uncovered).toBe(p.proposedFor);
    expect(p.covered).toBeGreaterThan(schoolCount * 0.95);
    const cal = defaultCalendar();
    const byPerson = new Map<number, { s: number; e: number }[]>();
    for (const s of p.proposals) {
      expect(s.bookingId).toBeUndefined();
      const date = local(s.startsAt);
      expect(isSchoolDay(cal, date)).toEqual({ ok: true, value: true });
      expect(date >= '2026-11-29' && date <= '2027-01-25').toBe(true); // notice 3 days, horizon 60
      const list = byPerson.get(s.personId) ?? [];
      list.push({ s: Date.parse(s.startsAt), e: Date.parse(s.endsAt) });
      byPerson.set(s.personId, list);
    }
    for (const list of byPerson.values()) {
      const sorted = list.sort((a, b) => a.s - b.s);
      for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.s).toBeGreaterThanOrEqual(sorted[i - 1]!.e);
    }
    expect((await t.database.db.select().from(bookings)).length).toBe(0);
    // The roster solver made these; the greedy slot finder covers no more.
    expect(p.engine).toBe('solver');
    const greedy = await propose(t.tokens.cityCoordinator!, { dryRun: true, engine: 'greedy' });
    expect(greedy.engine).toBe('greedy');
    expect(p.covered).toBeGreaterThanOrEqual(greedy.covered);
  });

  it('demo sessions already held this term put some schools on track', async () => {
    const codes = await t.database.db.select({ code: sites.code, type: sites.type }).from(sites).where(eq(sites.type, 'school'));
    const appts = await t.database.db
      .select({ kind: appointments.kind, personCode: people.code, siteCode: sites.code, startsOn: appointments.startsOn, endsOn: appointments.endsOn })
      .from(appointments)
      .innerJoin(people, eq(people.id, appointments.personId))
      .innerJoin(sites, eq(sites.id, appointments.siteId));
    const past = demoPastSessions({ sites: codes, appointments: appts, calendar: defaultCalendar(), before: '2026-11-26' });
    expect(past.length).toBeGreaterThan(0);
    expect(past.length).toBe(seededPast); // what the demo seeding wrote
    expect(past.every((s) => s.endsAt < '2026-11-26')).toBe(true);
    await seedDemoSessions(t.database.db, past, t.deps.now());
    const r = await report();
    const minutes = past.reduce((sum, s) => sum + (Date.parse(s.endsAt) - Date.parse(s.startsAt)) / 60_000, 0);
    expect(r.rows.reduce((sum, row) => sum + row.confirmedMinutes, 0)).toBe(minutes);
    expect(r.rows.every((row) => row.heldMinutes === row.confirmedMinutes)).toBe(true);
    const done = new Set(r.rows.filter((row) => row.confirmedMinutes >= 180).map((row) => row.siteId));
    expect(r.behind).toBe(schoolCount - done.size);
    expect(done.size).toBeGreaterThan(0);
    expect(r.behind).toBeGreaterThan(0);
  });

  it('a district coordinator proposes for its district only; the proposals are pending and counted', async () => {
    await expectProblem(await t.call('POST', '/api/v1/bookings/propose', { token: shuicheng, body: { district: '520201' } }), 403);
    const before = await report(shuicheng);
    expect(before.rows.every((row) => row.districtCode === '520204')).toBe(true);
    const p = await propose(shuicheng, {});
    expect(p.behind).toBe(before.behind);
    expect(p.covered).toBe(p.proposedFor);
    expect(p.proposals.every((s) => s.bookingId !== undefined)).toBe(true);
    const after = await report(shuicheng);
    const pending = after.rows.filter((row) => row.pendingMinutes > 0);
    expect(pending.length).toBe(p.proposedFor);
    for (const row of pending) expect(row.pendingMinutes).toBeGreaterThanOrEqual(row.shortMinutes);
    // Proposing again adds nothing: the pending sessions already make up every shortfall.
    const again = await propose(shuicheng, {});
    expect(again).toMatchObject({ alreadyPending: p.proposedFor, proposedFor: 0, proposals: [] });
  });

  it('the district’s coordinator confirms a proposal, which then counts; others may not', async () => {
    const list = await (await t.call('GET', '/api/v1/bookings?origin=proposal&status=pending&limit=1', { token: shuicheng })).json();
    const proposal = Booking.parse((list as { items: unknown[] }).items[0]);
    expect(proposal.history[0]).toMatchObject({ action: 'proposed' });
    const zhongshan = (await createApiToken(t.database.db, { role: 'coordinator', districtCode: '520201' })).token;
    await expectProblem(await t.call('POST', `/api/v1/bookings/${proposal.id}/confirm`, { token: zhongshan, body: {} }), 403);
    const before = (await report(shuicheng)).rows.find((row) => row.siteId === proposal.schoolId)!;
    const ok = Booking.parse(await (await t.call('POST', `/api/v1/bookings/${proposal.id}/confirm`, { token: shuicheng, body: {} })).json());
    expect(ok).toMatchObject({ status: 'confirmed', sequence: 1 });
    const after = (await report(shuicheng)).rows.find((row) => row.siteId === proposal.schoolId)!;
    expect(after.confirmedMinutes).toBe(before.confirmedMinutes + ok.minutes);
    expect(after.pendingMinutes).toBe(before.pendingMinutes - ok.minutes);
  });

  it('a school sees only its own row', async () => {
    const [school] = await t.database.db.select({ id: sites.id }).from(sites).where(eq(sites.type, 'school')).limit(1);
    const token = (await createApiToken(t.database.db, { role: 'school', siteId: school!.id })).token;
    const r = await report(token);
    expect(r.rows.map((row) => row.siteId)).toEqual([school!.id]);
    await expectProblem(await t.call('POST', '/api/v1/bookings/propose', { token, body: {} }), 403);
  });
});
