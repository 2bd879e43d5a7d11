// A coordinator's manual edit of a draft: apply it, check the whole roster with the solver's own
// constraints, refuse it (409 with the sentences) when it adds a hard violation — unless an admin
// forces it — and otherwise save it pinned, bump the draft version and log it.
import type { Db } from '../../db/client.js';
import { audit } from '../../db/repositories/audit.js';
import { bumpDraftVersion, draftAssignments, listShifts, lockRoster, replaceAssignments, type RosterRow } from '../../db/repositories/rosters.js';
import { rosters } from '../../db/schema/index.js';
import { eq } from 'drizzle-orm';
import { actorOf, type Principal } from '../auth/principal.js';
import { requirePlanScope } from '../auth/scope.js';
import type { WorkingDayCalendar } from '../domain/working-days.js';
import { ApiError, notFound } from '../errors.js';
import { evaluate, explain } from '../solver/index.js';
import type { Violation } from '../solver/problem.js';
import { applyEdit, type Edit } from './apply-edit.js';
import { buildRosterProblem } from './build-problem.js';
import { buildReport, type RosterReport } from './report.js';

export interface EditOutcome {
  draftVersion: number;
  score: RosterReport['score'];
  hard: Violation[];
  warnings: Violation[];
}

const key = (v: Violation) => `${v.constraint}|${v.person ?? ''}|${v.shift ?? ''}|${v.day ?? ''}|${v.message}`;
const toSolver = (a: { shiftId: number; seatGroup: number; personId: number }) => ({ person: String(a.personId), shift: String(a.shiftId), ...(a.seatGroup ? { seat: a.seatGroup } : {}) });

/** Refuses edits while a solve owns the draft, and stale If-Match versions (412). */
export function checkEditable(r: RosterRow, ifMatch: string | undefined): void {
  if (ifMatch === undefined) throw new ApiError('precondition_required', 'send the roster version as If-Match (the ETag of GET /rosters/{id})');
  const wanted = Number(ifMatch.replace(/^W\//, '').replace(/"/g, ''));
  if (wanted !== r.draftVersion) {
    throw new ApiError('precondition_failed', `the roster changed: you edited version ${ifMatch}, it is now "${r.draftVersion}"; reload and try again`, [], { currentVersion: r.draftVersion });
  }
  if (r.status === 'queued' || r.status === 'solving') throw new ApiError('conflict', 'a solve is running on this roster; wait for it or stop it first');
}

export async function editRoster(
  db: Db,
  calendar: WorkingDayCalendar,
  p: Principal,
  rosterId: number,
  ifMatch: string | undefined,
  edit: Edit & { force?: boolean },
): Promise<EditOutcome> {
  return db.transaction(async (tx) => {
    const roster = await lockRoster(tx, rosterId);
    if (!roster) throw notFound('roster');
    requirePlanScope(p, roster.scope);
    checkEditable(roster, ifMatch);
    if (edit.force && p.role !== 'admin') throw new ApiError('forbidden', 'only an admin may force an edit past a hard rule', [{ pointer: '/force', detail: 'admin only', in: 'body' }]);

    const [drafts, shiftRows] = await Promise.all([draftAssignments(tx, rosterId), listShifts(tx, rosterId)]);
    const shiftById = new Map(shiftRows.map((s) => [s.id, s]));
    const { rows, touched } = applyEdit(drafts, edit, {
      capacity: (shiftId, group) => {
        const s = shiftById.get(shiftId);
        const seat = s?.seats[group];
        return seat ? seat.count * (s!.groupCount ?? 1) : undefined;
      },
    });
    const built = await buildRosterProblem(tx, roster, calendar);
    // Pins bind the solver, not the coordinator: a manual edit may move a pinned duty. Booked
    // school sessions stay fixed, so an edit that collides with one breaks a hard rule.
    const problem = { ...built.problem, pins: built.bookingAssignments };
    const withBookings = (list: { shiftId: number; seatGroup: number; personId: number }[]) => [...list.map(toSolver), ...built.bookingAssignments];
    const before = roster.report && roster.reportVersion === roster.draftVersion ? (roster.report as RosterReport).violations.filter((v) => v.constraint !== 'pinned') : evaluate(problem, withBookings(drafts)).violations;
    const after = explain(problem, { assignments: withBookings(rows) });
    const known = new Set(before.filter((v) => v.level === 'hard').map(key));
    const newHard = after.violations.filter((v) => v.level === 'hard' && !known.has(key(v)));
    if (newHard.length && !edit.force) {
      throw new ApiError('conflict', `the edit breaks a hard rule: ${newHard.map((v) => v.message).join('；')}`, [], { violations: newHard });
    }
    await replaceAssignments(tx, rosterId, rows);
    const report = buildReport(after);
    const next = await bumpDraftVersion(tx, rosterId, { score: after.score, report });
    await tx.update(rosters).set({ reportVersion: next.draftVersion }).where(eq(rosters.id, rosterId));
    await audit(tx, { actor: actorOf(p), action: `edit:${edit.op}`, entity: 'roster', entityId: rosterId, detail: { ...edit, forced: Boolean(edit.force && newHard.length), newHard: newHard.map((v) => v.message) } });
    const touchedShifts = new Set(touched.map((t) => String(t.shiftId)));
    const touchedPeople = new Set(touched.map((t) => String(t.personId)));
    const relevant = (v: Violation) => (v.shift !== undefined && touchedShifts.has(v.shift)) || (v.person !== undefined && touchedPeople.has(v.person));
    return {
      draftVersion: next.draftVersion,
      score: after.score,
      hard: after.violations.filter((v) => v.level === 'hard' && relevant(v)),
      warnings: after.violations.filter((v) => v.level !== 'hard' && relevant(v)),
    };
  });
}
