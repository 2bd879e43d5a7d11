// Two standalone worker processes on one queue solve six jobs exactly once each, one of them
// after its first worker is killed mid-solve. Needs a real PostgreSQL (several processes cannot
// share the embedded PGlite), so it runs in CI's PostgreSQL pass.
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { Roster } from '../../schemas/rosters.js';
import type { SolveQueue } from '../../src/roster/jobs.js';
import { testApp, type TestContext } from '../support/app.js';
import { waitForStatus, withQueue } from '../support/queue.js';

const onPostgres = inject('dbKind') === 'postgres';

function startWorker(url: string): { child: ChildProcess; solving: Set<number> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/worker.ts'], {
    env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'info', ZHIBAN_SEED_DEMO: '0', ZHIBAN_JOB_MAINTENANCE_SECONDS: '1', ZHIBAN_JOB_EXPIRE_SLACK_SECONDS: '2', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const solving = new Set<number>();
  child.stderr!.on('data', (buf: Buffer) => {
    for (const line of buf.toString().split('\n')) {
      const m = /"msg":"solve started".*"rosterId":(\d+)/.exec(line);
      if (m) solving.add(Number(m[1]));
    }
  });
  return { child, solving };
}

// Reason for skipping: PGlite is an in-process database; separate worker processes need PostgreSQL.
describe.skipIf(!onPostgres)('worker processes sharing one queue (PostgreSQL)', () => {
  let t: TestContext;
  let queue: SolveQueue;
  const workers: ReturnType<typeof startWorker>[] = [];

  beforeAll(async () => {
    t = await testApp('demo');
    queue = await withQueue(t, false); // this process only enqueues
  });
  afterAll(async () => {
    for (const w of workers) w.child.kill('SIGKILL');
    await queue.stop();
    await t.close();
  });

  it('solves six jobs exactly once each, including one whose worker is killed mid-solve', async () => {
    const url = t.database.url!;
    workers.push(startWorker(url), startWorker(url));
    const create = async (seconds: number, seed: number) => {
      const res = await t.call('POST', '/api/v1/rosters', { body: { period: '2026-12', scope: '520203', seconds, seed } });
      return Roster.parse(await res.json()).id;
    };
    // The first job solves long enough to be killed in the middle of it.
    const first = await create(8, 1);
    const deadline = Date.now() + 60_000;
    let victim: (typeof workers)[number] | undefined;
    while (!victim && Date.now() < deadline) {
      victim = workers.find((w) => w.solving.has(first));
      if (!victim) await new Promise((r) => setTimeout(r, 100));
    }
    expect(victim, 'a worker started the first job').toBeDefined();
    await new Promise((r) => setTimeout(r, 1500));
    victim!.child.kill('SIGKILL');
    workers.push(startWorker(url)); // two live workers again
    const ids = [first];
    for (let i = 1; i < 6; i++) ids.push(await create(5, i + 1));

    for (const id of ids) {
      const r = Roster.parse(await waitForStatus(t, id, ['solved', 'failed'], 150_000));
      expect(r.status).toBe('solved');
      expect(r.score!.hard).toBe(0);
    }
    // Exactly one saved solve per roster, and the killed job was retried, not duplicated.
    const saves = await t.database.raw.query<{ entity_id: string; n: number }>(
      `select entity_id, count(*)::int as n from audit_log where entity = 'roster' and action = 'solve' group by entity_id order by entity_id`,
    );
    expect(saves.map((s) => [Number(s.entity_id), s.n])).toEqual(ids.map((id) => [id, 1]));
    const jobs = await t.database.raw.query<{ retry_count: number; state: string }>(
      `select retry_count, state from pgboss.job where name = 'roster-solve' and (data->>'rosterId')::int = $1`,
      [first],
    );
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.retry_count).toBeGreaterThanOrEqual(1);
    expect(jobs[0]!.state).toBe('completed');
    // The killed worker never saved it; a live one did.
    expect(victim!.child.exitCode === null && victim!.child.signalCode === 'SIGKILL').toBe(true);
  }, 240_000);
});
