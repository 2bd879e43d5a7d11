// Booked school sessions inside the roster: the solver keeps them as pinned duties of the
// vice-principal, and a manual edit that collides with one is refused.
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookings, people, sites } from '../../db/schema/index.js';
import { Roster } from '../../schemas/rosters.js';
import type { SolveQueue } from '../../src/roster/jobs.js';
import { testApp, type TestContext } from '../support/app.js';
import { expectProblem } from '../support/problem.js';
import { waitForStatus, withQueue } from '../support/queue.js';

interface Row { shiftId: number; seatGroup: number; personId: number; startsAt: string; endsAt: string; siteName: string }

let t: TestContext;
let queue: SolveQueue;
let lawyer: { id: number; name: string };
let schoolName: string;
const booking = { startsAt: new Date('2026-12-08T01:30:00Z'), endsAt: new Date('2026-12-08T03:00:00Z') }; // 09:30–11:00 local

beforeAll(async () => {
  t = await testApp('demo');
  queue = await withQueue(t);
  const db = t.database.db;
  [lawyer] = await db.select({ id: people.id, name: people.name }).from(people).where(and(eq(people.homeDistrictCode, '520203'), sql`'lawyer' = any(${people.roles})`)).orderBy(people.id).limit(1) as [{ id: number; name: string }];
  const [school] = await db.select({ id: sites.id, name: sites.name }).from(sites).where(and(eq(sites.districtCode, '520203'), eq(sites.type, 'school'))).limit(1);
  schoolName = school!.name;
  await db.insert(bookings).values({ schoolSiteId: school!.id, personId: lawyer.id, ...booking, status: 'confirmed', topic: '法治第一课' });
}, 120_000);
afterAll(async () => {
  await queue.stop();
  await t.close();
});

const overlaps = (r: Row) => Date.parse(r.startsAt) < booking.endsAt.getTime() && Date.parse(r.endsAt) > booking.startsAt.getTime();

describe('bookings in the roster', () => {
  it('the solver keeps a booked session as a pinned duty and plans around it; an edit into it is refused', async () => {
    const res = await t.call('POST', '/api/v1/rosters', { body: { period: '2026-12', scope: '520203', seconds: 3 } });
    const { id } = Roster.parse(await res.json());
    const done = Roster.parse(await waitForStatus(t, id, ['solved', 'failed']));
    expect(done.score!.hard).toBe(0);
    const mine = ((await (await t.call('GET', `/api/v1/rosters/${id}/assignments?person=${lawyer.id}`)).json()) as { items: Row[] }).items;
    expect(mine.some(overlaps)).toBe(false);

    const all = ((await (await t.call('GET', `/api/v1/rosters/${id}/assignments?day=2026-12-08`)).json()) as { items: Row[] }).items;
    const target = all.find((r) => overlaps(r) && r.personId !== lawyer.id && r.siteName.includes('中心') && r.seatGroup === 0)!;
    expect(target, 'a lawyer duty overlapping the session').toBeDefined();
    const etag = (await t.call('GET', `/api/v1/rosters/${id}`)).headers.get('etag')!;
    const refused = await t.call('POST', `/api/v1/rosters/${id}/edits`, {
      headers: { 'if-match': etag },
      body: { op: 'swap', shiftId: target.shiftId, seatGroup: 0, personId: target.personId, withPersonId: lawyer.id },
    });
    const problem = await expectProblem(refused, 409);
    expect(problem.detail).toContain(lawyer.name);
    expect(problem.detail).toContain(schoolName); // the sentence names where the session is
  });
});
