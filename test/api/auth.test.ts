import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken, ensureAdminToken, revokeApiToken } from '../../db/repositories/tokens.js';
import { apiTokens } from '../../db/schema/index.js';
import { smallRegistry } from '../fixtures/registry.js';
import { testApp, type TestContext } from '../support/app.js';
import { expectProblem } from '../support/problem.js';

let t: TestContext;
let reg: Awaited<ReturnType<typeof smallRegistry>>;
const tok: Record<string, string> = {};
beforeAll(async () => {
  t = await testApp();
  reg = await smallRegistry(t.database);
  const db = t.database.db;
  tok.zhongshan = (await createApiToken(db, { role: 'coordinator', districtCode: '520201' })).token;
  tok.person = (await createApiToken(db, { role: 'person', personId: reg.lawyer.id })).token;
  tok.school = (await createApiToken(db, { role: 'school', siteId: reg.school.id })).token;
});
afterAll(() => t.close());

const shuichengSite = { type: 'station', name: '双水街道工作站', districtCode: '520204', townshipCode: '520204001', lat: 26.55, lon: 104.95 };

describe('authentication', () => {
  it('answers 401 problem+json without a token, with a malformed header, and with an unknown token', async () => {
    await expectProblem(await t.call('GET', '/api/v1/sites', { token: null }), 401);
    const res = await t.call('GET', '/api/v1/sites', { token: null, headers: { authorization: 'Basic abc' } });
    await expectProblem(res, 401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    const forged = t.tokens.admin!.slice(0, -4) + 'AAAA';
    await expectProblem(await t.call('GET', '/api/v1/sites', { token: forged }), 401);
  });

  it('stores only a hash of the secret, and a revoked token stops working', async () => {
    const { id, token } = await createApiToken(t.database.db, { role: 'finance' });
    const rows = await t.database.db.select().from(apiTokens);
    expect(rows.some((r) => r.secretHash === token || token.includes(r.secretHash))).toBe(false);
    expect((await t.call('GET', '/api/v1/people', { token })).status).toBe(200);
    expect(await revokeApiToken(t.database.db, id)).toBe(true);
    await expectProblem(await t.call('GET', '/api/v1/people', { token }), 401);
  });

  it('ensures an operator-chosen admin token exists, once', async () => {
    const chosen = 'operator-chosen-admin-token-0123456789';
    await ensureAdminToken(t.database.db, chosen);
    await ensureAdminToken(t.database.db, chosen);
    expect((await t.call('POST', '/api/v1/sites', { token: chosen, body: { ...shuichengSite, name: 'A' } })).status).toBe(201);
    const admins = (await t.database.db.select().from(apiTokens)).filter((r) => r.label === 'ZHIBAN_ADMIN_TOKEN');
    expect(admins).toHaveLength(1);
  });
});

describe('authorisation by role', () => {
  it('lets a district coordinator write in its district and answers 403 for another district', async () => {
    expect((await t.call('POST', '/api/v1/sites', { token: tok.zhongshan, body: { ...shuichengSite, districtCode: '520201', townshipCode: '520201001' } })).status).toBe(201);
    await expectProblem(await t.call('POST', '/api/v1/sites', { token: tok.zhongshan, body: shuichengSite }), 403);
    await expectProblem(await t.call('PATCH', `/api/v1/sites/${reg.workroom.id}`, { token: tok.zhongshan, body: { name: 'x' } }), 403);
    await expectProblem(await t.call('PATCH', `/api/v1/people/${reg.mediator.id}`, { token: tok.zhongshan, body: { phone: '1' } }), 403);
    await expectProblem(await t.call('POST', '/api/v1/unavailability', { token: tok.zhongshan, body: { personId: reg.mediator.id, kind: 'leave', startsAt: '2026-12-01T00:00:00+08:00', endsAt: '2026-12-02T00:00:00+08:00' } }), 403);
    await expectProblem(await t.call('POST', '/api/v1/districts', { token: tok.zhongshan, body: { code: '520203', name: '六枝特区', seatLat: 26.21, seatLon: 105.48 } }), 403);
    // It may still read the whole city.
    expect((await t.call('GET', '/api/v1/sites?district=520204', { token: tok.zhongshan })).status).toBe(200);
  });

  it('lets a city coordinator write in every district', async () => {
    expect((await t.call('POST', '/api/v1/sites', { token: t.tokens.cityCoordinator, body: { ...shuichengSite, name: 'B' } })).status).toBe(201);
  });

  it('keeps a person to themself', async () => {
    expect((await t.call('GET', `/api/v1/people/${reg.lawyer.id}`, { token: tok.person })).status).toBe(200);
    await expectProblem(await t.call('GET', `/api/v1/people/${reg.mediator.id}`, { token: tok.person }), 403);
    await expectProblem(await t.call('GET', '/api/v1/people', { token: tok.person }), 403);
    await expectProblem(await t.call('PATCH', `/api/v1/people/${reg.lawyer.id}`, { token: tok.person, body: { maxDutiesPerMonth: 9 } }), 403);
  });

  it('keeps a school to its own school', async () => {
    expect((await t.call('GET', `/api/v1/sites/${reg.school.id}`, { token: tok.school })).status).toBe(200);
    await expectProblem(await t.call('GET', `/api/v1/sites/${reg.school2.id}`, { token: tok.school }), 403);
    const list = (await (await t.call('GET', '/api/v1/sites', { token: tok.school })).json()) as { items: { id: number }[] };
    expect(list.items.map((s) => s.id)).toEqual([reg.school.id]);
    await expectProblem(await t.call('POST', '/api/v1/sites', { token: tok.school, body: shuichengSite }), 403);
  });

  it('lets finance read but not write', async () => {
    expect((await t.call('GET', '/api/v1/people', { token: t.tokens.finance })).status).toBe(200);
    await expectProblem(await t.call('POST', '/api/v1/sites', { token: t.tokens.finance, body: shuichengSite }), 403);
    await expectProblem(await t.call('DELETE', `/api/v1/people/${reg.mediator.id}`, { token: t.tokens.finance }), 403);
  });
});
