import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../db/repositories/tokens.js';
import { listOf } from '../../schemas/common.js';
import { Unavailability } from '../../schemas/registry.js';
import { smallRegistry } from '../fixtures/registry.js';
import { testApp, type TestContext } from '../support/app.js';
import { expectProblem } from '../support/problem.js';

let t: TestContext;
let reg: Awaited<ReturnType<typeof smallRegistry>>;
let lawyerToken: string;
beforeAll(async () => {
  t = await testApp();
  reg = await smallRegistry(t.database);
  lawyerToken = (await createApiToken(t.database.db, { role: 'person', personId: reg.lawyer.id })).token;
});
afterAll(() => t.close());

describe('unavailability API', () => {
  it('lets a person declare, see, change and withdraw their own leave; instants are stored as UTC', async () => {
    const res = await t.call('POST', '/api/v1/unavailability', {
      token: lawyerToken,
      body: { personId: reg.lawyer.id, kind: 'court', startsAt: '2026-12-03T09:00:00+08:00', endsAt: '2026-12-03T12:00:00+08:00', note: '钟山区人民法院开庭' },
    });
    expect(res.status).toBe(201);
    const u = Unavailability.parse(await res.json());
    expect(u.startsAt).toBe('2026-12-03T01:00:00.000Z');
    const mine = listOf(Unavailability, 'L').parse(await (await t.call('GET', '/api/v1/unavailability', { token: lawyerToken })).json());
    expect(mine.items.map((x) => x.id)).toEqual([u.id]);
    const patched = Unavailability.parse(await (await t.call('PATCH', `/api/v1/unavailability/${u.id}`, { token: lawyerToken, body: { endsAt: '2026-12-03T17:00:00+08:00' } })).json());
    expect(patched.endsAt).toBe('2026-12-03T09:00:00.000Z');
    expect((await t.call('DELETE', `/api/v1/unavailability/${u.id}`, { token: lawyerToken })).status).toBe(204);
  });

  it('filters by time window (overlap) and by person', async () => {
    for (const [s, e] of [['2026-12-01', '2026-12-05'], ['2026-12-10', '2026-12-12']] as const) {
      expect((await t.call('POST', '/api/v1/unavailability', { body: { personId: reg.mediator.id, kind: 'leave', startsAt: `${s}T00:00:00+08:00`, endsAt: `${e}T00:00:00+08:00` } })).status).toBe(201);
    }
    const hit = listOf(Unavailability, 'L').parse(
      await (await t.call('GET', `/api/v1/unavailability?person=${reg.mediator.id}&from=${encodeURIComponent('2026-12-04T00:00:00+08:00')}&to=${encodeURIComponent('2026-12-08T00:00:00+08:00')}`)).json(),
    );
    expect(hit.total).toBe(1);
  });

  it('refuses a range that ends before it starts, naming endsAt, and writes nothing', async () => {
    const before = listOf(Unavailability, 'L').parse(await (await t.call('GET', '/api/v1/unavailability')).json()).total;
    await expectProblem(
      await t.call('POST', '/api/v1/unavailability', { body: { personId: reg.lawyer.id, kind: 'leave', startsAt: '2026-12-05T00:00:00+08:00', endsAt: '2026-12-04T00:00:00+08:00' } }),
      422,
      '/endsAt',
    );
    const after = listOf(Unavailability, 'L').parse(await (await t.call('GET', '/api/v1/unavailability')).json()).total;
    expect(after).toBe(before);
  });

  it('refuses an instant without an offset (ambiguous local time)', async () => {
    await expectProblem(await t.call('POST', '/api/v1/unavailability', { body: { personId: reg.lawyer.id, kind: 'leave', startsAt: '2026-12-05T09:00:00', endsAt: '2026-12-05T12:00:00+08:00' } }), 422, '/startsAt');
  });

  it("does not let a person declare someone else's unavailability", async () => {
    await expectProblem(await t.call('POST', '/api/v1/unavailability', { token: lawyerToken, body: { personId: reg.mediator.id, kind: 'leave', startsAt: '2026-12-05T00:00:00+08:00', endsAt: '2026-12-06T00:00:00+08:00' } }), 403);
  });
});
