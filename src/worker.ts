// `npm run worker`: a standalone solve worker. Start any number, on any machines that share the
// database (DATABASE_URL): they share the pg-boss queue, and a job whose worker dies is retried.
import { boot } from './bootstrap.js';
import { loadCalendarOrThrow } from './calendar.js';
import { ConfigError, loadConfig } from './config.js';
import { consoleLogger } from './deps.js';
import { startSolveQueue } from './roster/worker.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = consoleLogger(config.logLevel);
  const { database } = await boot(config, { seed: false });
  const queue = await startSolveQueue({ database, calendar: loadCalendarOrThrow(), logger, work: true, queueOptions: { maintenanceIntervalSeconds: config.jobMaintenanceSeconds, expireSlackSeconds: config.jobExpireSlackSeconds } });
  process.stdout.write(`zhiban worker ready (database: ${database.kind}, pid ${process.pid})\n`);
  const shutdown = async () => {
    await queue.stop();
    await database.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown());
  process.on('SIGINT', () => void shutdown());
}

main().catch((err) => {
  process.stderr.write(`${err instanceof ConfigError ? err.message : err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
