// Bench section `npm run bench -- roster-month`: the Liupanshui demo, one city month (December
// 2026), from POST /api/v1/rosters to a solved roster through the API with the in-process job
// worker — seats, filled, unfilled (and why, in totals), hard violations and seconds (target
// ≤ 30 s). Runs on PGlite in memory, or on a fresh database on DATABASE_URL's server when set.
// `--seconds N` sets the solver's time limit (default 10); `--scope CODE` plans one district.
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { migrateDatabase, openDatabase, type Database } from '../../db/client.js';
import { createApiToken } from '../../db/repositories/tokens.js';
import { seedDemo } from '../../db/seed.js';
import { createApp } from '../../src/app.js';
import { loadCalendarOrThrow } from '../../src/calendar.js';
import { generateDemo } from '../../src/demo/index.js';
import { silentLogger } from '../../src/deps.js';
import { startSolveQueue } from '../../src/roster/worker.js';

async function freshDatabase(): Promise<{ database: Database; drop: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) return { database: await openDatabase({}), drop: async () => {} };
  const name = `zhiban_bench_${process.pid}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.unsafe(`create database ${name}`);
  const u = new URL(url);
  u.pathname = `/${name}`;
  const database = await openDatabase({ url: u.toString() });
  return {
    database,
    drop: async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

export async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, allowPositionals: true, strict: false, options: { seconds: { type: 'string', default: '10' }, scope: { type: 'string', default: 'city' } } });
  const seconds = Number(values.seconds);
  const scope = String(values.scope);
  const { database, drop } = await freshDatabase();
  try {
    await migrateDatabase(database);
    await seedDemo(database, generateDemo({ seed: 1, scale: 1 }));
    const calendar = loadCalendarOrThrow();
    const queue = await startSolveQueue({ database, calendar, logger: silentLogger, work: true, queueOptions: { pollingIntervalSeconds: 0.5 }, pollMs: 500 });
    const app = createApp({ database, calendar, queue, now: () => new Date(), logger: silentLogger, publicUrl: 'http://127.0.0.1' });
    const { token } = await createApiToken(database.db, { role: 'admin' });
    const call = async (method: string, path: string, body?: unknown) =>
      (await app.request(path, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) })).json() as Promise<Record<string, unknown>>;

    const t0 = performance.now();
    const created = await call('POST', '/api/v1/rosters', { period: '2026-12', scope, seconds, seed: 1 });
    const id = created.id as number;
    const generated = (performance.now() - t0) / 1000;
    let roster: Record<string, unknown> = created;
    let picked: number | undefined;
    while (!['solved', 'stopped', 'failed'].includes(roster.status as string)) {
      await new Promise((r) => setTimeout(r, 250));
      roster = await call('GET', `/api/v1/rosters/${id}`);
      if (picked === undefined && roster.status === 'solving') picked = (performance.now() - t0) / 1000;
    }
    const wall = (performance.now() - t0) / 1000;
    const counts = roster.counts as { shifts: number; seats: number; filled: number; unfilled: number };
    const unfilled = await call('GET', `/api/v1/rosters/${id}/unfilled`);
    const score = roster.score as { hard: number; medium: number; soft: number };
    const result = {
      database: database.kind,
      scope,
      period: '2026-12',
      solverSeconds: seconds,
      status: roster.status,
      shifts: counts.shifts,
      seats: counts.seats,
      filled: counts.filled,
      unfilled: counts.unfilled,
      unfilledWhy: unfilled.totals,
      hardViolations: score.hard,
      score,
      seconds: +wall.toFixed(1),
      phases: { generateSeconds: +generated.toFixed(1), solvingFromSeconds: picked === undefined ? null : +picked.toFixed(1), solverMs: (roster.progress as { elapsedMs?: number } | null)?.elapsedMs ?? null },
      firstFeasibleMs: (roster.progress as { firstFeasibleMs?: number } | null)?.firstFeasibleMs ?? null,
    };
    process.stdout.write(
      `| database | scope | shifts | seats | filled | unfilled | hard | seconds (POST → solved) |\n|---|---|---|---|---|---|---|---|\n` +
        `| ${result.database} | ${scope} | ${result.shifts} | ${result.seats} | ${result.filled} | ${result.unfilled} | ${result.hardViolations} | ${result.seconds} |\n` +
        `unfilled, why (person-seats ruled out per rule): ${JSON.stringify(result.unfilledWhy)}\n` +
        `phases: ${JSON.stringify(result.phases)}, first feasible after ${result.firstFeasibleMs} ms of solving\n`,
    );
    mkdirSync('bench-results', { recursive: true });
    writeFileSync(`bench-results/roster-month-${database.kind}.json`, `${JSON.stringify(result, null, 2)}\n`);
    await queue.stop();
  } finally {
    await database.close();
    await drop();
  }
}
