// Runs one solve in a worker thread so the API's event loop never blocks: the problem goes in,
// progress messages come out, and a shared flag lets the main thread stop the search early (the
// solver keeps the best roster found so far).
import { Worker } from 'node:worker_threads';
import type { Problem, Progress, Solution } from '../solver/problem.js';

export interface ThreadSolveOptions {
  seed: number;
  timeLimitMs: number;
  onProgress?: (p: Progress) => void;
  /** Start from these assignments (re-solve, repair). */
  initial?: Solution['assignments'];
}

export interface ThreadSolve {
  result: Promise<Solution>;
  stop(): void;
}

const WORKER_URL = new URL('./solve-thread-boot.mjs', import.meta.url);

export function solveInThread(problem: Problem, options: ThreadSolveOptions): ThreadSolve {
  const stopFlag = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(WORKER_URL, {
    workerData: { problem, seed: options.seed, timeLimitMs: options.timeLimitMs, initial: options.initial, stopFlag },
  });
  const result = new Promise<Solution>((resolve, reject) => {
    worker.on('message', (msg: { type: 'progress'; progress: Progress } | { type: 'done'; solution: Solution }) => {
      if (msg.type === 'progress') options.onProgress?.(msg.progress);
      else {
        resolve(msg.solution);
        void worker.terminate();
      }
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (code !== 0) reject(new Error(`solver thread exited with code ${code}`));
    });
  });
  return { result, stop: () => Atomics.store(stopFlag, 0, 1) };
}
