// The worker-thread side of solve-thread.ts: solves with the real clock and reports progress.
import { parentPort, workerData } from 'node:worker_threads';
import { solve } from '../solver/index.js';
import type { Problem, Solution } from '../solver/problem.js';

const data = workerData as { problem: Problem; seed: number; timeLimitMs: number; initial?: Solution['assignments']; stopFlag: Int32Array };
const solution = solve(data.problem, {
  seed: data.seed,
  timeLimitMs: data.timeLimitMs,
  now: () => performance.now(),
  ...(data.initial ? { initial: data.initial } : {}),
  shouldStop: () => Atomics.load(data.stopFlag, 0) === 1,
  onProgress: (progress) => parentPort!.postMessage({ type: 'progress', progress }),
});
parentPort!.postMessage({ type: 'done', solution });
