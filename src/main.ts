// Entry: load config → open, migrate and (first time) seed the database → createApp(deps) →
// serve on HOST:PORT; closes cleanly on SIGTERM/SIGINT.
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { boot } from './bootstrap.js';
import { ConfigError, loadConfig } from './config.js';
import { ensureDemoAccounts } from './demo-accounts.js';
import { consoleLogger, type Deps } from './deps.js';
import { loadCalendarOrThrow } from './calendar.js';
import { loadFeedKey } from './feed-key-file.js';
import { startSolveQueue } from './roster/worker.js';
import { recordPublishedVersion } from './subsidies/ledger.js';

async function main(): Promise<void> {
  const started = performance.now();
  const config = loadConfig();
  const logger = consoleLogger(config.logLevel);
  const { database, seeded } = await boot(config);
  if (seeded) logger.info('seeded the Liupanshui demo data', { ...seeded });
  const calendar = loadCalendarOrThrow();
  const feedKey = loadFeedKey(config);
  const deps: Deps = {
    database, now: () => new Date(), logger, publicUrl: config.publicUrl, calendar, publishHooks: [recordPublishedVersion],
    ...(feedKey ? { feedKey } : {}),
    ...(database.kind === 'pglite' ? { dataDir: config.dataDir } : {}),
  };
  if (!deps.feedKey) logger.info('no ZHIBAN_FEED_KEY: feed addresses are shown only when issued');
  const app = createApp(deps);
  // The job queue (pg-boss creates its own schema on a first start) comes up while the API
  // already serves; until it is ready, starting a solve answers 503.
  const queueReady = startSolveQueue({ database, calendar, logger, work: config.runWorker, queueOptions: { maintenanceIntervalSeconds: config.jobMaintenanceSeconds, expireSlackSeconds: config.jobExpireSlackSeconds } }).then(
    (queue) => {
      deps.queue = queue;
      logger.info('solve queue ready', { worker: config.runWorker });
      return queue;
    },
    (err: unknown) => {
      logger.error('the solve queue failed to start', { error: err instanceof Error ? err.message : String(err) });
      return undefined;
    },
  );

  const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
    const ms = Math.round(performance.now() - started);
    process.stdout.write(`zhiban listening on http://${config.host}:${info.port} (database: ${database.kind}, ready in ${ms} ms)\n`);
  });

  if (database.kind === 'pglite' && config.seedDemo) {
    const accounts = await ensureDemoAccounts(database, config.dataDir);
    process.stdout.write('Demo accounts (embedded database only; tokens for the web UI or the API):\n');
    for (const a of accounts) process.stdout.write(`  ${a.role.padEnd(12)} ${a.label}\n    ${a.token}\n`);
  }

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info('shutting down', { signal });
    server.close(async () => {
      await (await queueReady)?.stop();
      await database.close();
      process.exit(0);
    });
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((err) => {
  process.stderr.write(`${err instanceof ConfigError ? err.message : err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
