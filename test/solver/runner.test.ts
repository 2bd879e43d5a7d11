// The worker-thread runner: a portfolio of seeds solves off the main thread, streams progress, and
// stop() ends it early with the best roster found (status stopped).
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/solver/index.js';
import { runSolver } from '../../src/solver-runner/index.js';
import { randomProblem } from './random-problem.js';

describe('solver runner', () => {
  it('runs two seeds in workers and returns the better roster', async () => {
    const problem = randomProblem(11);
    const seen: number[] = [];
    const handle = runSolver(problem, { seeds: [1, 2], maxIterations: 20_000, timeLimitMs: 60_000, onProgress: (p) => seen.push(p.seed) });
    const sol = await handle.result;
    expect([1, 2]).toContain(sol.seed);
    expect(evaluate(problem, sol.assignments).score).toEqual(sol.score);
    expect(seen.length).toBeGreaterThan(0);
  }, 60_000);

  it('counts the time limit from the call, worker start-up included', async () => {
    // Starting a worker (tsx, the problem's copy) takes 0.7–1.3 s on an idle machine and more
    // under load; before the limit counted from the call, a 2 s portfolio took 2.7 s of wall time
    // and each worker's own solve ran the whole limit less its 1 % reserve. The solve now gets the
    // limit less the start-up. (Wall time itself is not asserted: under a loaded test run the
    // start-up alone can exceed the limit.)
    const sol = await runSolver(randomProblem(11), { seeds: [1, 2], timeLimitMs: 2_500 }).result;
    expect(sol.stats.elapsedMs).toBeLessThan(2_500 - 100);
  }, 60_000);

  it('stops on request and keeps the best so far', async () => {
    const problem = randomProblem(12);
    const handle = runSolver(problem, { seeds: [3], timeLimitMs: 600_000 });
    setTimeout(() => handle.stop(), 1_500);
    const sol = await handle.result;
    expect(sol.status).toBe('stopped');
    expect(evaluate(problem, sol.assignments).score).toEqual(sol.score);
  }, 60_000);
});
