// Runs the pure solver off the main thread: one worker_thread per seed (a portfolio, by default
// one per core, at most two), the real clock supplied here, progress (best score so far) streamed
// to a callback, and stop() ending every worker early while keeping the best roster found.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Problem, Progress, Solution, SolveOptions } from '../solver/problem.js';
import { compareScore } from '../solver/score.js';

export interface RunOptions extends Omit<SolveOptions, 'now' | 'onProgress' | 'shouldStop' | 'seed'> {
  /** One worker per seed. Default: [seed ?? 1, +1, …] for min(2, cores) workers. */
  seeds?: number[];
  seed?: number;
  workers?: number;
  /** Best score so far over all workers, at most every ~200 ms per worker. */
  onProgress?: (p: Progress & { seed: number }) => void;
}

export interface RunHandle {
  /** The best solution over the portfolio (status `stopped` when stop() ended it). */
  result: Promise<Solution & { seed: number }>;
  /** Ends every worker at its next check; each returns its best roster. */
  stop(): void;
}

const ENTRY = new URL('./worker-entry.mjs', import.meta.url);

export function runSolver(problem: Problem, options: RunOptions = {}): RunHandle {
  const n = options.seeds?.length ?? Math.max(1, Math.min(options.workers ?? 2, availableParallelism()));
  const base = options.seed ?? 1;
  const seeds = options.seeds ?? Array.from({ length: n }, (_, i) => base + i);
  // Workers count their time limit from here (wall clock), so their start-up (module load, the
  // problem's copy into the thread: about 0.5–1 s) is inside the limit rather than added to it.
  const startedAt = Date.now();
  const stopBuf = new SharedArrayBuffer(4);
  const flag = new Int32Array(stopBuf);
  const { seeds: _s, workers: _w, onProgress, seed: _seed, ...solveOptions } = options;
  let best: (Progress & { seed: number }) | null = null;
  const runs = seeds.map((seed) => new Promise<Solution & { seed: number }>((resolve, reject) => {
    const worker = new Worker(ENTRY, { workerData: { problem, options: { ...solveOptions, seed }, stop: stopBuf, startedAt } });
    let done = false;
    worker.on('message', (msg: { type: 'progress'; progress: Progress } | { type: 'done'; solution: Solution }) => {
      if (msg.type === 'progress') {
        if (!best || compareScore(msg.progress.score, best.score) < 0) {
          best = { ...msg.progress, seed };
          onProgress?.(best);
        }
      } else {
        done = true;
        resolve({ ...msg.solution, seed });
        void worker.terminate();
      }
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (!done) reject(new Error(`solver worker exited with code ${code}`));
    });
  }));
  const result = Promise.all(runs).then((all) => all.reduce((a, b) => (compareScore(b.score, a.score) < 0 ? b : a)));
  return { result, stop: () => Atomics.store(flag, 0, 1) };
}
