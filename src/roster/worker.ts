// Starts the solve queue (and, when asked, a worker on it) for a process: the API process runs
// one in-process by default; `npm run worker` runs standalone workers sharing the same queue.
import type { Database } from '../../db/client.js';
import type { Logger } from '../deps.js';
import type { WorkingDayCalendar } from '../domain/working-days.js';
import { createBoss, SolveQueue, type JobQueueOptions } from './jobs.js';
import { runSolveJob, type SolveRunner } from './solve-job.js';

export interface QueueSetup {
  database: Database;
  calendar: WorkingDayCalendar;
  logger: Logger;
  work: boolean;
  runner?: SolveRunner;
  queueOptions?: JobQueueOptions;
  pollMs?: number;
}

export async function startSolveQueue(setup: QueueSetup): Promise<SolveQueue> {
  const boss = createBoss(setup.database, setup.database.url, setup.queueOptions);
  boss.on('error', (err) => setup.logger.error('job queue error', { error: err.message }));
  const queue = new SolveQueue(boss, setup.queueOptions?.expireSlackSeconds);
  await queue.start();
  if (setup.work) {
    await queue.work(
      (data, job) =>
        runSolveJob(
          { db: setup.database.db, calendar: setup.calendar, logger: setup.logger, ...(setup.runner ? { runner: setup.runner } : {}), ...(setup.pollMs ? { pollMs: setup.pollMs } : {}) },
          data,
          job,
        ),
      setup.queueOptions?.pollingIntervalSeconds ?? 1,
    );
  }
  return queue;
}
