// Feeds across published versions, read back with ical.js: a re-publish that moves one duty
// changes exactly that event's SEQUENCE, times and stamps; a removed duty shows CANCELLED for 30
// days and then leaves; a new publication changes the ETag; site and school feeds (with bookings).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookings } from '../../db/schema/index.js';
import { FeedLink } from '../../schemas/feeds.js';
import { addShifts, createRoster, publishVersion, type SeatAssignment, type ShiftRow } from '../fixtures/published-roster.js';
import { smallRegistry } from '../fixtures/registry.js';
import { testApp, type TestContext } from '../support/app.js';
import { readFeed, type ReadEvent } from '../unit/calendars/read-feed.js';

let clock = new Date('2026-11-26T02:00:00Z');
let t: TestContext;
let reg: Awaited<ReturnType<typeof smallRegistry>>;
let roster: number;
let s: ShiftRow[];
const V1 = new Date('2026-11-25T02:00:00Z');
const V2 = new Date('2026-11-28T03:00:00Z');
const V3 = new Date('2026-12-01T00:30:00Z');

const at = (day: number, hh: number) => new Date(Date.UTC(2026, 11, day, hh - 8)).toISOString();

async function feedPath(kind: 'people' | 'sites', id: number): Promise<string> {
  const res = await t.call('POST', `/api/v1/${kind}/${id}/feed`);
  expect(res.status).toBe(201);
  return new URL(FeedLink.parse(await res.json()).https).pathname;
}
const read = async (path: string) => readFeed(await (await t.call('GET', path, { token: null })).text()).events;
const strip = (e: ReadEvent) => JSON.stringify(e);

beforeAll(async () => {
  t = await testApp('empty', {}, () => clock);
  reg = await smallRegistry(t.database);
  roster = await createRoster(t.database, { period: '2026-12' });
  s = await addShifts(t.database, roster, [
    { siteId: reg.station.id, startsAt: at(3, 9), endsAt: at(3, 12) },
    { siteId: reg.station.id, startsAt: at(10, 9), endsAt: at(10, 12) },
    { siteId: reg.workroom.id, startsAt: at(9, 9), endsAt: at(9, 13), groupKey: 'visit-WR1', groupCount: 1 },
    { siteId: reg.workroom.id, startsAt: at(16, 9), endsAt: at(16, 13), groupKey: 'visit-WR1', groupCount: 1 },
  ]);
});
afterAll(() => t.close());

const lawyer = (shift: ShiftRow): SeatAssignment => ({ shiftId: shift.id, personId: reg.lawyer.id });

describe('a person feed across versions', () => {
  let path: string;
  let before: ReadEvent[];
  let etag: string;

  it('version 1: every duty CONFIRMED at SEQUENCE 0', async () => {
    await publishVersion(t.database, roster, [lawyer(s[0]!), lawyer(s[1]!), lawyer(s[2]!)], V1);
    path = await feedPath('people', reg.lawyer.id);
    const res = await t.call('GET', path, { token: null });
    etag = res.headers.get('etag')!;
    before = readFeed(await res.text()).events;
    expect(before.map((e) => [e.start, e.sequence, e.status])).toEqual([
      [at(3, 9), 0, 'CONFIRMED'],
      [at(9, 9), 0, 'CONFIRMED'],
      [at(10, 9), 0, 'CONFIRMED'],
    ]);
  });

  it('version 2 moves the village visit: exactly that event changes — same UID, SEQUENCE 1, new times and stamp', async () => {
    clock = new Date('2026-11-29T00:00:00Z');
    await publishVersion(t.database, roster, [lawyer(s[0]!), lawyer(s[1]!), lawyer(s[3]!)], V2);
    const after = await read(path);
    const changed = after.filter((e) => !before.some((b) => strip(b) === strip(e)));
    expect(changed).toHaveLength(1);
    const visit = before.find((e) => e.start === at(9, 9))!;
    expect(changed[0]).toMatchObject({ uid: visit.uid, sequence: 1, status: 'CONFIRMED', start: at(16, 9), end: at(16, 13), dtstamp: V2.toISOString() });
    expect(after.map((e) => e.uid).sort()).toEqual(before.map((e) => e.uid).sort());
    // The feed changed, so the old validator no longer answers 304.
    expect((await t.call('GET', path, { token: null, headers: { 'if-none-match': etag } })).status).toBe(200);
  });

  it('version 3 removes a duty: it stays as CANCELLED with a raised SEQUENCE for 30 days, then leaves', async () => {
    clock = new Date('2026-12-01T01:00:00Z');
    await publishVersion(t.database, roster, [lawyer(s[0]!), lawyer(s[3]!)], V3);
    const events = await read(path);
    const gone = events.find((e) => e.start === at(10, 9))!;
    expect(gone).toMatchObject({ status: 'CANCELLED', sequence: 1, dtstamp: V3.toISOString() });
    expect(gone.summary.startsWith('【已取消】')).toBe(true);
    expect(events.filter((e) => e.status === 'CONFIRMED').map((e) => e.start)).toEqual([at(3, 9), at(16, 9)]);

    clock = new Date(V3.getTime() + 29 * 86_400_000);
    expect((await read(path)).map((e) => e.status)).toContain('CANCELLED');
    clock = new Date(V3.getTime() + 30 * 86_400_000 + 1000);
    expect((await read(path)).map((e) => e.start)).toEqual([at(3, 9), at(16, 9)]);
  });
});

describe('site and school feeds', () => {
  it("a site feed shows each shift with its people; a change of people raises that event's SEQUENCE", async () => {
    clock = new Date('2026-12-02T00:00:00Z');
    const path = await feedPath('sites', reg.station.id);
    const before = await read(path);
    expect(before.map((e) => [e.summary, e.status])).toEqual([
      ['律师值班｜王芳', 'CONFIRMED'],
      ['【已取消】律师值班｜王芳', 'CANCELLED'],
    ]);
    await publishVersion(t.database, roster, [{ shiftId: s[0]!.id, personId: reg.mediator.id }, lawyer(s[3]!)], new Date('2026-12-02T00:00:00Z'));
    const after = await read(path);
    expect(after[0]).toMatchObject({ uid: `duty-s${s[0]!.id}@zhiban`, summary: '律师值班｜张敏', sequence: 1 });
    expect(after[0]!.description).toContain('值班人员：张敏');
  });

  it('a school feed shows its confirmed, pending and recently cancelled sessions', async () => {
    clock = new Date('2026-12-02T00:00:00Z');
    const db = t.database.db;
    const base = { schoolSiteId: reg.school.id, personId: reg.vp.id, createdAt: new Date('2026-11-20T00:00:00Z') };
    await db.insert(bookings).values([
      { ...base, startsAt: new Date(at(7, 10)), endsAt: new Date(at(7, 11)), status: 'confirmed', topic: '防欺凌', updatedAt: new Date('2026-11-21T00:00:00Z') },
      { ...base, startsAt: new Date(at(8, 10)), endsAt: new Date(at(8, 11)), status: 'pending', updatedAt: new Date('2026-11-22T00:00:00Z') },
      { ...base, startsAt: new Date(at(9, 10)), endsAt: new Date(at(9, 11)), status: 'cancelled', sequence: 2, updatedAt: new Date('2026-11-30T00:00:00Z') },
      { ...base, startsAt: new Date(at(14, 10)), endsAt: new Date(at(14, 11)), status: 'cancelled', sequence: 1, updatedAt: new Date('2026-10-01T00:00:00Z') },
    ]);
    const events = await read(await feedPath('sites', reg.school.id));
    expect(events.map((e) => [e.start, e.status, e.sequence, e.summary])).toEqual([
      [at(7, 10), 'CONFIRMED', 0, '法治课｜李强'],
      [at(8, 10), 'TENTATIVE', 0, '【待确认】法治课｜李强'],
      [at(9, 10), 'CANCELLED', 2, '【已取消】法治课｜李强'],
    ]);
    expect(events[0]!.description).toContain('备注：主题：防欺凌');
    // The vice-principal's own feed carries the same sessions under the same UIDs.
    const own = await read(await feedPath('people', reg.vp.id));
    expect(own.map((e) => e.uid)).toEqual(events.map((e) => e.uid));
    expect(own[0]!.summary).toBe('法治课｜钟山区第一小学');
  });
});
