// Use cases around the yearly minimum: the report of schools and their class hours for a school
// year, and proposals of sessions for the schools behind (written as pending bookings for a
// coordinator to confirm, unless it is a dry run). The proposal engine is passed in.
import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/client.js';
import { audit } from '../../db/repositories/audit.js';
import { insertBookings, lockSchoolsAndPeople, schoolBookingsBetween, viceAppointments, type BookingHistoryEntry, type BookingRow } from '../../db/repositories/bookings.js';
import { sites } from '../../db/schema/index.js';
import { actorOf, requireRole, type Principal } from '../auth/principal.js';
import { addDays, type SchoolYearData } from '../domain/working-days.js';
import { ApiError, fieldError } from '../errors.js';
import { todayOf } from './availability.js';
import type { BookingEnv } from './commands.js';
import { loadRuleLookup, loadSetups } from './context.js';
import { greedyProposalEngine, type ProposalEngine, type ProposedSession, type ProposalOutcome } from './propose.js';
import { YEARLY_MINIMUM_MINUTES } from './rules.js';
import { localMidnight } from './windows.js';
import { schoolYearNamed, schoolYearOf, yearlyMinimum, type YearlyRow } from './yearly.js';

export interface YearlyReport {
  schoolYear: string;
  requiredMinutes: number;
  schools: number;
  behind: number;
  rows: YearlyRow[];
}

/** The school year asked for, or the one covering today. */
export function pickSchoolYear(env: BookingEnv, name?: string): SchoolYearData {
  const year = name ? schoolYearNamed(env.calendar, name) : schoolYearOf(env.calendar, todayOf(env.now));
  if (!year) throw fieldError('schoolYear', name ? `no school calendar named ${name}` : 'no school calendar covers today');
  return year;
}

/** A coordinator sees its own district; admins and city coordinators any (or all). */
export function districtScope(p: Principal, district: string | undefined): string | undefined {
  requireRole(p, 'admin', 'coordinator');
  if (p.role === 'coordinator' && p.districtCode !== null) {
    if (district !== undefined && district !== p.districtCode) throw new ApiError('forbidden', `this token coordinates district ${p.districtCode}, not ${district}`);
    return p.districtCode;
  }
  return district;
}

async function rowsFor(db: Queryable, env: BookingEnv, year: SchoolYearData, district: string | undefined, onlySite?: number): Promise<YearlyRow[]> {
  const schools = await db
    .select({ siteId: sites.id, name: sites.name, districtCode: sites.districtCode })
    .from(sites)
    .where(and(eq(sites.type, 'school'), district ? eq(sites.districtCode, district) : undefined, onlySite ? eq(sites.id, onlySite) : undefined))
    .orderBy(sites.id);
  const from = new Date(localMidnight(year.covers.from));
  const to = new Date(localMidnight(addDays(year.covers.to, 1)));
  const held = await schoolBookingsBetween(db, onlySite ? [onlySite] : null, from, to);
  const sessions = held.map((b) => ({ schoolSiteId: b.schoolSiteId, status: b.status, start: b.startsAt.getTime(), end: b.endsAt.getTime() }));
  return yearlyMinimum(schools, sessions, env.now);
}

export async function yearlyReport(env: BookingEnv, p: Principal, q: { schoolYear?: string; district?: string }): Promise<YearlyReport> {
  const year = pickSchoolYear(env, q.schoolYear);
  let rows: YearlyRow[];
  if (p.role === 'school') {
    if (p.siteId === null) throw new ApiError('forbidden', 'this school token names no school');
    rows = await rowsFor(env.db, env, year, undefined, p.siteId);
  } else {
    rows = await rowsFor(env.db, env, year, districtScope(p, q.district));
  }
  return { schoolYear: year.schoolYear, requiredMinutes: YEARLY_MINIMUM_MINUTES, schools: rows.length, behind: rows.filter((r) => r.behind).length, rows };
}

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

/** Proposes sessions for the schools behind; writes them as pending bookings (origin
 *  'proposal') unless dryRun. Runs under locks on the schools and people concerned. */
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
    const rows = await rowsFor(db, env, year, district);
    const behind = rows.filter((r) => r.behind);
    const needsPlan = behind.filter((r) => r.shortMinutes > r.pendingMinutes);
    const siteIds = needsPlan.map((r) => r.siteId);
    if (!q.dryRun) {
      const appts = await viceAppointments(db, siteIds, from, to);
      await lockSchoolsAndPeople(db, siteIds, appts.map((a) => a.personId));
    }
    const setups = await loadSetups(db, siteIds, { from, to }, env.calendar, { rules: await loadRuleLookup(db) });
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
          topic: '法治教育课（年度最低课时提议）',
          history: [entry],
          createdBy: by,
          createdAt: env.now,
          updatedAt: env.now,
        }));
        inserted.push(...(await insertBookings(db, batch)));
      }
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
