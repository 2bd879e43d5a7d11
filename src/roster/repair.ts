// Repair after publication: someone became unavailable (or another hard rule now fails) on
// published duties. Only those seats are re-planned: every other published assignment is pinned,
// the solver fills the freed seats, and the result becomes the new draft with its diff.
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { audit } from '../../db/repositories/audit.js';
import { bumpDraftVersion, draftAssignments, findRoster, latestPublished, lockRoster, replaceAssignments } from '../../db/repositories/rosters.js';
import { rosters } from '../../db/schema/index.js';
import { actorOf, type Principal } from '../auth/principal.js';
import { requirePlanScope } from '../auth/scope.js';
import type { WorkingDayCalendar } from '../domain/working-days.js';
import { ApiError, notFound } from '../errors.js';
import { evaluate, explain } from '../solver/index.js';
import type { Assignment, Problem } from '../solver/problem.js';
import { buildRosterProblem, isRosterShift } from './build-problem.js';
import { diffAssignments, type DutyRef } from './diff.js';
import { buildReport } from './report.js';
import { pinKey, toRows } from './save-solution.js';
import type { SolveRunner } from './solve-job.js';
import { runSolver } from '../solver-runner/index.js';

/** Caps every seat group (and flexible demand) without a freed seat at what it holds now. */
function onlyFreedSeatsOpen(problem: Problem, keep: readonly Assignment[], broken: readonly { shift?: string }[]): Problem {
  const freedShifts = new Set(broken.map((v) => v.shift));
  const held = new Map<string, number>();
  for (const a of keep) held.set(`${a.shift}#${a.seat ?? 0}`, (held.get(`${a.shift}#${a.seat ?? 0}`) ?? 0) + 1);
  const openDemands = new Set<string>();
  const demandHeld = new Map<string, number>();
  for (const s of problem.shifts) {
    s.seats.forEach((g, i) => {
      if (!g.demand) return;
      if (freedShifts.has(s.id)) openDemands.add(g.demand);
      demandHeld.set(g.demand, (demandHeld.get(g.demand) ?? 0) + (held.get(`${s.id}#${i}`) ?? 0));
    });
  }
  return {
    ...problem,
    shifts: problem.shifts.map((s) =>
      freedShifts.has(s.id) || !isRosterShift(s.id) ? s : { ...s, seats: s.seats.map((g, i) => (g.demand ? g : { ...g, count: Math.min(g.count ?? 1, held.get(`${s.id}#${i}`) ?? 0) })) },
    ),
    demands: (problem.demands ?? []).map((d) => (openDemands.has(d.id) ? d : { ...d, count: Math.min(d.count, demandHeld.get(d.id) ?? 0) })),
  };
}

export interface RepairOutcome {
  draftVersion: number;
  freed: number;
  refilled: number;
  diff: ReturnType<typeof diffAssignments>;
  score: { hard: number; medium: number; soft: number };
}

export async function repairRoster(
  db: Db,
  calendar: WorkingDayCalendar,
  p: Principal,
  rosterId: number,
  opts: { seconds: number; runner?: SolveRunner },
): Promise<RepairOutcome> {
  const roster = await findRoster(db, rosterId);
  if (!roster) throw notFound('roster');
  requirePlanScope(p, roster.scope);
  if (!roster.publishedVersion) throw new ApiError('conflict', 'the roster has not been published; edit or re-solve the draft instead');
  if (roster.status === 'queued' || roster.status === 'solving') throw new ApiError('conflict', 'a solve is running on this roster');

  const published = await latestPublished(db, rosterId);
  const built = await buildRosterProblem(db, roster, calendar);
  const asSolver = published.rows.map((a) => ({ person: String(a.personId), shift: String(a.shiftId), ...(a.seatGroup ? { seat: a.seatGroup } : {}) }));
  const broken = evaluate(built.problem, [...asSolver, ...built.bookingAssignments]).violations.filter((v) => v.level === 'hard' && v.person && v.shift && isRosterShift(v.shift));
  const freed = new Set(broken.map((v) => `${v.shift}|${v.person}`));
  const keep = asSolver.filter((a) => !freed.has(`${a.shift}|${a.person}`));
  // Everything not broken stays exactly where it is, and only the freed seats are open: the
  // fewest possible changes (a seat that was already empty stays a matter for the coordinator).
  const pins = [...keep.map((a) => ({ ...a, source: 'repair-keep' })), ...built.bookingAssignments.map((a) => ({ ...a, source: 'booking' }))];
  const problem = onlyFreedSeatsOpen({ ...built.problem, pins }, keep, broken);
  const run = (opts.runner ?? runSolver)(problem, { seed: roster.seed, timeLimitMs: opts.seconds * 1000, initial: [...keep, ...built.bookingAssignments] });
  const solution = await run.result;

  return db.transaction(async (tx) => {
    const locked = await lockRoster(tx, rosterId);
    if (!locked || locked.draftVersion !== roster.draftVersion) throw new ApiError('conflict', 'the roster changed during the repair; run it again');
    const drafts = await draftAssignments(tx, rosterId);
    const pinned = new Set(drafts.filter((a) => a.pinned).map((a) => pinKey(a.shiftId, a.seatGroup, a.personId)));
    const placed = solution.assignments.filter((a) => isRosterShift(a.shift));
    await replaceAssignments(tx, rosterId, toRows(placed, pinned, 'repair'));
    const report = buildReport(explain(built.problem, solution));
    const next = await bumpDraftVersion(tx, rosterId, { score: solution.score, report, status: 'solved' });
    await tx.update(rosters).set({ reportVersion: next.draftVersion }).where(eq(rosters.id, rosterId));
    const ref = (a: { person: string; shift: string; seat?: number }): DutyRef => {
      const s = built.shiftById.get(Number(a.shift))!;
      return { shiftId: s.id, seatGroup: a.seat ?? 0, personId: Number(a.person), groupKey: s.groupKey, localDate: s.localDate, siteId: s.siteId };
    };
    const diff = diffAssignments(asSolver.map(ref), placed.map(ref));
    await audit(tx, { actor: actorOf(p), action: 'repair', entity: 'roster', entityId: rosterId, detail: { fromVersion: published.version, freed: freed.size, gained: diff.gained, lost: diff.lost, moved: diff.moved } });
    return { draftVersion: next.draftVersion, freed: freed.size, refilled: diff.gained + diff.moved, diff, score: solution.score };
  });
}
