import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listOf } from '../../schemas/common.js';
import { Appointment } from '../../schemas/registry.js';
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

const vp = (siteId: number, personId = reg.vp.id) => ({ kind: 'vice_principal', personId, siteId, startsOn: '2025-09-01' });

describe('appointments API', () => {
  it('appoints a vice-principal to two schools and refuses a third (≤ 2 schools)', async () => {
    expect((await t.call('POST', '/api/v1/appointments', { body: vp(reg.school.id) })).status).toBe(201);
    expect((await t.call('POST', '/api/v1/appointments', { body: vp(reg.school2.id) })).status).toBe(201);
    await expectProblem(await t.call('POST', '/api/v1/appointments', { body: vp(reg.school3.id) }), 409, '/personId');
    const list = listOf(Appointment, 'L').parse(await (await t.call('GET', `/api/v1/appointments?person=${reg.vp.id}`)).json());
    expect(list.total).toBe(2);
  });

  it('allows a third school once one appointment has ended', async () => {
    const list = listOf(Appointment, 'L').parse(await (await t.call('GET', `/api/v1/appointments?person=${reg.vp.id}`)).json());
    const first = list.items[0]!;
    expect((await t.call('PATCH', `/api/v1/appointments/${first.id}`, { body: { endsOn: '2026-07-31' } })).status).toBe(200);
    // Still overlapping the ended term → refused; starting after it ended → fine.
    await expectProblem(await t.call('POST', '/api/v1/appointments', { body: vp(reg.school3.id) }), 409, '/personId');
    expect((await t.call('POST', '/api/v1/appointments', { body: { ...vp(reg.school3.id), startsOn: '2026-09-01' } })).status).toBe(201);
  });

  it('needs the right role and site type', async () => {
    await expectProblem(await t.call('POST', '/api/v1/appointments', { body: vp(reg.school.id, reg.mediator.id) }), 422, '/personId');
    await expectProblem(await t.call('POST', '/api/v1/appointments', { body: vp(reg.station.id) }), 422, '/siteId');
  });

  it('gives a village one adviser at a time', async () => {
    const adviser = { kind: 'village_adviser', personId: reg.lawyer.id, siteId: reg.workroom.id, startsOn: '2025-01-01' };
    expect((await t.call('POST', '/api/v1/appointments', { body: adviser })).status).toBe(201);
    const second = await t.call('POST', '/api/v1/people', { body: { name: '陈静', roles: ['grassroots_worker'], homeDistrictCode: '520204', homeLat: 26.5, homeLon: 104.9, contractStart: '2025-01-01' } });
    const gw = (await second.json()) as { id: number };
    await expectProblem(await t.call('POST', '/api/v1/appointments', { body: { ...adviser, personId: gw.id } }), 409, '/siteId');
  });
});
