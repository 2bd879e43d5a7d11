import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../db/repositories/tokens.js';
import { DutyTemplate } from '../../schemas/templates.js';
import { smallRegistry } from '../fixtures/registry.js';
import { testApp, type TestContext } from '../support/app.js';
import { expectProblem } from '../support/problem.js';

let t: TestContext;
let reg: Awaited<ReturnType<typeof smallRegistry>>;
let shuicheng: string;
beforeAll(async () => {
  t = await testApp();
  reg = await smallRegistry(t.database);
  shuicheng = (await createApiToken(t.database.db, { role: 'coordinator', districtCode: '520204' })).token;
});
afterAll(() => t.close());

const template = () => ({
  siteId: reg.station.id,
  name: '工作站驻点值班',
  rrule: 'FREQ=WEEKLY;BYDAY=TU,TH',
  startTime: '09:00',
  durationMinutes: 180,
  calendarMode: 'working_days',
  seats: [{ roles: ['lawyer', 'grassroots_worker'], count: 1, preferredLanguages: ['yi'] }],
  tags: ['station'],
});

describe('duty templates API', () => {
  it('creates, lists, updates and deletes a template', async () => {
    const res = await t.call('POST', '/api/v1/templates', { body: template() });
    expect(res.status, await res.clone().text()).toBe(201);
    const tpl = DutyTemplate.parse(await res.json());
    expect(tpl.seats[0]).toMatchObject({ roles: ['lawyer', 'grassroots_worker'], skills: [], languages: [], preferredLanguages: ['yi'], count: 1, appointeesOnly: false });
    const list = (await (await t.call('GET', `/api/v1/templates?site=${reg.station.id}`)).json()) as { total: number };
    expect(list.total).toBe(1);
    const patched = DutyTemplate.parse(await (await t.call('PATCH', `/api/v1/templates/${tpl.id}`, { body: { rrule: 'FREQ=WEEKLY;BYDAY=MO', flexible: null } })).json());
    expect(patched.rrule).toBe('FREQ=WEEKLY;BYDAY=MO');
    expect((await t.call('DELETE', `/api/v1/templates/${tpl.id}`)).status).toBe(204);
  });

  it('accepts a flexible monthly visit restricted to appointees', async () => {
    const res = await t.call('POST', '/api/v1/templates', {
      body: { ...template(), siteId: reg.workroom.id, rrule: 'FREQ=DAILY', durationMinutes: 240, seats: [{ roles: ['lawyer'], count: 1, appointeesOnly: true }], flexible: { count: 1, per: 'month' } },
    });
    expect(res.status).toBe(201);
    expect(DutyTemplate.parse(await res.json()).flexible).toEqual({ count: 1, per: 'month' });
  });

  it('refuses an RRULE the recurrence engine cannot use, naming rrule', async () => {
    await expectProblem(await t.call('POST', '/api/v1/templates', { body: { ...template(), rrule: 'FREQ=HOURLY;INTERVAL=2' } }), 422, '/rrule');
    await expectProblem(await t.call('POST', '/api/v1/templates', { body: { ...template(), rrule: 'FREQ=WEEKLY;BYDAY=XX' } }), 422, '/rrule');
    await expectProblem(await t.call('POST', '/api/v1/templates', { body: { ...template(), rrule: 'FREQ=DAILY;BYHOUR=9' } }), 422, '/rrule');
  });

  it('refuses bad seats, times and validity, naming the field', async () => {
    await expectProblem(await t.call('POST', '/api/v1/templates', { body: { ...template(), seats: [{ roles: ['judge'], count: 1 }] } }), 422, '/seats/0/roles/0');
    await expectProblem(await t.call('POST', '/api/v1/templates', { body: { ...template(), seats: [{ roles: ['lawyer'], count: 0 }] } }), 422, '/seats/0/count');
    await expectProblem(await t.call('POST', '/api/v1/templates', { body: { ...template(), startTime: '9am' } }), 422, '/startTime');
    await expectProblem(await t.call('POST', '/api/v1/templates', { body: { ...template(), validFrom: '2026-12-01', validTo: '2026-11-01' } }), 422, '/validTo');
    await expectProblem(await t.call('POST', '/api/v1/templates', { body: { ...template(), siteId: 99999 } }), 422, '/siteId');
  });

  it("answers 403 to a coordinator of another district", async () => {
    await expectProblem(await t.call('POST', '/api/v1/templates', { token: shuicheng, body: template() }), 403);
  });
});
