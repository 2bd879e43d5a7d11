// The job life cycle through the API: generate → queued → solving → solved, progress as SSE,
// assignments, and an early stop that keeps the best roster found.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Roster } from '../../schemas/rosters.js';
import { isWorkingDay } from '../../src/domain/working-days.js';
import { rosters } from '../../db/schema/index.js';
import { runSolveJob, type SolveRunner } from '../../src/roster/solve-job.js';
import { silentLogger } from '../../src/deps.js';
import type { SolveQueue } from '../../src/roster/jobs.js';
import { testApp, type TestContext } from '../support/app.js';
import { expectProblem } from '../support/problem.js';
import { waitForStatus, withQueue } from '../support/queue.js';

let t: TestContext;
let queue: SolveQueue;
beforeAll(async () => {
  t = await testApp('demo');
  queue = await withQueue(t);
});
afterAll(async () => {
  await queue.stop();
  await t.close();
});

describe('roster job life cycle', () => {
  it('generates, solves as a job and serves the assignments', async () => {
    const res = await t.call('POST', '/api/v1/rosters', { body: { period: '2026-12', scope: '520203', seconds: 3 } });
    expect(res.status, await res.clone().text()).toBe(202);
    const queued = Roster.parse(await res.json());
    expect(queued.status).toBe('queued');
    expect(res.headers.get('location')).toBe(`/api/v1/rosters/${queued.id}`);
    const done = Roster.parse(await waitForStatus(t, queued.id, ['solved', 'failed']));
    expect(done.status).toBe('solved');
    expect(done.score!.hard).toBe(0);
    expect(done.counts!.seats).toBeGreaterThan(100);
    expect(done.counts!.filled).toBeGreaterThan(0);
    const list = (await (await t.call('GET', `/api/v1/rosters/${queued.id}/assignments?limit=5000`)).json()) as { items: { localDate: string; personName: string; siteId: number; tags: string[] }[] };
    expect(list.items.length).toBe(done.counts!.filled);
    expect(list.items.every((a) => a.localDate.startsWith('2026-12'))).toBe(true);
    // Flexible monthly visits: exactly one per village, on a working day the solver picked.
    const visits = list.items.filter((a) => a.tags.includes('visit'));
    const villages = (await (await t.call('GET', '/api/v1/sites?type=workroom&district=520203&limit=1')).json()) as { total: number };
    expect(new Set(visits.map((v) => v.siteId)).size).toBe(villages.total);
    expect(visits).toHaveLength(villages.total);
    for (const v of visits) {
      expect(isWorkingDay(t.deps.calendar, v.localDate)).toEqual({ ok: true, value: true });
    }
    expect(new Set(visits.map((v) => v.localDate)).size).toBeGreaterThan(5); // spread over the month
  });

  it('streams progress as server-sent events and ends with done', async () => {
    const res = await t.call('POST', '/api/v1/rosters', { body: { period: '2026-12', scope: '520203', seconds: 2, seed: 7 } });
    const { id } = Roster.parse(await res.json());
    const sse = await t.call('GET', `/api/v1/rosters/${id}/events`);
    expect(sse.headers.get('content-type')).toMatch(/text\/event-stream/);
    const text = await sse.text();
    const events = [...text.matchAll(/^event: (\w+)$/gm)].map((m) => m[1]);
    expect(events.at(-1)).toBe('done');
    const last = JSON.parse([...text.matchAll(/^data: (.*)$/gm)].at(-1)![1]!) as { status: string };
    expect(last.status).toBe('solved');
  });

  it('stops early on request and keeps the best roster so far', async () => {
    const res = await t.call('POST', '/api/v1/rosters', { body: { period: '2026-12', scope: '520203', seconds: 120 } });
    const { id } = Roster.parse(await res.json());
    await waitForStatus(t, id, ['solving']);
    await new Promise((r) => setTimeout(r, 1500));
    const stop = await t.call('DELETE', `/api/v1/rosters/${id}/solve`);
    expect(stop.status).toBe(202);
    const started = Date.now();
    const done = Roster.parse(await waitForStatus(t, id, ['stopped', 'solved', 'failed'], 30_000));
    expect(done.status).toBe('stopped');
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(done.counts!.filled).toBeGreaterThan(0);
    await expectProblem(await t.call('DELETE', `/api/v1/rosters/${id}/solve`), 409);
  });

  it('records a failed solve on the roster, with its error', async () => {
    const db = t.database.db;
    const [roster] = await db.insert(rosters).values({ period: '2026-12', scope: '520203', status: 'queued', seconds: 1, jobId: 'job-x' }).returning();
    const failing: SolveRunner = () => ({ result: Promise.reject(new Error('solver worker exited with code 134')), stop() {} });
    await runSolveJob({ db, calendar: t.deps.calendar, logger: silentLogger, runner: failing }, { rosterId: roster!.id, mode: 'solve' }, { id: 'job-x' });
    const r = Roster.parse(await (await t.call('GET', `/api/v1/rosters/${roster!.id}`)).json());
    expect(r).toMatchObject({ status: 'failed', error: 'solver worker exited with code 134' });
    await expectProblem(await t.call('POST', `/api/v1/rosters/${roster!.id}/publish`, {}), 409);
  });

  it('re-solves a solved roster as a new job, and refuses a second re-solve while it is queued', async () => {
    // Each call is raced against a deadline: a request that waits on itself (the job sent inside
    // the roster's transaction, over PGlite's one connection) hung this and every later request.
    const within = async <T>(what: string, p: Promise<T>, ms = 20_000): Promise<T> =>
      Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms))]);
    const res = await t.call('POST', '/api/v1/rosters', { body: { period: '2026-12', scope: '520203', seconds: 2 } });
    const first = Roster.parse(await res.json());
    const solved = Roster.parse(await waitForStatus(t, first.id, ['solved', 'failed']));
    expect(solved.status).toBe('solved');
    const [before] = await t.database.db.select().from(rosters).where(eq(rosters.id, first.id));

    const again = await within('POST resolve', t.call('POST', `/api/v1/rosters/${first.id}/resolve`, { body: { seconds: 2 } }));
    expect(again.status, await again.clone().text()).toBe(202);
    const queued = Roster.parse(await again.json());
    expect(queued.status).toBe('queued');
    expect(solved.progress).not.toBeNull();
    expect(queued.progress).toBeNull(); // not the last solve's figures
    await expectProblem(await within('a second resolve', t.call('POST', `/api/v1/rosters/${first.id}/resolve`, { body: {} })), 409);
    const done = Roster.parse(await waitForStatus(t, first.id, ['solved', 'failed']));
    expect(done.status).toBe('solved');
    expect(done.draftVersion).toBeGreaterThan(solved.draftVersion);
    const [after] = await t.database.db.select().from(rosters).where(eq(rosters.id, first.id));
    expect(after!.jobId).not.toBe(before!.jobId);
    expect((await within('GET /health', t.call('GET', '/health'))).status).toBe(200);
  });

  it('refuses a period without a working-day calendar, a bad scope and a foreign district', async () => {
    await expectProblem(await t.call('POST', '/api/v1/rosters', { body: { period: '2031-03', scope: '520203' } }), 422, '/period');
    await expectProblem(await t.call('POST', '/api/v1/rosters', { body: { period: '2026-13', scope: '520203' } }), 422, '/period');
    await expectProblem(await t.call('POST', '/api/v1/rosters', { body: { period: '2026-12', scope: '529999' } }), 422, '/scope');
  });
});
