// `npm run cli -- curtois solve FILE --seconds N --seed S --out ROSTER [--workers K] [--iterations I]` solves a
// Curtois benchmark instance and prints one JSON line {instance, objective, hardViolations,
// seconds, firstFeasibleSeconds}; `curtois score FILE ROSTER` re-scores a roster file.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { evaluate, solve } from '../solver/index.js';
import { parseCurtois, readRoster, writeRoster } from '../solver/formats/curtois.js';
import type { Solution } from '../solver/problem.js';
import { runSolver } from '../solver-runner/index.js';
import { loadMipSolver } from '../solver-runner/highs.js';

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

function instanceName(file: string): string {
  return basename(file).replace(/\.txt$/, '');
}

function usage(): number {
  process.stderr.write('usage: curtois solve FILE [--seconds N] [--seed S] [--out ROSTER] [--workers K] [--iterations I]\n'
    + '       curtois score FILE ROSTER\n');
  return 2;
}

export async function run(args: string[]): Promise<number> {
  const [verb, file] = args;
  if (!file || (verb !== 'solve' && verb !== 'score')) return usage();
  const problem = parseCurtois(readFileSync(file, 'utf8'), instanceName(file));
  if (verb === 'score') {
    const roster = args[2];
    if (!roster) return usage();
    const { score, violations } = evaluate(problem, readRoster(problem, readFileSync(roster, 'utf8')));
    for (const v of violations.filter((x) => x.level === 'hard')) process.stderr.write(`${v.message}\n`);
    process.stdout.write(`${JSON.stringify({ instance: instanceName(file), objective: score.soft, hardViolations: score.hard })}\n`);
    return score.hard > 0 ? 1 : 0;
  }
  const seconds = Number(flag(args, 'seconds') ?? 10);
  const seed = Number(flag(args, 'seed') ?? 1);
  const workers = Number(flag(args, 'workers') ?? 1);
  // An iteration budget makes a run repeat exactly whatever the machine's load (tests use it).
  const iterations = flag(args, 'iterations');
  const budget = iterations === undefined ? {} : { maxIterations: Number(iterations) };
  const out = flag(args, 'out');
  const mip = workers > 1 ? undefined : await loadMipSolver();
  const t0 = performance.now();
  let solution: Solution;
  if (workers > 1) {
    solution = await runSolver(problem, { seed, workers, timeLimitMs: seconds * 1000, ...budget }).result;
  } else {
    solution = solve(problem, { seed, timeLimitMs: seconds * 1000, now: () => performance.now(), mip, ...budget });
  }
  const elapsed = (performance.now() - t0) / 1000;
  if (out) writeFileSync(out, writeRoster(problem, solution.assignments));
  const first = solution.stats.firstFeasibleMs;
  process.stdout.write(`${JSON.stringify({
    instance: instanceName(file), objective: solution.score.soft, hardViolations: solution.score.hard,
    seconds: Math.round(elapsed * 100) / 100, firstFeasibleSeconds: first === null ? null : Math.round(first / 10) / 100,
  })}\n`);
  return 0;
}
