// Bench section `npm run bench -- feeds`: serves one lawyer's demo month (test/fixtures/demo-month.ts)
// from a second process on loopback and loads it with wrk (Debian: apt-get install -y wrk) for
// 10 s without and with If-None-Match; prints requests per second and latency percentiles.
// The server process uses PGlite in memory, or a fresh database on DATABASE_URL when set.
// `--write-feed <file>` also saves the feed text (the report's sample). The feed URL holds the
// token, so it is never printed.
import { loadCalendarOrThrow } from '../../src/calendar.js';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SELF = fileURLToPath(import.meta.url);
const SECONDS = 10;
/** wrk: one thread (the server has the other core), a few keep-alive connections, as a handful
 *  of calendar clients polling at once would be. */
const WRK_ARGS = ['-t1', '-c8', `-d${SECONDS}s`, '--latency'];

interface Ready {
  port: number;
  /** The same feed route with revalidateMs 0: a database check on every request. */
  strictPort: number;
  path: string;
  duties: number;
  person: string;
  database: string;
}

// ---- the server process ----

async function serveMode(): Promise<void> {
  const { serve } = await import('@hono/node-server');
  const { migrateDatabase, openDatabase } = await import('../../db/client.js');
  const { seedDemo } = await import('../../db/seed.js');
  const { issueFeedToken } = await import('../../db/repositories/feeds.js');
  const { createApp } = await import('../../src/app.js');
  const { feedRoutes } = await import('../../src/http/feeds.js');
  const { silentLogger } = await import('../../src/deps.js');
  const { generateDemo } = await import('../../src/demo/index.js');
  const { publishDemoMonth } = await import('../fixtures/demo-month.js');
  const postgres = (await import('postgres')).default;

  const base = process.env.DATABASE_URL || undefined;
  let url: string | undefined;
  if (base) {
    const name = `zhiban_bench_feeds_${process.pid}`;
    const admin = postgres(base, { max: 1, onnotice: () => {} });
    await admin.unsafe(`drop database if exists ${name}`);
    await admin.unsafe(`create database ${name}`);
    await admin.end();
    const u = new URL(base);
    u.pathname = `/${name}`;
    url = u.toString();
  }
  const database = await openDatabase(url ? { url } : {});
  await migrateDatabase(database);
  await seedDemo(database, generateDemo({ seed: 1, scale: 1 }));
  const month = await publishDemoMonth(database);
  // A fixed clock inside the demo month's window, so the figures do not depend on today's date.
  const now = () => new Date('2026-12-01T00:00:00Z');
  const { token } = await issueFeedToken(database.db, { subject: 'person', personId: month.personId }, now());
  const deps = { database, now, logger: silentLogger, publicUrl: 'http://127.0.0.1', calendar: loadCalendarOrThrow() };
  const app = createApp(deps);
  const strict = feedRoutes(deps, { revalidateMs: 0 });
  const listen = (fetch: typeof app.fetch) =>
    new Promise<number>((resolve) => serve({ fetch, hostname: '127.0.0.1', port: 0 }, (info) => resolve(info.port)));
  const [port, strictPort] = [await listen(app.fetch), await listen(strict.fetch)];
  const ready: Ready = { port, strictPort, path: `/feeds/${token}.ics`, duties: month.duties, person: month.personName, database: database.kind };
  process.stdout.write(`${JSON.stringify(ready)}\n`);
  const stop = async () => {
    await database.close();
    if (base && url) {
      const admin = postgres(base, { max: 1, onnotice: () => {} });
      await admin.unsafe(`drop database if exists ${new URL(url).pathname.slice(1)} with (force)`);
      await admin.end();
    }
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
}

// ---- the load generator ----

interface WrkFigures {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  errors: string | null;
}

/** '12.34ms' / '812.00us' / '1.02s' → milliseconds. */
function ms(text: string): number {
  const m = /^([\d.]+)(us|ms|s)$/.exec(text.trim());
  if (!m) return Number.NaN;
  const v = Number(m[1]);
  return m[2] === 'us' ? v / 1000 : m[2] === 's' ? v * 1000 : v;
}

function wrk(url: string, headers: string[]): WrkFigures {
  const args = [...WRK_ARGS, ...headers.flatMap((h) => ['-H', h]), url];
  const r = spawnSync('wrk', args, { encoding: 'utf8' });
  if (r.error || r.status !== 0) throw new Error(`wrk failed: ${r.error?.message ?? r.stderr}`);
  const out = r.stdout;
  const pick = (re: RegExp) => re.exec(out)?.[1] ?? '';
  return {
    rps: Number(pick(/Requests\/sec:\s+([\d.]+)/)),
    p50: ms(pick(/\n\s+50%\s+(\S+)/)),
    p99: ms(pick(/\n\s+99%\s+(\S+)/)),
    requests: Number(pick(/(\d+) requests in/)),
    errors: /Socket errors|Non-2xx or 3xx/.exec(out) ? out.split('\n').filter((l) => /Socket errors|Non-2xx/.test(l)).join('; ').trim() : null,
  };
}

function startServer(): Promise<{ child: ChildProcess; ready: Ready }> {
  const child = spawn(process.execPath, ['--import', 'tsx', SELF, '--serve'], { stdio: ['ignore', 'pipe', 'inherit'], env: process.env });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => resolve({ child, ready: JSON.parse(line) as Ready }));
    child.once('exit', (code) => reject(new Error(`feed server exited (${code}) before it was ready`)));
  });
}

export async function run(args: string[]): Promise<void> {
  if (spawnSync('wrk', ['--version']).error) {
    process.stdout.write('feeds: wrk is not installed (apt-get install -y wrk); skipped\n');
    return;
  }
  const t0 = performance.now();
  const { child, ready } = await startServer();
  try {
    const url = `http://127.0.0.1:${ready.port}${ready.path}`;
    const first = await fetch(url);
    const body = await first.text();
    const etag = first.headers.get('etag');
    const second = await fetch(url, { headers: { 'if-none-match': etag ?? '' } });
    if (first.status !== 200 || !etag || second.status !== 304) throw new Error(`feed not served as expected: ${first.status}, ${second.status}`);
    const out = args.indexOf('--write-feed');
    if (out >= 0 && args[out + 1]) writeFileSync(args[out + 1]!, body);
    const events = body.split('BEGIN:VEVENT').length - 1;
    process.stdout.write(
      `feed server ready in ${((performance.now() - t0) / 1000).toFixed(1)} s (${ready.database}, demo data seeded); ` +
        `feed of ${ready.person}: ${events} events (${ready.duties} live duties), ${Buffer.byteLength(body)} bytes\n`,
    );
    wrk(url, []); // warm-up run (JIT, caches); not reported
    const strictUrl = `http://127.0.0.1:${ready.strictPort}${ready.path}`;
    for (const [label, target, headers] of [
      ['200 full feed (no If-None-Match)', url, []],
      ['304 (If-None-Match)', url, [`If-None-Match: ${etag}`]],
      ['304, database checked on every request (revalidateMs 0)', strictUrl, [`If-None-Match: ${etag}`]],
    ] as const) {
      const f = wrk(target, [...headers]);
      process.stdout.write(
        `feed ${label}: ${f.rps.toFixed(0)} req/s, p50 ${f.p50.toFixed(2)} ms, p99 ${f.p99.toFixed(2)} ms ` +
          `(${f.requests} requests in ${SECONDS} s, wrk ${WRK_ARGS.join(' ')})${f.errors ? `; ${f.errors}` : ''}\n`,
      );
    }
    process.stdout.write('target: ≥ 2,000 req/s and p99 ≤ 50 ms for 304s (2 shared cores: figures are noisy)\n');
  } finally {
    child.kill('SIGTERM');
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href && process.argv.includes('--serve')) {
  serveMode().catch((err) => {
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  });
}
