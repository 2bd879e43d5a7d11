// Review, edit, publish and repair through the API on a solved demo district roster.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishedAssignments } from '../../db/schema/index.js';
import { Roster } from '../../schemas/rosters.js';
import type { SolveQueue } from '../../src/roster/jobs.js';
import { testApp, type TestContext } from '../support/app.js';
import { expectProblem } from '../support/problem.js';
import { waitForStatus, withQueue } from '../support/queue.js';

interface Row { shiftId: number; seatGroup: number; personId: number; personName: string; startsAt: string; endsAt: string; localDate: string; siteName: string; tags: string[]; pinned: boolean }

let t: TestContext;
let queue: SolveQueue;
let id: number;
let rows: Row[];
const etag = async () => (await t.call('GET', `/api/v1/rosters/${id}`)).headers.get('etag')!;
const edit = async (body: unknown, ifMatch?: string | null) =>
  t.call('POST', `/api/v1/rosters/${id}/edits`, { body, headers: ifMatch === null ? {} : { 'if-match': ifMatch ?? (await etag()) } });

beforeAll(async () => {
  t = await testApp('demo');
  queue = await withQueue(t);
  const res = await t.call('POST', '/api/v1/rosters', { body: { period: '2026-12', scope: '520203', seconds: 3 } });
  id = Roster.parse(await res.json()).id;
  await waitForStatus(t, id, ['solved']);
  rows = ((await (await t.call('GET', `/api/v1/rosters/${id}/assignments?limit=5000`)).json()) as { items: Row[] }).items;
}, 120_000);
afterAll(async () => {
  await queue.stop();
  await t.close();
});

describe('manual edits', () => {
  it('needs If-Match (428) and refuses a stale version (412)', async () => {
    const a = rows[0]!;
    await expectProblem(await edit({ op: 'unassign', shiftId: a.shiftId, seatGroup: a.seatGroup, personId: a.personId }, null), 428);
    await expectProblem(await edit({ op: 'unassign', shiftId: a.shiftId, seatGroup: a.seatGroup, personId: a.personId }, '"1"'), 412);
  });

  it('refuses an edit that breaks a hard rule, with the sentence naming who, where and when', async () => {
    const lawyerSeat = rows.find((r) => r.siteName.includes('中心') && r.seatGroup === 0)!;
    const mediators = (await (await t.call('GET', '/api/v1/people?role=mediator&district=520203&limit=1')).json()) as { items: { id: number; name: string; roles: string[] }[] };
    const mediator = mediators.items[0]!;
    const res = await edit({ op: 'swap', shiftId: lawyerSeat.shiftId, seatGroup: 0, personId: lawyerSeat.personId, withPersonId: mediator.id });
    const problem = await expectProblem(res, 409);
    expect(problem.detail).toContain(mediator.name);
    expect((problem as { violations?: { level: string; message: string }[] }).violations!.every((v) => v.level === 'hard')).toBe(true);
  });

  it('applies an allowed edit, pins it, bumps the version and reports warnings', async () => {
    const a = rows[1]!;
    const before = await etag();
    const un = await edit({ op: 'unassign', shiftId: a.shiftId, seatGroup: a.seatGroup, personId: a.personId });
    expect(un.status, await un.clone().text()).toBe(200);
    const out = (await un.json()) as { draftVersion: number; warnings: { level: string; constraint: string }[]; score: { medium: number } };
    expect(`"${out.draftVersion}"`).not.toBe(before);
    expect(out.score.medium).toBeGreaterThan(0); // the freed seat is now unfilled
    const back = await edit({ op: 'assign', shiftId: a.shiftId, seatGroup: a.seatGroup, personId: a.personId });
    expect(back.status).toBe(200);
    const mine = ((await (await t.call('GET', `/api/v1/rosters/${id}/assignments?person=${a.personId}`)).json()) as { items: Row[] }).items;
    expect(mine.find((r) => r.shiftId === a.shiftId)!.pinned).toBe(true);
  });

  it('lets only an admin force an edit past a hard rule', async () => {
    const a = rows.find((r) => r.siteName.includes('中心') && r.seatGroup === 0 && r.shiftId !== rows[1]!.shiftId)!;
    const mediators = (await (await t.call('GET', '/api/v1/people?role=mediator&district=520203&limit=2')).json()) as { items: { id: number }[] };
    const mediator = mediators.items[1]!.id;
    const swap = { op: 'swap', shiftId: a.shiftId, seatGroup: 0, personId: a.personId, withPersonId: mediator, force: true };
    const coordinator = await t.call('POST', `/api/v1/rosters/${id}/edits`, { token: t.tokens.cityCoordinator!, headers: { 'if-match': await etag() }, body: swap });
    await expectProblem(coordinator, 403, '/force');
    const forced = await edit(swap);
    expect(forced.status).toBe(200);
    expect(((await forced.json()) as { hard: unknown[] }).hard.length).toBeGreaterThan(0);
    // Publishing is refused while a hard rule is broken; swapping back mends it.
    await expectProblem(await t.call('POST', `/api/v1/rosters/${id}/publish`, {}), 409);
    const back = await edit({ op: 'swap', shiftId: a.shiftId, seatGroup: 0, personId: mediator, withPersonId: a.personId });
    expect(back.status).toBe(200);
    expect(((await back.json()) as { score: { hard: number } }).score.hard).toBe(0);
  });

  it('writes every edit and solve to the audit log', async () => {
    const log = await t.database.raw.query<{ action: string; actor: string }>(`select action, actor from audit_log where entity = 'roster' and entity_id = $1 order by id`, [String(id)]);
    const actions = log.map((l) => l.action);
    expect(actions).toEqual(expect.arrayContaining(['generate', 'solve', 'edit:unassign', 'edit:assign', 'edit:swap']));
    expect(log.find((l) => l.action === 'edit:swap')!.actor).toMatch(/^token:\d+:admin/);
  });
});

describe('publication and versions', () => {
  it('publishes immutable versions and diffs them', async () => {
    const pub = await t.call('POST', `/api/v1/rosters/${id}/publish`, { body: { note: '首次发布' } });
    expect(pub.status, await pub.clone().text()).toBe(201);
    expect(((await pub.json()) as { version: number }).version).toBe(1);
    // The database itself refuses to change a published version.
    await expect(t.database.db.update(publishedAssignments).set({ personId: rows[0]!.personId })).rejects.toThrow();
    await expect(t.database.db.delete(publishedAssignments)).rejects.toThrow();
    const v1 = ((await (await t.call('GET', `/api/v1/rosters/${id}/versions/1`)).json()) as { items: unknown[] }).items.length;

    const a = rows[3]!;
    expect((await edit({ op: 'unassign', shiftId: a.shiftId, seatGroup: a.seatGroup, personId: a.personId })).status).toBe(200);
    expect(((await (await t.call('GET', `/api/v1/rosters/${id}/versions/1`)).json()) as { items: unknown[] }).items.length).toBe(v1);
    expect((await t.call('POST', `/api/v1/rosters/${id}/publish`, {})).status).toBe(201);

    const diff = (await (await t.call('GET', `/api/v1/rosters/${id}/diff?from=1&to=2`)).json()) as { lost: number; gained: number; people: { personId: number; lost: { shiftId: number }[] }[] };
    expect(diff.lost).toBe(1);
    expect(diff.gained).toBe(0);
    expect(diff.people[0]).toMatchObject({ personId: a.personId, lost: [expect.objectContaining({ shiftId: a.shiftId })] });
    const versions = (await (await t.call('GET', `/api/v1/rosters/${id}/versions`)).json()) as { items: { version: number }[] };
    expect(versions.items.map((v) => v.version)).toEqual([1, 2]);
  });

  it('repairs after a sick call: only the affected seats change', async () => {
    const published = ((await (await t.call('GET', `/api/v1/rosters/${id}/versions/2`)).json()) as { items: { personId: number; shiftId: number }[] }).items;
    const victim = rows.find((r) => !r.tags.includes('visit') && published.some((p) => p.personId === r.personId && p.shiftId === r.shiftId))!;
    const sick = await t.call('POST', '/api/v1/unavailability', { body: { personId: victim.personId, kind: 'sick', startsAt: victim.startsAt, endsAt: victim.endsAt, note: '病假' } });
    expect(sick.status).toBe(201);
    const res = await t.call('POST', `/api/v1/rosters/${id}/repair`, { body: { seconds: 2 } });
    expect(res.status, await res.clone().text()).toBe(200);
    const out = (await res.json()) as { freed: number; score: { hard: number }; diff: { lost: number; gained: number; moved: number; people: { personId: number; lost: { shiftId: number }[]; gained: unknown[] }[] } };
    expect(out.freed).toBe(1);
    expect(out.score.hard).toBe(0);
    const victimDiff = out.diff.people.find((p) => p.personId === victim.personId)!;
    expect(victimDiff.lost.map((d) => d.shiftId)).toEqual([victim.shiftId]);
    // Fewest changes: one duty lost, at most one gained elsewhere; nothing else moves.
    expect(out.diff.lost).toBe(1);
    expect(out.diff.gained + out.diff.moved).toBeLessThanOrEqual(1);
  });
});
