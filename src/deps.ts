// What the app needs from the outside world, passed in (never imported as singletons), so tests
// build the whole app on a test database in one line.
import type { Database } from '../db/client.js';
import type { WorkingDayCalendar } from './domain/working-days.js';
import type { SolveQueue } from './roster/jobs.js';
import type { PublishHook } from './roster/publish.js';

export interface Logger {
  info(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

export interface Deps {
  database: Database;
  /** The clock (injectable for tests). */
  now: () => Date;
  logger: Logger;
  /** Base URL for links in responses (feed URLs). */
  publicUrl: string;
  /** Server secret that lets a feed's owner see its address again (src/auth/feed-key.ts);
   *  without it an address is shown only when issued. */
  feedKey?: Buffer;
  /** China's working-day calendars (holidays, make-up days, school terms). */
  calendar: WorkingDayCalendar;
  /** The solve queue; absent in processes that only serve reads. */
  queue?: SolveQueue;
  /** Run inside every publication's transaction (the subsidy ledger). */
  publishHooks?: PublishHook[];
  /** The embedded database's directory (DATA_DIR), where demo-accounts.json lives; absent on PostgreSQL or in tests. */
  dataDir?: string;
}

export const silentLogger: Logger = { info() {}, error() {} };

export function consoleLogger(level: 'silent' | 'error' | 'info' | 'debug'): Logger {
  const write = (lvl: string, msg: string, fields?: Record<string, unknown>) =>
    process.stderr.write(`${JSON.stringify({ t: new Date().toISOString(), level: lvl, msg, ...fields })}\n`);
  return {
    info: (m, f) => {
      if (level === 'info' || level === 'debug') write('info', m, f);
    },
    error: (m, f) => {
      if (level !== 'silent') write('error', m, f);
    },
  };
}
