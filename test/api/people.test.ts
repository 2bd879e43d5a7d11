import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listOf } from '../../schemas/common.js';
import { Person } from '../../schemas/registry.js';
import { publishedAssignments, rosterVersions, rosters, shifts } from '../../db/schema/index.js';
import { smallRegistry } from '../fixtures/registry.js';
import { testApp, type TestContext } from '../support/app.js';
import { expectProblem } from '../support/problem.js';

let t: TestContext;
let reg: Awaited<ReturnType<typeof smallRegistry>>;
beforeAll(async () => {
  t = await testApp();
  reg = await smallRegistry(t.database);
});
afterAll(() => t.close());

const newPerson = {
  name: '刘洋',
  roles: ['lawyer', 'legal_vice_principal'],
  employerCode: 'F1',
  homeDistrictCode: '520201',
  homeLat: 26.58,
  homeLon: 104.85,
  skills: ['labour', 'land'],
  languages: ['zh', 'yi'],
  contractStart: '2026-01-01',
};

describe('people API', () => {
  it('creates with defaults, reads, updates and deletes a person', async () => {
    const res = await t.call('POST', '/api/v1/people', { body: newPerson });
    expect(res.status).toBe(201);
    const p = Person.parse(await res.json());
    expect(p).toMatchObject({ roles: ['lawyer', 'legal_vice_principal'], maxDutiesPerWeek: 3, maxHoursPerMonth: 60, publicOfficial: false, contractEnd: null });
    const patched = Person.parse(await (await t.call('PATCH', `/api/v1/people/${p.id}`, { body: { maxDutiesPerMonth: 6, languages: ['zh'] } })).json());
    expect(patched).toMatchObject({ maxDutiesPerMonth: 6, languages: ['zh'], skills: ['labour', 'land'] });
    expect((await t.call('DELETE', `/api/v1/people/${p.id}`)).status).toBe(204);
    await expectProblem(await t.call('GET', `/api/v1/people/${p.id}`), 404);
  });

  it('filters by role, district, skill and language, paginated', async () => {
    const parse = async (q: string) => listOf(Person, 'L').parse(await (await t.call('GET', `/api/v1/people${q}`)).json());
    expect((await parse('')).total).toBe(3);
    expect((await parse('?role=mediator')).items.map((p) => p.code)).toEqual(['M1']);
    expect((await parse('?district=520201')).total).toBe(2);
    expect((await parse('?skill=labour')).items.map((p) => p.code)).toEqual(['L1']);
    const page = await parse('?limit=1&offset=1');
    expect(page).toMatchObject({ total: 3, limit: 1, offset: 1 });
    expect(page.items).toHaveLength(1);
  });

  it('refuses a contract that ends before it starts, and an update that would make it so', async () => {
    await expectProblem(await t.call('POST', '/api/v1/people', { body: { ...newPerson, contractEnd: '2025-06-01' } }), 422, '/contractEnd');
    await expectProblem(await t.call('PATCH', `/api/v1/people/${reg.lawyer.id}`, { body: { contractEnd: '2024-01-01' } }), 422, '/contractEnd');
  });

  it('refuses an unknown employer and a district that does not exist', async () => {
    await expectProblem(await t.call('POST', '/api/v1/people', { body: { ...newPerson, employerCode: 'NOPE' } }), 422, '/employerCode');
    await expectProblem(await t.call('POST', '/api/v1/people', { body: { ...newPerson, homeDistrictCode: '529999' } }), 422, '/homeDistrictCode');
  });

  it('refuses with 409 to delete a person with published duties, and keeps them', async () => {
    const db = t.database.db;
    const [roster] = await db.insert(rosters).values({ period: '2026-12', scope: '520201', status: 'solved' }).returning();
    const [shift] = await db
      .insert(shifts)
      .values({ rosterId: roster!.id, siteId: reg.station.id, startsAt: new Date('2026-12-01T01:00:00Z'), endsAt: new Date('2026-12-01T04:00:00Z'), localDate: '2026-12-01', seats: [{ roles: ['lawyer'], skills: [], languages: [], count: 1 }] })
      .returning();
    await db.insert(rosterVersions).values({ rosterId: roster!.id, version: 1, publishedBy: 'test' });
    await db.insert(publishedAssignments).values({ rosterId: roster!.id, version: 1, shiftId: shift!.id, seatGroup: 0, seatIndex: 0, personId: reg.lawyer.id });
    const res = await expectProblem(await t.call('DELETE', `/api/v1/people/${reg.lawyer.id}`), 409);
    expect(res.detail).toContain('王芳');
    expect((await t.call('GET', `/api/v1/people/${reg.lawyer.id}`)).status).toBe(200);
  });
});
