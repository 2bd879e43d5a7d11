// Bad input always gets a 4xx problem naming the field, and never writes anything.
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, people, sites, unavailability } from '../../db/schema/index.js';
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

async function counts() {
  const db = t.database.db;
  const n = async (table: typeof sites | typeof people | typeof unavailability | typeof auditLog) => (await db.select({ n: count() }).from(table))[0]!.n;
  return { sites: await n(sites), people: await n(people), unavailability: await n(unavailability), audit: await n(auditLog) };
}

const site = { type: 'station', name: '测试站', districtCode: '520201', townshipCode: '520201001', lat: 26.6, lon: 104.8 };

describe('bad input', () => {
  const cases: [string, string, string, { body?: unknown; raw?: string; headers?: Record<string, string> }, number, string | undefined][] = [
    ['malformed JSON', 'POST', '/api/v1/sites', { raw: '{"type": "station", ' }, 400, undefined],
    ['wrong type', 'POST', '/api/v1/sites', { body: { ...site, lat: '26.6' } }, 422, '/lat'],
    ['unknown field', 'POST', '/api/v1/sites', { body: { ...site, colour: 'red' } }, 422, '/colour'],
    ['latitude out of range', 'POST', '/api/v1/sites', { body: { ...site, lat: 126.6 } }, 422, '/lat'],
    ['longitude out of range', 'POST', '/api/v1/people', { body: { name: 'x', roles: ['lawyer'], homeDistrictCode: '520201', homeLat: 26, homeLon: 204, contractStart: '2026-01-01' } }, 422, '/homeLon'],
    ['district that does not exist', 'POST', '/api/v1/sites', { body: { ...site, districtCode: '529999', townshipCode: null } }, 422, '/districtCode'],
    ['district code of the wrong shape', 'POST', '/api/v1/sites', { body: { ...site, districtCode: 'zhongshan' } }, 422, '/districtCode'],
    ['unknown enum value', 'POST', '/api/v1/sites', { body: { ...site, type: 'hospital' } }, 422, '/type'],
    ['empty roles', 'POST', '/api/v1/people', { body: { name: 'x', roles: [], homeDistrictCode: '520201', homeLat: 26, homeLon: 104, contractStart: '2026-01-01' } }, 422, '/roles'],
    ['negative limit', 'POST', '/api/v1/people', { body: { name: 'x', roles: ['lawyer'], homeDistrictCode: '520201', homeLat: 26, homeLon: 104, contractStart: '2026-01-01', maxDutiesPerWeek: -1 } }, 422, '/maxDutiesPerWeek'],
    ['bad date', 'POST', '/api/v1/people', { body: { name: 'x', roles: ['lawyer'], homeDistrictCode: '520201', homeLat: 26, homeLon: 104, contractStart: '2026-02-30' } }, 422, '/contractStart'],
    ['unavailability that ends before it starts', 'POST', '/api/v1/unavailability', { body: { kind: 'leave', startsAt: '2026-12-02T00:00:00+08:00', endsAt: '2026-12-01T00:00:00+08:00' } }, 422, '/endsAt'],
    ['a JSON array instead of an object', 'POST', '/api/v1/sites', { raw: '[]' }, 422, '/'],
    ['text/plain body', 'POST', '/api/v1/sites', { raw: 'hello', headers: { 'content-type': 'text/plain' } }, 415, undefined],
    ['bad query parameter', 'GET', '/api/v1/sites?limit=0', {}, 422, '/limit'],
    ['bad path id', 'GET', '/api/v1/people/abc', {}, 422, '/id'],
    ['unknown route', 'GET', '/api/v1/nothing', {}, 404, undefined],
  ];

  for (const [name, method, path, opts, status, field] of cases) {
    it(`${name} → ${status}${field ? ` naming ${field}` : ''}, database unchanged`, async () => {
      const before = await counts();
      const body = opts.body as Record<string, unknown> | undefined;
      const withPerson = path.endsWith('/unavailability') && body ? { ...body, personId: reg.lawyer.id } : opts.body;
      const res = await t.call(method, path, { ...opts, body: withPerson });
      await expectProblem(res, status, field);
      expect(await counts()).toEqual(before);
    });
  }

  it('a failing write in the middle of a transaction leaves nothing behind (409 on a duplicate code)', async () => {
    const before = await counts();
    await expectProblem(await t.call('POST', '/api/v1/sites', { body: { ...site, code: 'ST1' } }), 409, '/code');
    expect(await counts()).toEqual(before);
  });
});
