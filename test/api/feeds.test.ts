// Public feeds and their tokens through the API: issue, read back with ical.js, 304s, rotation,
// revocation, plain 404s, scope (a person's token reads only their own feed), drafts never shown,
// and a golden person feed. Regenerate the golden file: UPDATE_GOLDEN=1 npx vitest run test/api/feeds.test.ts
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../db/repositories/tokens.js';
import { assignments, feedTokens, people, rosters } from '../../db/schema/index.js';
import { createApp } from '../../src/app.js';
import { FeedLink, FeedStatus } from '../../schemas/feeds.js';
import { silentLogger } from '../../src/deps.js';
import { feedRoutes } from '../../src/http/feeds.js';
import { addShifts, createRoster, lawyerSeat, publishVersion, type ShiftRow } from '../fixtures/published-roster.js';
import { smallRegistry } from '../fixtures/registry.js';
import { testApp, type TestContext } from '../support/app.js';
import { expectProblem } from '../support/problem.js';
import { readFeed } from '../unit/calendars/read-feed.js';

const GOLDEN = new URL('../fixtures/ics/person-feed-2026-12.ics', import.meta.url);

let t: TestContext;
let reg: Awaited<ReturnType<typeof smallRegistry>>;
let other: { id: number };
let lawyerToken: string;
let otherToken: string;
let shiftRows: ShiftRow[];

const at = (day: number, hh: number, mm = 0) => new Date(Date.UTC(2026, 11, day, hh - 8, mm)).toISOString(); // local Asia/Shanghai → UTC

beforeAll(async () => {
  t = await testApp();
  reg = await smallRegistry(t.database);
  const db = t.database.db;
  const [row] = await db
    .insert(people)
    .values({ code: 'L2', name: '赵磊', roles: ['lawyer'], homeDistrictCode: '520204', homeLat: 26.55, homeLon: 104.95, contractStart: '2025-01-01' })
    .returning();
  other = row!;
  lawyerToken = (await createApiToken(db, { role: 'person', personId: reg.lawyer.id })).token;
  otherToken = (await createApiToken(db, { role: 'person', personId: other!.id })).token;
  const roster = await createRoster(t.database, { period: '2026-12', scope: 'city' });
  shiftRows = await addShifts(t.database, roster, [
    { siteId: reg.station.id, startsAt: at(3, 9), endsAt: at(3, 12), tags: ['station'] },
    { siteId: reg.station.id, startsAt: at(8, 9), endsAt: at(8, 17), seats: [lawyerSeat(2)] },
    { siteId: reg.workroom.id, startsAt: at(9, 9), endsAt: at(9, 13), groupKey: 'WR1:2026-12', groupCount: 1, tags: ['visit'] },
    { siteId: reg.workroom.id, startsAt: at(15, 9), endsAt: at(15, 13), groupKey: 'WR1:2026-12', groupCount: 1, tags: ['visit'] },
  ]);
  const [s1, s2, v9] = shiftRows;
  await publishVersion(t.database, roster, [
    { shiftId: s1!.id, personId: reg.lawyer.id },
    { shiftId: s2!.id, personId: reg.lawyer.id },
    { shiftId: s2!.id, personId: other!.id, seatIndex: 1 },
    { shiftId: v9!.id, personId: other!.id },
  ], new Date('2026-11-25T02:00:00Z'));
  // Drafts: an unpublished roster and a draft assignment on the published one must never show.
  const draft = await createRoster(t.database, { period: '2026-12', scope: '520201' });
  const [d1] = await addShifts(t.database, draft, [{ siteId: reg.station.id, startsAt: at(21, 9), endsAt: at(21, 12) }]);
  await db.insert(assignments).values([
    { rosterId: draft, shiftId: d1!.id, seatGroup: 0, seatIndex: 0, personId: reg.lawyer.id },
    { rosterId: roster, shiftId: shiftRows[3]!.id, seatGroup: 0, seatIndex: 0, personId: reg.lawyer.id },
  ]);
  await db.update(rosters).set({ draftVersion: 2 });
});
afterAll(() => t.close());

async function issue(personId: number, token?: string): Promise<FeedLink> {
  const res = await t.call('POST', `/api/v1/people/${personId}/feed`, { token });
  expect(res.status, await res.clone().text()).toBe(201);
  return FeedLink.parse(await res.json());
}
type FeedLink = import('zod').infer<typeof FeedLink>;

const pathOf = (link: FeedLink) => new URL(link.https).pathname;
const get = (path: string, headers: Record<string, string> = {}) => t.call('GET', path, { token: null, headers });

async function expectPlain404(res: Response) {
  expect(res.status).toBe(404);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
  expect(await res.text()).toBe('Not Found');
}

describe('feed tokens', () => {
  it('a person issues their own feed address, in https and webcal forms built from the public URL', async () => {
    const link = await issue(reg.lawyer.id, lawyerToken);
    expect(link.https).toMatch(/^http:\/\/127\.0\.0\.1:8787\/feeds\/zf_[A-Za-z0-9]{16}_[A-Za-z0-9_-]{43}\.ics$/);
    expect(link.webcal).toBe(link.https.replace('http://', 'webcal://'));
    expect(link).toMatchObject({ subject: 'person', personId: reg.lawyer.id, siteId: null, revokedOlder: 0 });
    // The person's page shows the same address again (derived from the server's feed key).
    const status = FeedStatus.parse(await (await t.call('GET', `/api/v1/people/${reg.lawyer.id}/feed`, { token: lawyerToken })).json());
    expect(status).toMatchObject({ active: true, tokenId: link.tokenId, https: link.https, webcal: link.webcal });
    // Only its hash is stored: the database alone does not hold the address.
    const [row] = await t.database.db.select().from(feedTokens).where(eq(feedTokens.id, link.tokenId));
    // The secret is everything after 'zf_<16-char id>_' (base64url: it may itself contain '_').
    const secret = pathOf(link).slice('/feeds/'.length, -'.ics'.length).slice('zf_'.length + 16 + 1);
    expect(secret).toHaveLength(43);
    expect(JSON.stringify(row)).not.toContain(secret);
  });

  it('without the feed key (or under another one) the address is shown only when issued', async () => {
    const link = await issue(other.id, otherToken);
    const { feedKey: _own, ...noKey } = t.deps;
    for (const deps of [noKey, { ...noKey, feedKey: randomBytes(32) }]) {
      const app = createApp(deps);
      const res = await app.request(`/api/v1/people/${other.id}/feed`, { headers: { authorization: `Bearer ${otherToken}` } });
      expect(FeedStatus.parse(await res.json())).toMatchObject({ active: true, tokenId: link.tokenId, https: null, webcal: null });
    }
    // A token issued without a key still works as a feed address; it just cannot be shown again.
    const keyless = createApp(noKey);
    const issued = FeedLink.parse(await (await keyless.request(`/api/v1/people/${other.id}/feed`, { method: 'POST', headers: { authorization: `Bearer ${otherToken}` } })).json());
    expect((await get(pathOf(issued))).status).toBe(200);
    expect(FeedStatus.parse(await (await t.call('GET', `/api/v1/people/${other.id}/feed`, { token: otherToken })).json()).https).toBeNull();
  });

  it("a person cannot manage another person's feed; finance cannot; a district coordinator only in its district", async () => {
    await expectProblem(await t.call('POST', `/api/v1/people/${other.id}/feed`, { token: lawyerToken }), 403);
    await expectProblem(await t.call('GET', `/api/v1/people/${other.id}/feed`, { token: lawyerToken }), 403);
    await expectProblem(await t.call('POST', `/api/v1/people/${other.id}/feed`, { token: t.tokens.finance }), 403);
    const zhongshan = (await createApiToken(t.database.db, { role: 'coordinator', districtCode: '520201' })).token;
    await expectProblem(await t.call('POST', `/api/v1/people/${other.id}/feed`, { token: zhongshan }), 403);
    expect((await t.call('POST', `/api/v1/people/${other.id}/feed`, { token: t.tokens.cityCoordinator })).status).toBe(201);
    await expectProblem(await t.call('POST', '/api/v1/people/99999/feed'), 404);
  });

  it("a person's feed holds only their own published duties, never another's nor drafts", async () => {
    const mine = readFeed(await (await get(pathOf(await issue(reg.lawyer.id, lawyerToken)))).text());
    expect(mine.events.map((e) => e.uid)).toEqual([`duty-s${shiftRows[0]!.id}-p${reg.lawyer.id}@zhiban`, `duty-s${shiftRows[1]!.id}-p${reg.lawyer.id}@zhiban`]);
    const theirs = readFeed(await (await get(pathOf(await issue(other.id, otherToken)))).text());
    expect(theirs.events.map((e) => e.uid)).toEqual([`duty-s${shiftRows[1]!.id}-p${other.id}@zhiban`, `duty-r${shiftRows[2]!.rosterId}-gWR1_3a2026-12-p${other.id}@zhiban`]);
  });

  it('rotation: a new address works and the old one is a plain 404; revocation ends the feed', async () => {
    const old = await issue(reg.lawyer.id, lawyerToken);
    const etag = (await get(pathOf(old))).headers.get('etag')!;
    const fresh = await issue(reg.lawyer.id, lawyerToken);
    expect(fresh.revokedOlder).toBe(1);
    await expectPlain404(await get(pathOf(old)));
    expect((await get(pathOf(fresh))).status).toBe(200);
    expect((await t.call('DELETE', `/api/v1/people/${reg.lawyer.id}/feed`, { token: lawyerToken })).status).toBe(204);
    await expectPlain404(await get(pathOf(fresh)));
    // Checked against the database on every request, even a conditional poll of a revoked
    // address is a 404 (the default answers such polls from memory for up to a second, bodiless).
    await expectPlain404(await feedRoutes(t.deps, { revalidateMs: 0 }).request(pathOf(old), { headers: { 'if-none-match': etag } }));
    await expectProblem(await t.call('DELETE', `/api/v1/people/${reg.lawyer.id}/feed`, { token: lawyerToken }), 404);
    expect(FeedStatus.parse(await (await t.call('GET', `/api/v1/people/${reg.lawyer.id}/feed`)).json()).active).toBe(false);
  });

  it('unknown, malformed or wrong-secret tokens are plain 404s, with no API auth asked', async () => {
    const link = await issue(reg.lawyer.id, lawyerToken);
    const path = pathOf(link);
    const wrongSecret = path.replace(/_([A-Za-z0-9_-]{43})\.ics$/, (_m, s: string) => `_${s[0] === 'A' ? 'B' : 'A'}${s.slice(1)}.ics`);
    for (const p of ['/feeds/nope.ics', '/feeds/zf_AAAAAAAAAAAAAAAA_' + 'a'.repeat(43) + '.ics', wrongSecret, path.replace('.ics', '.json')]) {
      await expectPlain404(await get(p));
    }
  });
});

describe('feed HTTP', () => {
  let path: string;
  beforeAll(async () => {
    path = pathOf(await issue(reg.lawyer.id, lawyerToken));
  });

  it('serves text/calendar with ETag, Last-Modified and a private Cache-Control', async () => {
    const res = await get(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('etag')).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(res.headers.get('last-modified')).toBe('Wed, 25 Nov 2026 02:00:00 GMT');
    expect(res.headers.get('cache-control')).toBe('private, max-age=300, must-revalidate');
  });

  it('answers If-None-Match (strong, weak, in a list, *) and If-Modified-Since with 304 and no body', async () => {
    const etag = (await get(path)).headers.get('etag')!;
    for (const inm of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const res = await get(path, { 'if-none-match': inm });
      expect(res.status, inm).toBe(304);
      expect(await res.text()).toBe('');
      expect(res.headers.get('etag')).toBe(etag);
    }
    expect((await get(path, { 'if-none-match': '"stale"' })).status).toBe(200);
    expect((await get(path, { 'if-modified-since': 'Wed, 25 Nov 2026 02:00:00 GMT' })).status).toBe(304);
    expect((await get(path, { 'if-modified-since': 'Wed, 25 Nov 2026 01:59:59 GMT' })).status).toBe(200);
    // If-None-Match wins over If-Modified-Since (RFC 9110 §13.2.2).
    expect((await get(path, { 'if-none-match': '"stale"', 'if-modified-since': 'Wed, 25 Nov 2026 02:00:00 GMT' })).status).toBe(200);
  });

  it('reads back with ical.js: instants, UID, SEQUENCE, status, Chinese text; matches the golden file', async () => {
    const ics = await (await get(path)).text();
    const feed = readFeed(ics);
    expect(feed.props['X-WR-CALNAME']).toBe('王芳的值班');
    expect(feed.events.map((e) => [e.start, e.end, e.sequence, e.status, e.startTzid])).toEqual([
      [at(3, 9), at(3, 12), 0, 'CONFIRMED', 'Asia/Shanghai'],
      [at(8, 9), at(8, 17), 0, 'CONFIRMED', 'Asia/Shanghai'],
    ]);
    expect(feed.events[0]!.summary).toBe('律师值班｜荷城街道公共法律服务工作站');
    expect(feed.events[0]!.description).toContain('岗位：律师');
    expect(feed.events[0]!.geo).toEqual([26.59, 104.83]);
    expect(feed.events[0]!.dtstamp).toBe('2026-11-25T02:00:00.000Z');
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, ics);
    expect(ics).toBe(readFileSync(GOLDEN, 'utf8'));
  });
});

describe('an empty feed', () => {
  it('is a valid calendar with no events, an ETag and no Last-Modified', async () => {
    const res = await get(pathOf(await issue(reg.mediator.id)));
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toMatch(/^"/);
    expect(res.headers.get('last-modified')).toBeNull();
    const feed = readFeed(await res.text());
    expect(feed.events).toEqual([]);
    expect(feed.props['X-WR-CALNAME']).toBe('张敏的值班');
  });
});

describe('secrets stay out of logs', () => {
  it('a failing feed request logs the error without the path or token', async () => {
    const logged: unknown[] = [];
    const broken = { ...t.deps, logger: { ...silentLogger, error: (m: string, f?: Record<string, unknown>) => logged.push([m, f]) }, database: { ...t.database, db: null as never } };
    const token = `zf_${'A'.repeat(16)}_${'s'.repeat(43)}`;
    const res = await feedRoutes(broken).request(`/feeds/${token}.ics`);
    expect(res.status).toBe(500);
    expect(logged).toHaveLength(1);
    expect(JSON.stringify(logged)).not.toContain('s'.repeat(43));
    expect(JSON.stringify(logged)).not.toContain('A'.repeat(16));
  });
});
