// The solve queue on pg-boss. On PostgreSQL pg-boss opens its own pool; on the embedded PGlite
// it runs its SQL through our single connection. Any number of workers on any machines that
// share the database share the queue: that is how solving grows past one machine.
import PgBoss from 'pg-boss';
import type { Database } from '../../db/client.js';

export const SOLVE_QUEUE = 'roster-solve';

export interface SolveJobData {
  rosterId: number;
  /** The kind of solve: a fresh solve, a re-solve keeping pins, or a repair after publish. */
  mode: 'solve' | 'resolve' | 'repair';
}

export interface JobQueueOptions {
  /** Seconds between maintenance runs (expired jobs are retried then). */
  maintenanceIntervalSeconds?: number;
  pollingIntervalSeconds?: number;
  /** Seconds a job may overrun its solve time limit before it is presumed dead (default 30). */
  expireSlackSeconds?: number;
}

export function createBoss(database: Database, url: string | undefined, opts: JobQueueOptions = {}): PgBoss {
  const common = {
    schedule: false,
    supervise: true,
    maintenanceIntervalSeconds: opts.maintenanceIntervalSeconds ?? 30,
  };
  if (database.kind === 'postgres' && url) return new PgBoss({ connectionString: url, max: 4, ...common });
  return new PgBoss({
    ...common,
    db: { executeSql: async (text: string, values: unknown[] = []) => ({ rows: await database.raw.query(text, values) }) },
  } as PgBoss.ConstructorOptions);
}

export class SolveQueue {
  constructor(
    readonly boss: PgBoss,
    private readonly expireSlackSeconds = 30,
  ) {}

  async start(): Promise<void> {
    await this.boss.start();
    await this.boss.createQueue(SOLVE_QUEUE, { name: SOLVE_QUEUE, retryLimit: 3, retryDelay: 1 });
  }

  /** Enqueues a solve; `seconds` is the solve's time limit, so the job expires (and is retried
   *  by another worker) only when its worker has clearly died. */
  async enqueue(data: SolveJobData, seconds: number): Promise<string> {
    const id = await this.boss.send(SOLVE_QUEUE, data, {
      // Loading and saving take time too: 1.5 × the limit, plus the slack.
      expireInSeconds: Math.ceil(seconds * 1.5) + this.expireSlackSeconds,
      retryLimit: 3,
      retryDelay: 1,
    });
    if (!id) throw new Error('the solve job was not queued');
    return id;
  }

  async work(handler: (data: SolveJobData, job: { id: string; retryCount: number }) => Promise<void>, pollingIntervalSeconds = 1): Promise<string> {
    return this.boss.work<SolveJobData>(SOLVE_QUEUE, { pollingIntervalSeconds, batchSize: 1, includeMetadata: true }, async (jobs) => {
      for (const job of jobs) {
        await handler(job.data, { id: job.id, retryCount: (job as unknown as { retryCount?: number }).retryCount ?? 0 });
      }
    });
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }
}
