// Bench section: zhiban-shaped problems from the seeded generator — a Liupanshui city month (10 s)
// and a 10× province month (120 s) — each solved in a child process so its peak memory is its own.
// Prints seats, unfilled seats (and how many some qualified, available person could take), hard
// violations, time and peak RSS; writes bench-results/zhiban-shaped.json.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { explain } from '../../src/solver/explain.js';
import { solve } from '../../src/solver/index.js';
import { generateZhiban } from '../fixtures/solver/zhiban-generator.js';

const self = fileURLToPath(import.meta.url);
const repoRoot = resolve(dirname(self), '../..');

interface Row {
  name: string;
  people: number;
  shifts: number;
  seats: number;
  assigned: number;
  unfilled: number;
  fillableUnfilled: number;
  hard: number;
  medium: number;
  soft: number;
  limitSeconds: number;
  seconds: number;
  firstFeasibleSeconds: number | null;
  peakRssMB: number;
}

function child(scale: number, limit: number): Row {
  const t0 = performance.now();
  const problem = generateZhiban({ seed: 1, scale });
  const seats = problem.shifts.reduce((a, s) => a + s.seats.reduce((b, x) => b + (x.demand ? 0 : x.count ?? 0), 0), 0)
    + (problem.demands ?? []).reduce((a, d) => a + d.count, 0);
  const start = performance.now();
  const sol = solve(problem, { seed: 1, timeLimitMs: limit * 1000, now: () => performance.now() });
  const seconds = (performance.now() - start) / 1000;
  const ex = explain(problem, sol);
  void t0;
  return {
    name: problem.name ?? '', people: problem.people.length, shifts: problem.shifts.length, seats,
    assigned: sol.assignments.length, unfilled: ex.unfilled.reduce((a, u) => a + u.missing, 0),
    fillableUnfilled: ex.unfilled.filter((u) => u.available.length > 0).reduce((a, u) => a + u.missing, 0),
    hard: sol.score.hard, medium: sol.score.medium, soft: Math.round(sol.score.soft), limitSeconds: limit,
    seconds: Math.round(seconds * 10) / 10,
    firstFeasibleSeconds: sol.stats.firstFeasibleMs === null ? null : Math.round(sol.stats.firstFeasibleMs / 100) / 10,
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

export async function run(args: string[]): Promise<void> {
  const quick = args.includes('--quick');
  const cases: Array<[number, number]> = quick ? [[1, 10]] : [[1, 10], [10, 120]];
  process.stdout.write('\n### zhiban-shaped problems (generator seed 1, solver seed 1, one core)\n\n');
  process.stdout.write('| problem | people | shifts | seats | unfilled | of which fillable | hard | soft | limit (s) | solve (s) | first feasible (s) | peak RSS (MB) |\n');
  process.stdout.write('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n');
  const rows: Row[] = [];
  for (const [scale, limit] of cases) {
    const r = spawnSync(process.execPath, [...process.execArgv, self, '--child', String(scale), String(limit)], {
      encoding: 'utf8', maxBuffer: 1 << 24,
    });
    const line = r.stdout.trim().split('\n').pop() ?? '';
    let row: Row;
    try {
      row = JSON.parse(line) as Row;
    } catch {
      process.stdout.write(`| scale ${scale} | failed: ${(r.stderr || line).slice(0, 200).replace(/\n/g, ' ')} |\n`);
      continue;
    }
    rows.push(row);
    process.stdout.write(`| ${row.name} | ${row.people} | ${row.shifts} | ${row.seats} | ${row.unfilled} | ${row.fillableUnfilled} | ${row.hard} | ${row.soft} | ${row.limitSeconds} | ${row.seconds} | ${row.firstFeasibleSeconds ?? 'none'} | ${row.peakRssMB} |\n`);
  }
  mkdirSync(resolve(repoRoot, 'bench-results'), { recursive: true });
  writeFileSync(resolve(repoRoot, 'bench-results/zhiban-shaped.json'), `${JSON.stringify({ date: new Date().toISOString(), rows }, null, 2)}\n`);
}

if (process.argv[2] === '--child') {
  process.stdout.write(`${JSON.stringify(child(Number(process.argv[3]), Number(process.argv[4])))}\n`);
}
