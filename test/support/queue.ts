// Starts a solve queue with an in-process worker on a test database, for roster tests.
import type { TestContext } from './app.js';
import { startSolveQueue } from '../../src/roster/worker.js';
import type { SolveQueue } from '../../src/roster/jobs.js';
import { silentLogger } from '../../src/deps.js';

export async function withQueue(t: TestContext, work = true): Promise<SolveQueue> {
  const queue = await startSolveQueue({
    database: t.database,
    calendar: t.deps.calendar,
    logger: silentLogger,
    work,
    queueOptions: { pollingIntervalSeconds: 0.5, maintenanceIntervalSeconds: 1 },
    pollMs: 200,
  });
  t.deps.queue = queue;
  return queue;
}

/** Polls the roster until its status is one of `statuses` (or the deadline passes). */
export async function waitForStatus(t: TestContext, id: number, statuses: string[], timeoutMs = 60_000): Promise<Record<string, unknown>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const r = (await (await t.call('GET', `/api/v1/rosters/${id}`)).json()) as Record<string, unknown>;
    if (statuses.includes(r.status as string)) return r;
    if (Date.now() > deadline) throw new Error(`roster ${id} still ${String(r.status)} after ${timeoutMs} ms`);
    await new Promise((res) => setTimeout(res, 200));
  }
}
