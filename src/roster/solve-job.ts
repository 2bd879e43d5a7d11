// The solve job: load the roster's problem, solve it in a worker thread while reporting progress
// and honouring a stop request, then save the best roster in one transaction. A retried job (its
// worker died) simply solves again; a roster already solved by this job is left alone.
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { audit } from '../../db/repositories/audit.js';
import { bumpDraftVersion, draftAssignments, findRoster, lockRoster, replaceAssignments } from '../../db/repositories/rosters.js';
import { rosters } from '../../db/schema/index.js';
import type { Logger } from '../deps.js';
import type { WorkingDayCalendar } from '../domain/working-days.js';
import { explain } from '../solver/index.js';
import type { Problem, Progress, Solution } from '../solver/problem.js';
import { buildRosterProblem, isRosterShift } from './build-problem.js';
import type { SolveJobData } from './jobs.js';
import { buildReport } from './report.js';
import { pinKey, toRows } from './save-solution.js';
import { runSolver, type RunHandle } from '../solver-runner/index.js';

/** Solves off the main thread (default: the seed portfolio of solver-runner). */
export type SolveRunner = (problem: Problem, options: { seed: number; timeLimitMs: number; onProgress?: (p: Progress) => void; initial?: Solution['assignments'] }) => RunHandle;

export interface SolveJobDeps {
  db: Db;
  calendar: WorkingDayCalendar;
  logger: Logger;
  runner?: SolveRunner;
  /** Milliseconds between progress writes and stop-flag checks. */
  pollMs?: number;
}

export async function runSolveJob(deps: SolveJobDeps, data: SolveJobData, job: { id: string }): Promise<void> {
  const { db } = deps;
  const roster = await findRoster(db, data.rosterId);
  if (!roster) return; // deleted meanwhile: nothing to do
  if (roster.jobId && roster.jobId !== job.id) return; // superseded by a newer job
  // This very job saved already (its worker died after saving, before pg-boss heard): done.
  if ((roster.progress as { jobDone?: string } | null)?.jobDone === job.id) return;

  await db.update(rosters).set({ status: 'solving', error: null, updatedAt: new Date() }).where(eq(rosters.id, roster.id));
  deps.logger.info('solve started', { rosterId: roster.id, job: job.id, mode: data.mode, pid: process.pid });
  try {
    const built = await buildRosterProblem(db, roster, deps.calendar);
    const drafts = await draftAssignments(db, roster.id);
    const initial = data.mode === 'solve' ? undefined : [...drafts.map((a) => ({ person: String(a.personId), shift: String(a.shiftId), ...(a.seatGroup ? { seat: a.seatGroup } : {}) })), ...built.bookingAssignments];
    let last: Progress | undefined;
    const run = (deps.runner ?? runSolver)(built.problem, {
      seed: roster.seed,
      timeLimitMs: roster.seconds * 1000,
      onProgress: (p) => {
        last = p;
      },
      ...(initial ? { initial } : {}),
    });
    // Progress goes to the roster row (so every API process can stream it); stop requests come
    // back the same way, so a worker on another machine honours them.
    const timer = setInterval(() => {
      void (async () => {
        if (last) await db.update(rosters).set({ progress: { ...last, seats: built.problem.shifts.length } }).where(eq(rosters.id, roster.id));
        const [row] = await db.select({ stop: rosters.stopRequested }).from(rosters).where(eq(rosters.id, roster.id));
        if (row?.stop) run.stop();
      })().catch((err) => deps.logger.error('progress update failed', { rosterId: roster.id, error: String(err) }));
    }, deps.pollMs ?? 500);
    let solution: Solution;
    try {
      solution = await run.result;
    } finally {
      clearInterval(timer);
    }
    const pinned = new Set(drafts.filter((a) => a.pinned).map((a) => pinKey(a.shiftId, a.seatGroup, a.personId)));
    const report = buildReport(explain(built.problem, solution));
    await db.transaction(async (tx) => {
      const locked = await lockRoster(tx, roster.id);
      if (!locked || (locked.jobId && locked.jobId !== job.id)) return;
      // Booked school sessions are pinned duties of the problem, not rows of this roster.
      await replaceAssignments(tx, roster.id, toRows(solution.assignments.filter((a) => isRosterShift(a.shift)), pinned, data.mode === 'repair' ? 'repair' : 'solver'));
      const stopped = solution.status === 'stopped' || locked.stopRequested;
      const next = await bumpDraftVersion(tx, roster.id, {
        status: stopped ? 'stopped' : 'solved',
        score: solution.score,
        progress: { score: solution.score, elapsedMs: solution.stats.elapsedMs, iterations: solution.stats.iterations, firstFeasibleMs: solution.stats.firstFeasibleMs, jobDone: job.id },
        report,
        solvedAt: new Date(),
        stopRequested: false,
      });
      await tx.update(rosters).set({ reportVersion: next.draftVersion }).where(eq(rosters.id, roster.id));
      await audit(tx, { actor: 'system:solver', action: data.mode, entity: 'roster', entityId: roster.id, detail: { status: solution.status, score: solution.score, assignments: solution.assignments.length, job: job.id } });
    });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    deps.logger.error('solve failed', { rosterId: roster.id, error: message });
    await db.update(rosters).set({ status: 'failed', error: message, updatedAt: new Date() }).where(eq(rosters.id, roster.id));
    await audit(db, { actor: 'system:solver', action: 'solve_failed', entity: 'roster', entityId: roster.id, detail: { error: message, job: job.id } });
  }
}
