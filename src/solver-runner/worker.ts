// Worker-thread side of the runner: solves one seed with the real clock, streams progress to the
// parent, and stops (keeping the best roster) when the parent raises the shared stop flag.
import { parentPort, workerData } from 'node:worker_threads';
import { solve } from '../solver/index.js';
import { mipMayHelp } from '../solver/mip.js';
import type { Problem, SolveOptions } from '../solver/problem.js';
import { loadMipSolver } from './highs.js';

export interface WorkerInput {
  problem: Problem;
  options: Omit<SolveOptions, 'now' | 'onProgress' | 'shouldStop'>;
  /** Int32Array view over it: index 0 becomes 1 to stop. */
  stop: SharedArrayBuffer;
  /** Date.now() when the portfolio started: the time limit counts from then. */
  startedAt: number;
}

const input = workerData as WorkerInput;
const flag = new Int32Array(input.stop);
const limit = input.options.timeLimitMs;
// HiGHS is loaded only where column generation may use it (~0.2–0.4 s and ~23 MB per thread);
// if it cannot load, the solve goes on without it.
const mip = mipMayHelp(input.problem) ? await loadMipSolver().catch(() => undefined) : undefined;
const solution = solve(input.problem, {
  ...input.options,
  ...(mip ? { mip } : {}),
  ...(limit !== undefined
    ? { timeLimitMs: Math.max(1, limit - (Date.now() - input.startedAt)) }
    : {}),
  now: () => performance.now(),
  shouldStop: () => Atomics.load(flag, 0) === 1,
  onProgress: (progress) => parentPort?.postMessage({ type: 'progress', progress }),
});
parentPort?.postMessage({ type: 'done', solution });
