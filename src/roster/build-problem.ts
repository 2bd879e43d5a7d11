// Loads a roster's data and builds its solver Problem (the I/O half of to-problem.ts), with the
// maps back from solver ids to database rows.
import type { Queryable } from '../../db/client.js';
import {
  appointeesOf,
  bookingsIn,
  budgetsFor,
  centralDistricts,
  otherRosterDuties,
  scopePeople,
  scopeSites,
  unavailabilityIn,
} from '../../db/repositories/roster-inputs.js';
import { draftAssignments, latestPublished, listShifts, type RosterRow, type ShiftRow } from '../../db/repositories/rosters.js';
import type { PersonInput } from '../domain/problem-people.js';
import { monthStartMs, toProblem } from '../domain/to-problem.js';
import { monthPeriod } from '../domain/recurrence.js';
import type { WorkingDayCalendar } from '../domain/working-days.js';
import type { Problem } from '../solver/problem.js';
import { loadSubsidyRules } from '../subsidies/ledger.js';
import { shiftCostFen } from '../subsidies/pricing.js';

export interface RosterProblem {
  problem: Problem;
  shifts: ShiftRow[];
  shiftById: Map<number, ShiftRow>;
  siteName: Map<number, string>;
  personName: Map<number, string>;
}

export async function buildRosterProblem(db: Queryable, roster: RosterRow, calendar: WorkingDayCalendar): Promise<RosterProblem> {
  const { from, to } = monthPeriod(roster.period);
  const window = { from: new Date(monthStartMs(roster.period)), to: new Date(Date.parse(`${to}T00:00:00+08:00`) + 86_400_000) };
  void from;
  const siteRows = await scopeSites(db, roster.scope);
  const siteIds = siteRows.map((s) => s.id);
  const [peopleRows, shiftRows, central, pinned, previous] = await Promise.all([
    scopePeople(db, roster.scope, siteIds),
    listShifts(db, roster.id),
    centralDistricts(db),
    draftAssignments(db, roster.id),
    latestPublished(db, roster.id),
  ]);
  const personIds = peopleRows.map((p) => p.id);
  const [unavail, others, booked, appointees, budgets, rules] = await Promise.all([
    unavailabilityIn(db, personIds, window),
    otherRosterDuties(db, roster.id, personIds, window),
    bookingsIn(db, personIds, window),
    appointeesOf(db, siteIds),
    budgetsFor(db, roster.period, [...new Set(siteRows.flatMap((s) => (s.districtCode ? [s.districtCode] : [])))]),
    loadSubsidyRules(db),
  ]);

  const busy = new Map<number, PersonInput['busy']>();
  const addBusy = (personId: number, b: PersonInput['busy'][number]) => {
    const list = busy.get(personId) ?? [];
    list.push(b);
    busy.set(personId, list);
  };
  for (const u of unavail) addBusy(u.personId, { startsAt: u.startsAt, endsAt: u.endsAt, kind: u.kind });
  for (const d of others) addBusy(d.personId, { startsAt: d.startsAt, endsAt: d.endsAt, kind: 'other_roster' });
  for (const b of booked) addBusy(b.personId, { startsAt: b.startsAt, endsAt: b.endsAt, kind: 'booking' });

  const siteById = new Map(siteRows.map((s) => [s.id, s]));
  const problem = toProblem({
    month: roster.period,
    calendar,
    sites: siteRows,
    shifts: shiftRows.map((s) => {
      const site = siteById.get(s.siteId);
      // The budget estimate prices duties with the ledger's own rules, so the two agree.
      const cost = shiftCostFen(rules, s, { type: site?.type ?? 'centre', districtCode: site?.districtCode ?? null }, s.seats[0]?.roles ?? ['lawyer']);
      return { ...s, costFen: cost.baseFen, crossDistrictFen: cost.crossCountyFen };
    }),
    people: peopleRows.map((p) => ({ ...p, central: central.has(p.homeDistrictCode), busy: busy.get(p.id) ?? [] })),
    appointees,
    pins: pinned.filter((a) => a.pinned),
    previous: previous.rows,
    budgets,
  });
  return {
    problem,
    shifts: shiftRows,
    shiftById: new Map(shiftRows.map((s) => [s.id, s])),
    siteName: new Map(siteRows.map((s) => [s.id, s.name])),
    personName: new Map(peopleRows.map((p) => [p.id, p.name])),
  };
}
