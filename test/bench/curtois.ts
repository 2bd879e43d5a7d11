// Bench section: the Curtois benchmark instances present in ../shared/benchmarks/curtois (or the
// files given as arguments) solved at fixed time limits (default 10 s and 60 s, one core, seed 1);
// prints objective, best-known, gap and time to first feasible, and writes bench-results/curtois.json.
// `--seeds 1,2,3` solves each instance once per seed and prints each instance's objectives with
// the median and worst gap (the figures of one seed vary by a few hundred on 13, 15 and 19).
// `--workers N` solves each instance with the runner's portfolio instead (seeds S…S+N-1 in worker
// threads, best kept: what a roster job does on these 2-core machines), start-up inside the limit.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCurtois } from '../../src/solver/formats/curtois.js';
import { solve, type Solution } from '../../src/solver/index.js';
import { runSolver } from '../../src/solver-runner/index.js';
import { loadMipSolver } from '../../src/solver-runner/highs.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CURTOIS_DIR = resolve(repoRoot, '../shared/benchmarks/curtois');

export interface CurtoisRow {
  instance: string;
  limitSeconds: number;
  seed: number;
  objective: number;
  hardViolations: number;
  bestKnown: number | null;
  gapPercent: number | null;
  firstFeasibleSeconds: number | null;
  iterations: number;
  /** Wall-clock seconds, worker start-up included. */
  seconds: number;
  workers: number;
}

export function bestKnown(): Map<string, number> {
  const file = resolve(CURTOIS_DIR, 'best-known.tsv');
  const out = new Map<string, number>();
  if (!existsSync(file)) return out;
  for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
    const f = line.split('\t');
    if (f.length >= 6 && f[0]) out.set(f[0], Number(f[5]));
  }
  return out;
}

function instanceNumber(name: string): number {
  return Number(name.replace(/\D/g, '')) || 0;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n === 0 ? NaN : n % 2 ? s[(n - 1) / 2]! : (s[n / 2 - 1]! + s[n / 2]!) / 2;
}

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

export async function run(args: string[]): Promise<void> {
  const files = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1]!.startsWith('--') && args[i - 1] !== '--quick'));
  let list = files;
  if (list.length === 0) {
    if (!existsSync(CURTOIS_DIR)) {
      process.stdout.write(`skipped: ${CURTOIS_DIR} is missing\n`);
      return;
    }
    list = readdirSync(CURTOIS_DIR).filter((f) => /^Instance\d+\.txt$/.test(f))
      .sort((a, b) => instanceNumber(a) - instanceNumber(b)).map((f) => resolve(CURTOIS_DIR, f));
  }
  const limits = (flag(args, 'limits') ?? (args.includes('--quick') ? '10' : '10,60')).split(',').map(Number);
  const seed = Number(flag(args, 'seed') ?? 1);
  // `--seeds 1,2,3,4`: every instance once per seed (one core each), summarised per instance.
  const seeds = flag(args, 'seeds')?.split(',').map(Number) ?? [seed];
  const workers = Math.max(1, Number(flag(args, 'workers') ?? 1));
  const how = workers > 1 ? `portfolio of ${workers} workers from seed ${seeds.join(', ')}`
    : seeds.length > 1 ? `one core, seeds ${seeds.join(', ')}` : `one core, seed ${seed}`;
  const known = bestKnown();
  const rows: CurtoisRow[] = [];
  // Lent to one-core solves as the runner's workers lend it (loaded once, outside the timing).
  const mip = await loadMipSolver();
  const solveOnce = async (file: string, limit: number, s: number): Promise<CurtoisRow> => {
    const instance = basename(file).replace(/\.txt$/, '');
    const problem = parseCurtois(readFileSync(file, 'utf8'), instance);
    const t0 = performance.now();
    const sol: Solution = workers === 1
      ? solve(problem, { seed: s, timeLimitMs: limit * 1000, now: () => performance.now(), mip })
      : await runSolver(problem, { seed: s, workers, timeLimitMs: limit * 1000 }).result;
    const seconds = Math.round((performance.now() - t0) / 100) / 10;
    const bk = known.get(instance) ?? null;
    const gap = bk && sol.score.hard === 0 ? Math.round(((sol.score.soft - bk) / bk) * 1000) / 10 : null;
    return {
      instance, limitSeconds: limit, seed: s, objective: sol.score.soft, hardViolations: sol.score.hard, bestKnown: bk,
      gapPercent: gap, iterations: sol.stats.iterations, seconds, workers,
      firstFeasibleSeconds: sol.stats.firstFeasibleMs === null ? null : Math.round(sol.stats.firstFeasibleMs / 10) / 100,
    };
  };
  for (const limit of limits) {
    process.stdout.write(`\n### Curtois, ${limit} s per instance (${how})\n\n`);
    process.stdout.write(seeds.length > 1
      ? '| instance | objectives | best-known | median gap % | worst gap % | first feasible, latest (s) | hard, most |\n|---|---|---:|---:|---:|---:|---:|\n'
      : '| instance | objective | best-known | gap % | first feasible (s) | hard | seconds |\n|---|---:|---:|---:|---:|---:|---:|\n');
    const gaps: number[] = [];
    const worst: number[] = [];
    for (const file of list) {
      const runs: CurtoisRow[] = [];
      for (const s of seeds) runs.push(await solveOnce(file, limit, s));
      rows.push(...runs);
      const r = runs[0]!;
      const g = runs.map((x) => x.gapPercent ?? Number.POSITIVE_INFINITY);
      const mid = Math.round(median(g) * 10) / 10, most = Math.max(...g);
      if (instanceNumber(r.instance) <= 19) {
        gaps.push(mid);
        worst.push(most);
      }
      if (seeds.length === 1) {
        process.stdout.write(`| ${r.instance} | ${r.hardViolations === 0 ? r.objective : `(${r.objective})`} | ${r.bestKnown ?? '–'} | ${r.gapPercent ?? '–'} | ${r.firstFeasibleSeconds ?? 'none'} | ${r.hardViolations} | ${r.seconds} |\n`);
        continue;
      }
      const ff = runs.map((x) => x.firstFeasibleSeconds);
      process.stdout.write(`| ${r.instance} | ${runs.map((x) => (x.hardViolations === 0 ? x.objective : `(${x.objective})`)).join(' / ')} | ${r.bestKnown ?? '–'} | `
        + `${mid} | ${most} | ${ff.includes(null) ? 'none' : Math.max(...(ff as number[]))} | ${Math.max(...runs.map((x) => x.hardViolations))} |\n`);
    }
    // With one seed the median of the medians is the median gap and the worst of any seed the worst.
    if (gaps.length > 0) {
      const [medianWord, worstWord] = seeds.length > 1 ? ['median of the median gaps', 'worst gap of any seed'] : ['median gap', 'worst'];
      process.stdout.write(`\nInstances 1–19 at ${limit} s: ${medianWord} ${median(gaps).toFixed(1)} %, ${worstWord} ${Math.max(...worst).toFixed(1)} %\n`);
    }
  }
  mkdirSync(resolve(repoRoot, 'bench-results'), { recursive: true });
  writeFileSync(resolve(repoRoot, 'bench-results/curtois.json'), `${JSON.stringify({ date: new Date().toISOString(), seeds, workers, rows }, null, 2)}\n`);
}
