// POST /bookings/propose as a use case: sessions for the schools behind their yearly minimum,
// made by a swappable engine over the slot finder and written as pending bookings (origin
// 'proposal') for a coordinator to confirm — unless it is a dry run. Same write protocol as a
// booking: write, then lock the schools and people, then check every proposal again.
import type { Queryable, Tx } from '../../db/client.js';
import { audit } from '../../db/repositories/audit.js';
import { insertBookings, lockSchoolsAndPeople, type BookingHistoryEntry, type BookingRow } from '../../db/repositories/bookings.js';
import { actorOf, type Principal } from '../auth/principal.js';
import { schoolTermOf } from '../domain/working-days.js';
import { ApiError, fieldError } from '../errors.js';
import { checkSession, todayOf } from './availability.js';
import type { BookingEnv } from './commands.js';
import { loadRuleLookup, loadSetups } from './context.js';
import { greedyProposalEngine, type ProposalEngine, type ProposalOutcome, type ProposedSession } from './propose.js';
import { localParts } from './windows.js';
import { districtScope, pickSchoolYear, schoolRows } from './yearly-report.js';

export interface ProposalReport {
  schoolYear: string;
  engine: string;
  dryRun: boolean;
  from: string;
  to: string;
  schools: number;
  behind: number;
  /** Behind, but pending sessions already make up the shortfall. */
  alreadyPending: number;
  proposedFor: number;
  /** Schools whose shortfall the proposals fully cover. */
  covered: number;
  partlyCovered: number;
  uncovered: number;
  proposals: (ProposedSession & { bookingId?: number })[];
  outcomes: ProposalOutcome[];
}

const TOPIC = '法治教育课（年度最低课时提议）';

/** Checks each written proposal against everything else now visible (itself excluded). */
async function verifyProposals(tx: Tx, env: BookingEnv, rows: BookingRow[], from: string, to: string): Promise<void> {
  const setups = await loadSetups(tx, [...new Set(rows.map((r) => r.schoolSiteId))], { from, to }, env.calendar);
  for (const row of rows) {
    const setup = setups.get(row.schoolSiteId)!;
    const person = setup.persons.find((x) => x.personId === row.personId);
    const term = schoolTermOf(env.calendar, localParts(row.startsAt.getTime()).date);
    const termSessions = new Map(setup.school.termSessions);
    if (term.ok && term.value) termSessions.set(term.value.id, (termSessions.get(term.value.id) ?? 1) - 1);
    const check = person
      ? checkSession(
          { calendar: env.calendar, rules: setup.rules, now: env.now },
          { ...setup.school, termSessions },
          { ...person, busy: person.busy.filter((e) => !(e.kind === 'booking' && e.id === row.id)) },
          { start: row.startsAt.getTime(), end: row.endsAt.getTime() },
        )
      : { ok: false as const };
    if (!check.ok) {
      throw new ApiError('conflict', '提议与同时进行的预约或排班冲突，请重新提议；proposals clashed with changes made meanwhile: run it again', [], { conflictingBookingId: row.id });
    }
  }
}

export async function proposeSessions(
  env: BookingEnv,
  p: Principal,
  q: { schoolYear?: string; district?: string; dryRun: boolean; minGapDays?: number },
  engine: ProposalEngine = greedyProposalEngine,
): Promise<ProposalReport> {
  const district = districtScope(p, q.district);
  const year = pickSchoolYear(env, q.schoolYear);
  const today = todayOf(env.now);
  const from = today > year.covers.from ? today : year.covers.from;
  const to = year.covers.to;
  if (to < from) throw fieldError('schoolYear', `the school year ${year.schoolYear} is over`);

  const run = async (db: Queryable) => {
    const rows = await schoolRows(db, env, year, district);
    const behind = rows.filter((r) => r.behind);
    const needsPlan = behind.filter((r) => r.shortMinutes > r.pendingMinutes);
    const setups = await loadSetups(db, needsPlan.map((r) => r.siteId), { from, to }, env.calendar, { rules: await loadRuleLookup(db) });
    const result = engine.propose({
      calendar: env.calendar,
      now: env.now,
      from,
      to,
      minGapDays: q.minGapDays ?? 7,
      needs: needsPlan.map((r) => {
        const s = setups.get(r.siteId)!;
        return { school: s.school, persons: s.persons, rules: s.rules, shortMinutes: r.shortMinutes - r.pendingMinutes };
      }),
    });
    let proposals: ProposalReport['proposals'] = result.sessions;
    if (!q.dryRun && result.sessions.length > 0) {
      const by = actorOf(p);
      const entry: BookingHistoryEntry = { at: env.now.toISOString(), by, action: 'proposed', status: 'pending', reason: `yearly minimum ${year.schoolYear} (${engine.name})` };
      const inserted: BookingRow[] = [];
      for (let i = 0; i < result.sessions.length; i += 400) {
        const batch = result.sessions.slice(i, i + 400).map((s) => ({
          schoolSiteId: s.siteId,
          personId: s.personId,
          startsAt: new Date(s.start),
          endsAt: new Date(s.end),
          status: 'pending',
          origin: 'proposal',
          topic: TOPIC,
          history: [entry],
          createdBy: by,
          createdAt: env.now,
          updatedAt: env.now,
        }));
        inserted.push(...(await insertBookings(db, batch)));
      }
      await lockSchoolsAndPeople(db, inserted.map((r) => r.schoolSiteId), inserted.map((r) => r.personId));
      await verifyProposals(db as Tx, env, inserted, from, to);
      proposals = result.sessions.map((s, i) => ({ ...s, bookingId: inserted[i]!.id }));
      await audit(db, { actor: by, action: 'propose', entity: 'booking', entityId: `${year.schoolYear}:${district ?? 'all'}`, detail: { count: inserted.length } });
    }
    const full = result.outcomes.filter((o) => o.proposedMinutes >= o.shortMinutes).length;
    const none = result.outcomes.filter((o) => o.proposedMinutes === 0).length;
    return {
      schoolYear: year.schoolYear,
      engine: engine.name,
      dryRun: q.dryRun,
      from,
      to,
      schools: rows.length,
      behind: behind.length,
      alreadyPending: behind.length - needsPlan.length,
      proposedFor: needsPlan.length,
      covered: full,
      partlyCovered: result.outcomes.length - full - none,
      uncovered: none,
      proposals,
      outcomes: result.outcomes,
    };
  };
  return q.dryRun ? run(env.db) : env.db.transaction((tx) => run(tx));
}
