// Subsidy rules and budgets as data through the API: rules per district with validity dates
// over the defaults; a rule change never rewrites records already made (they keep their amount;
// later publications use the new rule); a cited rule cannot be deleted; budgets CRUD.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../db/repositories/tokens.js';
import { subsidyRecords } from '../../db/schema/index.js';
import { Budget, RuleOut } from '../../schemas/subsidies.js';
import { z } from '@hono/zod-openapi';
import { addShifts, createRoster, publishVersion, type ShiftRow } from '../fixtures/published-roster.js';
import { smallRegistry } from '../fixtures/registry.js';
import { testApp, type TestContext } from '../support/app.js';
import { expectProblem } from '../support/problem.js';

let t: TestContext;
let reg: Awaited<ReturnType<typeof smallRegistry>>;
const at = (month: number, day: number, hh: number) => new Date(Date.UTC(2026, month - 1, day, hh - 8)).toISOString();
const Rules = z.object({ items: z.array(RuleOut) });

beforeAll(async () => {
  t = await testApp();
  reg = await smallRegistry(t.database);
});
afterAll(() => t.close());

const fullDay = (amountFen: number, over: Record<string, unknown> = {}) => ({
  code: 'onsite_full_day',
  kind: 'base',
  labelZh: '驻点值班补贴（全天）',
  amountFen,
  when: { roles: ['lawyer', 'grassroots_worker', 'notary', 'mediator'], siteTypes: ['centre', 'station', 'resettlement'], durationClass: 'full_day' },
  basis: '市司法局通知（测试）',
  validFrom: '2026-12-01',
  ...over,
});

describe('subsidy rules', () => {
  it('lists the defaults in force until a row replaces them', async () => {
    const list = Rules.parse(await (await t.call('GET', '/api/v1/subsidies/rules', { token: t.tokens.finance })).json());
    expect(list.items.filter((r) => r.source === 'default')).toHaveLength(9);
    expect(list.items.every((r) => r.inForce)).toBe(true);
  });

  it('a rule change never rewrites records: old records keep their amount, later publications use the new rule', async () => {
    const roster = await createRoster(t.database, { period: '2026-11' });
    const [nov] = await addShifts(t.database, roster, [{ siteId: reg.station.id, startsAt: at(11, 20, 9), endsAt: at(11, 20, 17) }]);
    await publishVersion(t.database, roster, [{ shiftId: nov!.id, personId: reg.lawyer.id }], new Date('2026-11-10T00:00:00Z'));

    // Replace the default by city-wide rows: even a retroactive change for November (19,000)
    // leaves November's record alone; December gets the new 24,000 rule.
    const old = await t.call('POST', '/api/v1/subsidies/rules', { body: fullDay(19_000, { id: 'lps-2025.onsite-full.db', validFrom: '2025-01-01', validTo: '2026-11-30' }) });
    expect(old.status, await old.clone().text()).toBe(201);
    const created = RuleOut.parse(await (await t.call('POST', '/api/v1/subsidies/rules', { body: fullDay(24_000) })).json());
    expect(created).toMatchObject({ source: 'database', code: 'onsite_full_day', amountFen: 24_000, inForce: true, validTo: null });
    const list = Rules.parse(await (await t.call('GET', '/api/v1/subsidies/rules')).json());
    expect(list.items.find((r) => r.ruleId === 'lps-2025.onsite-full')!.inForce).toBe(false);

    const dec = await createRoster(t.database, { period: '2026-12' });
    const [d1] = await addShifts(t.database, dec, [{ siteId: reg.station.id, startsAt: at(12, 3, 9), endsAt: at(12, 3, 17) }]);
    await publishVersion(t.database, dec, [{ shiftId: d1!.id, personId: reg.lawyer.id }], new Date('2026-11-28T00:00:00Z'));
    // Re-publishing November after the change: the unchanged duty keeps its record and amount.
    await publishVersion(t.database, roster, [{ shiftId: nov!.id, personId: reg.lawyer.id }], new Date('2026-11-29T00:00:00Z'));
    const recs = await t.database.db.select().from(subsidyRecords).orderBy(subsidyRecords.id);
    expect(recs.map((r) => [r.month, r.ruleCode, r.amountFen])).toEqual([
      ['2026-11', 'lps-2025.onsite-full', 20_000],
      ['2026-12', `db-${created.id}`, 24_000],
    ]);
  });

  it('a district rule shadows the city rule in its district; amounts and conditions cannot be patched', async () => {
    const res = await t.call('POST', '/api/v1/subsidies/rules', { body: fullDay(30_000, { districtCode: '520204', validFrom: '2026-01-01' }) });
    expect(res.status).toBe(201);
    const rule = RuleOut.parse(await res.json());
    expect(rule).toMatchObject({ districtCode: '520204', inForce: true });
    await expectProblem(await t.call('PATCH', `/api/v1/subsidies/rules/${rule.id}`, { body: { amountFen: 1 } }), 422);
    const ended = RuleOut.parse(await (await t.call('PATCH', `/api/v1/subsidies/rules/${rule.id}`, { body: { validTo: '2026-12-31' } })).json());
    expect(ended.validTo).toBe('2026-12-31');
    await expectProblem(await t.call('PATCH', `/api/v1/subsidies/rules/${rule.id}`, { body: { validTo: '2025-12-31' } }), 422, '/validTo');
  });

  it('scope: a district coordinator writes only its district\'s rules; ids are unique; cited rules are not deleted', async () => {
    const sc = (await createApiToken(t.database.db, { role: 'coordinator', districtCode: '520204' })).token;
    await expectProblem(await t.call('POST', '/api/v1/subsidies/rules', { token: sc, body: fullDay(1) }), 403); // city-wide
    await expectProblem(await t.call('POST', '/api/v1/subsidies/rules', { token: sc, body: fullDay(1, { districtCode: '520201' }) }), 403);
    expect((await t.call('POST', '/api/v1/subsidies/rules', { token: sc, body: fullDay(1, { districtCode: '520204', code: 'extra', validFrom: '2030-01-01' }) })).status).toBe(201);
    await expectProblem(await t.call('POST', '/api/v1/subsidies/rules', { body: fullDay(1, { id: 'lps-2025.online' }) }), 409, '/id');
    await expectProblem(await t.call('POST', '/api/v1/subsidies/rules', { body: fullDay(1, { validFrom: '2026-12-01', validTo: '2026-11-01' }) }), 422, '/validTo');
    const list = Rules.parse(await (await t.call('GET', '/api/v1/subsidies/rules')).json());
    const cited = list.items.find((r) => r.amountFen === 24_000)!;
    await expectProblem(await t.call('DELETE', `/api/v1/subsidies/rules/${cited.id}`), 409);
    const unused = list.items.find((r) => r.code === 'extra')!;
    expect((await t.call('DELETE', `/api/v1/subsidies/rules/${unused.id}`, { token: sc })).status).toBe(204);
    await expectProblem(await t.call('DELETE', `/api/v1/subsidies/rules/${unused.id}`), 404);
  });
});

describe('budgets', () => {
  it('set (create then update), list, delete; unknown districts and bad months refused', async () => {
    expect((await t.call('PUT', '/api/v1/subsidies/budgets/520204/2026-12', { body: { amountFen: 5_000_000 } })).status).toBe(201);
    const upd = await t.call('PUT', '/api/v1/subsidies/budgets/520204/2026-12', { body: { amountFen: 6_000_000 } });
    expect(upd.status).toBe(200);
    expect(Budget.parse(await upd.json()).amountFen).toBe(6_000_000);
    const list = z.object({ items: z.array(Budget) }).parse(await (await t.call('GET', '/api/v1/subsidies/budgets?month=2026-12', { token: t.tokens.finance })).json());
    expect(list.items).toEqual([{ districtCode: '520204', month: '2026-12', amountFen: 6_000_000 }]);
    await expectProblem(await t.call('PUT', '/api/v1/subsidies/budgets/529999/2026-12', { body: { amountFen: 1 } }), 404);
    await expectProblem(await t.call('PUT', '/api/v1/subsidies/budgets/520204/2026-12', { body: { amountFen: -1 } }), 422, '/amountFen');
    await expectProblem(await t.call('GET', '/api/v1/subsidies/budgets?month=12-2026'), 422);
    expect((await t.call('DELETE', '/api/v1/subsidies/budgets/520204/2026-12')).status).toBe(204);
    await expectProblem(await t.call('DELETE', '/api/v1/subsidies/budgets/520204/2026-12'), 404);
  });
});
