// Publishing across rosters: a month's sites are published in one roster only (no duty listed or
// paid twice), and a draft solved before another roster's publication is refused when it puts
// someone in two places at once — with the sentence naming who, where and when.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignments, rosterVersions, subsidyRecords } from '../../db/schema/index.js';
import { addShifts, createRoster, type ShiftRow } from '../fixtures/published-roster.js';
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

/** A solved draft roster whose lawyer holds one duty at the station at these UTC times. */
async function draftWithDuty(scope: string, period: string, startsAt: string, endsAt: string, siteId = reg.station.id): Promise<{ id: number; shift: ShiftRow }> {
  const id = await createRoster(t.database, { period, scope });
  const [shift] = await addShifts(t.database, id, [{ siteId, startsAt, endsAt }]);
  await t.database.db.insert(assignments).values({ rosterId: id, shiftId: shift!.id, seatGroup: 0, seatIndex: 0, personId: reg.lawyer.id });
  return { id, shift: shift! };
}
const publish = (id: number) => t.call('POST', `/api/v1/rosters/${id}/publish`, { body: { note: '' } });

describe('one published roster per month and sites', () => {
  it('refuses a second roster over the same sites once one is published (city over a district and the reverse)', async () => {
    const district = await draftWithDuty('520201', '2027-03', '2027-03-02T01:00:00Z', '2027-03-02T05:00:00Z');
    const city = await draftWithDuty('city', '2027-03', '2027-03-09T01:00:00Z', '2027-03-09T05:00:00Z');
    const other = await draftWithDuty('520204', '2027-03', '2027-03-16T01:00:00Z', '2027-03-16T05:00:00Z', reg.workroom.id);
    expect((await publish(district.id)).status).toBe(201);
    const versions = (await t.database.db.select().from(rosterVersions)).length;
    const records = (await t.database.db.select().from(subsidyRecords)).length;
    const refused = await expectProblem(await publish(city.id), 409);
    expect(refused.detail).toContain(`roster ${district.id} (520201, version 1)`);
    expect((refused as { publishedRosters?: number[] }).publishedRosters).toEqual([district.id]);
    expect((refused as { violations?: { message: string }[] }).violations![0]!.message).toContain(`第 ${district.id} 号排班（520201，2027-03）已发布`);
    // Nothing of the refused publication was written.
    expect((await t.database.db.select().from(rosterVersions)).length).toBe(versions);
    expect((await t.database.db.select().from(subsidyRecords)).length).toBe(records);
    // Another district's roster of the same month is a different set of sites; the published one
    // itself publishes again (version 2) as before.
    expect((await publish(other.id)).status).toBe(201);
    expect((await publish(district.id)).status).toBe(201);
    // Another month is free.
    const april = await draftWithDuty('city', '2027-04', '2027-04-06T01:00:00Z', '2027-04-06T05:00:00Z');
    expect((await publish(april.id)).status).toBe(201);
    // And a district roster under a published city roster is refused too.
    const under = await draftWithDuty('520201', '2027-04', '2027-04-13T01:00:00Z', '2027-04-13T05:00:00Z');
    await expectProblem(await publish(under.id), 409);
  });
});

describe('nobody in two places at once across rosters', () => {
  it('refuses a draft whose duty overlaps one the same person holds in another published roster, naming both', async () => {
    // Two districts' rosters solved side by side: the lawyer works at the station in one and at the
    // workroom in the other, at overlapping times. The first to publish wins.
    const a = await draftWithDuty('520201', '2027-05', '2027-05-04T01:00:00Z', '2027-05-04T05:00:00Z');
    const b = await draftWithDuty('520204', '2027-05', '2027-05-04T03:00:00Z', '2027-05-04T07:00:00Z', reg.workroom.id);
    expect((await publish(a.id)).status).toBe(201);
    const refused = await expectProblem(await publish(b.id), 409);
    expect(refused.detail).toContain('王芳');
    expect(refused.detail).toContain('双水社区工作室 2027-05-04 11:00–15:00');
    expect(refused.detail).toContain(`roster ${a.id} at 荷城街道公共法律服务工作站 2027-05-04 09:00–13:00`);
    const clashes = (refused as { clashes?: { personId: number; shiftId: number; otherRosterId: number }[] }).clashes!;
    expect(clashes).toEqual([expect.objectContaining({ personId: reg.lawyer.id, shiftId: b.shift.id, otherRosterId: a.id })]);
    // The pages show the Chinese sentence, like the solver's own violations.
    const v = (refused as { violations?: { level: string; message: string }[] }).violations!;
    expect(v).toEqual([expect.objectContaining({ level: 'hard', message: `王芳：2027-05-04 11:00–15:00 在双水社区工作室的值班，与已发布的第 ${a.id} 号排班中 2027-05-04 09:00–13:00 在荷城街道公共法律服务工作站的值班时间重叠` })]);
    // Back to back is no clash.
    const c = await draftWithDuty('520204', '2027-06', '2027-06-01T05:00:00Z', '2027-06-01T07:00:00Z', reg.workroom.id);
    const d = await draftWithDuty('520201', '2027-06', '2027-06-01T01:00:00Z', '2027-06-01T05:00:00Z');
    expect((await publish(c.id)).status).toBe(201);
    expect((await publish(d.id)).status).toBe(201);
  });
});
