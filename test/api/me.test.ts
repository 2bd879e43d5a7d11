// GET /api/v1/me and /api/v1/me/rosters: who a token speaks for, per role, never the token; the
// rosters of a month that hold a person's duties, for that person only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { assignments, rosters, shifts } from '../../db/schema/index.js';
import { createApiToken } from '../../db/repositories/tokens.js';
import { Me } from '../../schemas/me.js';
import { Roster } from '../../schemas/rosters.js';
import { z } from 'zod';
import { createRoster } from '../../src/roster/generate.js';
import { testApp, type TestContext } from '../support/app.js';
import { expectProblem } from '../support/problem.js';

let t: TestContext;
let lawyer: { id: number; name: string; code: string; homeDistrictCode: string };
let school: { id: number; name: string; districtCode: string };
beforeAll(async () => {
  t = await testApp('demo');
  lawyer = ((await (await t.call('GET', '/api/v1/people?role=lawyer&district=520203&limit=1')).json()) as { items: (typeof lawyer)[] }).items[0]!;
  school = ((await (await t.call('GET', '/api/v1/sites?type=school&district=520201&limit=1')).json()) as { items: (typeof school)[] }).items[0]!;
});
afterAll(() => t.close());

const me = async (token: string) => {
  const res = await t.call('GET', '/api/v1/me', { token });
  expect(res.status).toBe(200);
  const text = await res.text();
  expect(text).not.toContain(token);
  expect(text).not.toContain(token.split('_')[1]!); // not even the public part
  return Me.parse(JSON.parse(text));
};

describe('GET /me', () => {
  it('tells an admin and a city coordinator they act on the whole city', async () => {
    expect(await me(t.tokens.admin!)).toMatchObject({ role: 'admin', label: 'test admin', scope: { level: 'city', districtCode: null, districtName: null }, person: null, site: null });
    expect((await me(t.tokens.cityCoordinator!)).scope).toEqual({ level: 'city', districtCode: null, districtName: null });
  });

  it('tells a district coordinator its district', async () => {
    const token = (await createApiToken(t.database.db, { role: 'coordinator', districtCode: '520204', label: '水城区协调员' })).token;
    expect(await me(token)).toMatchObject({ role: 'coordinator', districtCode: '520204', label: '水城区协调员', scope: { level: 'district', districtCode: '520204', districtName: '水城区' } });
  });

  it('names the person of a person token and the school of a school token', async () => {
    const person = (await createApiToken(t.database.db, { role: 'person', personId: lawyer.id })).token;
    expect(await me(person)).toMatchObject({
      role: 'person',
      personId: lawyer.id,
      scope: { level: 'person', districtCode: lawyer.homeDistrictCode, districtName: '六枝特区' },
      person: { id: lawyer.id, name: lawyer.name, code: lawyer.code, homeDistrictCode: lawyer.homeDistrictCode },
      site: null,
    });
    const sch = (await createApiToken(t.database.db, { role: 'school', siteId: school.id })).token;
    expect(await me(sch)).toMatchObject({ role: 'school', siteId: school.id, scope: { level: 'site', districtCode: '520201', districtName: '钟山区' }, site: { id: school.id, name: school.name, type: 'school' } });
  });

  it('answers 401 without a token or with a revoked one', async () => {
    await expectProblem(await t.call('GET', '/api/v1/me', { token: null }), 401);
    await expectProblem(await t.call('GET', '/api/v1/me', { token: `${t.tokens.admin!.slice(0, -4)}AAAA` }), 401);
  });
});

describe('GET /me/rosters', () => {
  it('lists the rosters of the month where the person holds a duty, and no others', async () => {
    const { roster } = await createRoster(t.database.db, t.deps.calendar, { period: '2026-12', scope: '520203', seconds: 1, seed: 1, actor: 'test' });
    // Another roster of the month in which the lawyer holds nothing.
    const [other] = await t.database.db.insert(rosters).values({ period: '2026-12', scope: '520201', status: 'solved', seconds: 1, seed: 1, createdBy: 'test' }).returning();
    const [shift] = await t.database.db.select().from(shifts).where(eq(shifts.rosterId, roster.id)).limit(1);
    await t.database.db.insert(assignments).values({ rosterId: roster.id, shiftId: shift!.id, seatGroup: 0, seatIndex: 0, personId: lawyer.id });
    const person = (await createApiToken(t.database.db, { role: 'person', personId: lawyer.id })).token;
    const list = z.object({ items: z.array(Roster) });
    const dec = list.parse(await (await t.call('GET', '/api/v1/me/rosters?period=2026-12', { token: person })).json());
    expect(dec.items.map((r) => r.id)).toEqual([roster.id]);
    expect(dec.items.map((r) => r.id)).not.toContain(other!.id);
    const nov = list.parse(await (await t.call('GET', '/api/v1/me/rosters?period=2026-11', { token: person })).json());
    expect(nov.items).toEqual([]);
  });

  it('refuses tokens that have no duties of their own, and a malformed month', async () => {
    await expectProblem(await t.call('GET', '/api/v1/me/rosters?period=2026-12'), 403);
    const person = (await createApiToken(t.database.db, { role: 'person', personId: lawyer.id })).token;
    await expectProblem(await t.call('GET', '/api/v1/me/rosters?period=2026-13', { token: person }), 422, '/period');
  });
});
