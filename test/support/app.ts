// Builds the whole app on a fresh test database, with one token per role, and small helpers
// to call it through app.request() the way a client would.
import { randomBytes } from 'node:crypto';
import type { Database } from '../../db/client.js';
import { createApiToken } from '../../db/repositories/tokens.js';
import { createApp, type AppOptions } from '../../src/app.js';
import { consoleLogger, type Deps } from '../../src/deps.js';
import { testDatabase } from './db.js';
import { loadCalendarOrThrow } from '../../src/calendar.js';
import { recordPublishedVersion } from '../../src/subsidies/ledger.js';
import type { TemplateName } from './templates.js';

export interface TestContext {
  app: ReturnType<typeof createApp>;
  database: Database;
  deps: Deps;
  tokens: Record<string, string>;
  call(method: string, path: string, opts?: { token?: string | null; body?: unknown; raw?: string; headers?: Record<string, string> }): Promise<Response>;
  close(): Promise<void>;
}

export async function testApp(template: TemplateName = 'empty', options: AppOptions = {}, now = () => new Date('2026-11-26T02:00:00Z')): Promise<TestContext> {
  const database = await testDatabase(template);
  const deps: Deps = { database, now, logger: consoleLogger('error'), publicUrl: 'http://127.0.0.1:8787', calendar: loadCalendarOrThrow(), publishHooks: [recordPublishedVersion], feedKey: randomBytes(32) };
  const app = createApp(deps, options);
  const tokens: Record<string, string> = {};
  tokens.admin = (await createApiToken(database.db, { role: 'admin', label: 'test admin' })).token;
  tokens.finance = (await createApiToken(database.db, { role: 'finance' })).token;
  tokens.cityCoordinator = (await createApiToken(database.db, { role: 'coordinator', districtCode: null })).token;
  const call: TestContext['call'] = (method, path, opts = {}) => {
    const headers: Record<string, string> = { ...(opts.headers ?? {}) };
    const token = opts.token === undefined ? tokens.admin : opts.token;
    if (token) headers.authorization = `Bearer ${token}`;
    let body: string | undefined;
    if (opts.raw !== undefined) body = opts.raw;
    else if (opts.body !== undefined) body = JSON.stringify(opts.body);
    if (body !== undefined && !headers['content-type']) headers['content-type'] = 'application/json';
    return Promise.resolve(app.request(path, { method, headers, body }));
  };
  return { app, database, deps, tokens, call, close: () => database.close() };
}
