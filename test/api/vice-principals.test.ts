// GET /api/v1/vice-principals on the demo data: names of both sides of each appointment, scoped
// to the caller (a school its own, a person their own, registry readers any district).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createApiToken } from '../../db/repositories/tokens.js';
import { listOf } from '../../schemas/common.js';
import { VicePrincipal } from '../../schemas/vice-principals.js';
import { testApp, type TestContext } from '../support/app.js';
import { expectProblem } from '../support/problem.js';

const List = listOf(VicePrincipal, 'VicePrincipalList');
let t: TestContext;
beforeAll(async () => {
  t = await testApp('demo');
});
afterAll(() => t.close());

const list = async (q: string, token?: string): Promise<z.infer<typeof List>> => {
  const res = await t.call('GET', `/api/v1/vice-principals${q}`, { token });
  expect(res.status, await res.clone().text()).toBe(200);
  return List.parse(await res.json());
};

describe('vice-principals', () => {
  it('lists a district’s appointments with the names the registry holds', async () => {
    const page = await list('?district=520203&limit=500');
    expect(page.total).toBeGreaterThan(0);
    expect(page.items.every((a) => a.districtCode === '520203')).toBe(true);
    const a = page.items[0]!;
    const person = (await (await t.call('GET', `/api/v1/people/${a.personId}`)).json()) as { name: string; roles: string[] };
    const site = (await (await t.call('GET', `/api/v1/sites/${a.schoolId}`)).json()) as { name: string; type: string };
    expect(a).toMatchObject({ personName: person.name, schoolName: site.name, requiresConfirmation: false });
    expect(person.roles).toContain('legal_vice_principal');
    expect(site.type).toBe('school');
  });

  it('a school sees its own vice-principals only; a person their own schools only', async () => {
    const [first] = (await list('?limit=1')).items;
    const school = await createApiToken(t.database.db, { role: 'school', siteId: first!.schoolId });
    const own = await list('', school.token);
    expect(own.items.length).toBeGreaterThan(0);
    expect(own.items.every((a) => a.schoolId === first!.schoolId)).toBe(true);
    await expectProblem(await t.call('GET', `/api/v1/vice-principals?school=${first!.schoolId + 1}`, { token: school.token }), 403);

    const person = await createApiToken(t.database.db, { role: 'person', personId: first!.personId });
    const mine = await list('', person.token);
    expect(mine.items.map((a) => a.personId)).toEqual(mine.items.map(() => first!.personId));
    expect(mine.items.some((a) => a.schoolId === first!.schoolId)).toBe(true);
    await expectProblem(await t.call('GET', `/api/v1/vice-principals?person=${first!.personId + 1}`, { token: person.token }), 403);
  });

  it('says who requires confirmation', async () => {
    const [first] = (await list('?limit=1')).items;
    const put = await t.call('PUT', `/api/v1/people/${first!.personId}/availability`, { body: { weekly: [], requiresConfirmation: true } });
    expect(put.status).toBe(200);
    const again = await list(`?person=${first!.personId}`);
    expect(again.items.every((a) => a.requiresConfirmation)).toBe(true);
  });
});
