import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listOf } from '../../schemas/common.js';
import { Site } from '../../schemas/registry.js';
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

const newSite = {
  type: 'resettlement',
  name: '大湾安置点',
  districtCode: '520201',
  townshipCode: '520201001',
  address: '钟山区大湾镇',
  lat: 26.7,
  lon: 104.7,
  languagesNeeded: ['yi'],
  population: 4200,
};

describe('sites API', () => {
  it('creates, reads, updates and deletes a site', async () => {
    const created = await t.call('POST', '/api/v1/sites', { body: newSite });
    expect(created.status).toBe(201);
    const site = Site.parse(await created.json());
    expect(site).toMatchObject({ type: 'resettlement', districtCode: '520201', population: 4200, languagesNeeded: ['yi'] });
    expect(site.code).toMatch(/^S-/);

    const got = Site.parse(await (await t.call('GET', `/api/v1/sites/${site.id}`)).json());
    expect(got.name).toBe('大湾安置点');

    const patched = await t.call('PATCH', `/api/v1/sites/${site.id}`, { body: { name: '大湾易地扶贫搬迁安置点', population: 5000 } });
    expect(patched.status, await patched.clone().text()).toBe(200);
    expect(Site.parse(await patched.json())).toMatchObject({ name: '大湾易地扶贫搬迁安置点', population: 5000, lat: 26.7 });

    expect((await t.call('DELETE', `/api/v1/sites/${site.id}`)).status).toBe(204);
    await expectProblem(await t.call('GET', `/api/v1/sites/${site.id}`), 404);
  });

  it('lists with filters and pagination, with the total count', async () => {
    const all = listOf(Site, 'L').parse(await (await t.call('GET', '/api/v1/sites?limit=2')).json());
    expect(all.total).toBe(5);
    expect(all.items).toHaveLength(2);
    const page2 = listOf(Site, 'L').parse(await (await t.call('GET', '/api/v1/sites?limit=2&offset=2')).json());
    expect(page2.items.map((s) => s.id)).not.toContain(all.items[0]!.id);
    const schools = listOf(Site, 'L').parse(await (await t.call('GET', '/api/v1/sites?type=school')).json());
    expect(schools.total).toBe(3);
    expect(schools.items.every((s) => s.type === 'school')).toBe(true);
    const shuicheng = listOf(Site, 'L').parse(await (await t.call('GET', '/api/v1/sites?district=520204')).json());
    expect(shuicheng.items.map((s) => s.code)).toEqual(['WR1']);
    const search = listOf(Site, 'L').parse(await (await t.call('GET', `/api/v1/sites?q=${encodeURIComponent('第二')}`)).json());
    expect(search.items.map((s) => s.code)).toEqual(['SC2']);
  });

  it('rejects a township of another district, naming townshipCode', async () => {
    await expectProblem(await t.call('POST', '/api/v1/sites', { body: { ...newSite, townshipCode: '520204001' } }), 422, '/townshipCode');
  });

  it('rejects an online desk check: physical sites need coordinates, online may have none', async () => {
    await expectProblem(await t.call('POST', '/api/v1/sites', { body: { ...newSite, lat: null, lon: null } }), 422, '/lat');
    const online = await t.call('POST', '/api/v1/sites', { body: { type: 'online', name: '12348 热线', districtCode: null } });
    expect(online.status).toBe(201);
  });

  it('refuses to delete a site that appointments refer to', async () => {
    const appt = await t.call('POST', '/api/v1/appointments', { body: { kind: 'vice_principal', personId: reg.vp.id, siteId: reg.school3.id, startsOn: '2025-09-01' } });
    expect(appt.status).toBe(201);
    await expectProblem(await t.call('DELETE', `/api/v1/sites/${reg.school3.id}`), 409);
  });
});
