// GET /api/v1/registry/summary: one call gives the same counts as the list endpoints' totals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../db/repositories/tokens.js';
import { RegistrySummary } from '../../schemas/summary.js';
import { testApp, type TestContext } from '../support/app.js';
import { expectProblem } from '../support/problem.js';

let t: TestContext;
beforeAll(async () => {
  t = await testApp('demo');
});
afterAll(() => t.close());

const total = async (path: string) => ((await (await t.call('GET', path)).json()) as { total: number }).total;

describe('registry summary', () => {
  it('matches the list totals per district × site type, district × role and per district', async () => {
    const s = RegistrySummary.parse(await (await t.call('GET', '/api/v1/registry/summary', { token: t.tokens.finance })).json());
    expect(s.districts.map((d) => d.code)).toEqual(['520201', '520203', '520204', '520281']);
    expect(s.totals.sites).toBe(await total('/api/v1/sites?limit=1'));
    expect(s.totals.people).toBe(await total('/api/v1/people?limit=1'));
    for (const d of ['520201', '520281']) {
      for (const type of ['station', 'workroom', 'school']) {
        const row = s.sites.find((x) => x.districtCode === d && x.type === type);
        expect(row?.count ?? 0, `${d} ${type}`).toBe(await total(`/api/v1/sites?district=${d}&type=${type}&limit=1`));
      }
      for (const role of ['lawyer', 'mediator', 'legal_vice_principal']) {
        const row = s.people.find((x) => x.districtCode === d && x.role === role);
        expect(row?.count ?? 0, `${d} ${role}`).toBe(await total(`/api/v1/people?district=${d}&role=${role}&limit=1`));
      }
      expect(s.peopleTotals.find((x) => x.districtCode === d)?.count).toBe(await total(`/api/v1/people?district=${d}&limit=1`));
    }
    // Online desks belong to the whole city: they are counted with no district.
    expect(s.sites.find((x) => x.districtCode === null && x.type === 'online')?.count).toBe(await total('/api/v1/sites?type=online&limit=1'));
    expect(s.sites.every((x) => x.count > 0)).toBe(true);
  });

  it('is refused to people and schools', async () => {
    const person = (await createApiToken(t.database.db, { role: 'person', personId: 1 })).token;
    await expectProblem(await t.call('GET', '/api/v1/registry/summary', { token: person }), 403);
    await expectProblem(await t.call('GET', '/api/v1/registry/summary', { token: null }), 401);
  });
});
