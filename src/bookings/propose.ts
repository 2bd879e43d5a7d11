// Proposal engines: given schools behind their yearly minimum and each one's appointees'
// availability, propose sessions for a coordinator to confirm. The engine is an interface so the
// roster solver can replace the greedy one; both see the same ProposalProblem. Pure.
import type { WorkingDayCalendar } from '../domain/working-days.js';
import { addDays } from '../domain/working-days.js';
import { dayStatus, freeIntervals, slotsIn, type AvailabilityEnv, type Engagement, type PersonContext, type SchoolContext } from './availability.js';
import type { BookingRules } from './rules.js';
import { localParts } from './windows.js';

export interface ProposalNeed {
  school: SchoolContext;
  persons: readonly PersonContext[];
  rules: BookingRules;
  /** Minutes still to be planned. */
  shortMinutes: number;
}

export interface ProposalProblem {
  calendar: WorkingDayCalendar;
  now: Date;
  /** Local dates, both included; each school's own rules (notice, horizon) narrow them further. */
  from: string;
  to: string;
  needs: readonly ProposalNeed[];
  /** Preferred days between two sessions of one school (spread over the term). */
  minGapDays: number;
}

export interface ProposedSession {
  siteId: number;
  personId: number;
  start: number;
  end: number;
}

export interface ProposalOutcome {
  siteId: number;
  shortMinutes: number;
  proposedMinutes: number;
  /** Why the need is not (fully) met. */
  reason?: 'no_appointee' | 'no_free_slot';
}

export interface ProposalResult {
  sessions: ProposedSession[];
  outcomes: ProposalOutcome[];
}

export interface ProposalEngine {
  readonly name: string;
  propose(problem: ProposalProblem): ProposalResult;
}

const MINUTE_MS = 60_000;

/** The session length to propose next: two class hours while that much is missing. */
function nextLength(remaining: number, allowed: readonly number[]): number | undefined {
  const sorted = [...allowed].sort((a, b) => b - a);
  return sorted.find((m) => m <= remaining) ?? sorted[sorted.length - 1];
}

function earliest(env: AvailabilityEnv, school: SchoolContext, persons: readonly PersonContext[], from: string, to: string, minutes: number) {
  for (let date = from; date <= to; date = addDays(date, 1)) {
    if (!dayStatus(env, school, date).open) continue;
    let best: ProposedSession | undefined;
    for (const p of persons) {
      const [first] = slotsIn(freeIntervals(env, school, p, date), date, minutes, env.rules.slotStepMinutes);
      if (first && (!best || first.start < best.start)) best = { siteId: school.siteId, personId: p.personId, ...first };
    }
    if (best) return best;
  }
  return undefined;
}

/** Greedy: schools with the largest shortfall first (then by id); each takes the earliest free
 *  slot of any appointee, a second session at least minGapDays later when possible. Sessions
 *  already proposed take the person's time for the schools after. */
export const greedyProposalEngine: ProposalEngine = {
  name: 'greedy',
  propose(problem) {
    const added = new Map<number, Engagement[]>();
    const sessions: ProposedSession[] = [];
    const outcomes: ProposalOutcome[] = [];
    const order = [...problem.needs].sort((a, b) => b.shortMinutes - a.shortMinutes || a.school.siteId - b.school.siteId);
    let nextId = -1;
    for (const need of order) {
      const outcome: ProposalOutcome = { siteId: need.school.siteId, shortMinutes: need.shortMinutes, proposedMinutes: 0 };
      outcomes.push(outcome);
      if (need.persons.length === 0) {
        outcome.reason = 'no_appointee';
        continue;
      }
      const termSessions = new Map(need.school.termSessions);
      const school = { ...need.school, termSessions };
      const env: AvailabilityEnv = { calendar: problem.calendar, rules: need.rules, now: problem.now };
      let last: string | undefined;
      while (outcome.proposedMinutes < need.shortMinutes) {
        const minutes = nextLength(need.shortMinutes - outcome.proposedMinutes, need.rules.sessionMinutes);
        if (minutes === undefined) break;
        const persons = need.persons.map((p) => ({ ...p, busy: [...p.busy, ...(added.get(p.personId) ?? [])] }));
        const spread = last ? addDays(last, problem.minGapDays) : problem.from;
        const found =
          earliest(env, school, persons, spread > problem.from ? spread : problem.from, problem.to, minutes) ??
          (last ? earliest(env, school, persons, problem.from, problem.to, minutes) : undefined);
        if (!found) {
          outcome.reason = 'no_free_slot';
          break;
        }
        sessions.push(found);
        outcome.proposedMinutes += Math.round((found.end - found.start) / MINUTE_MS);
        const list = added.get(found.personId) ?? [];
        list.push({ kind: 'booking', id: nextId--, start: found.start, end: found.end, place: school.place });
        added.set(found.personId, list);
        last = localParts(found.start).date;
        const term = dayStatus(env, school, last);
        if (term.open) termSessions.set(term.term.id, (termSessions.get(term.term.id) ?? 0) + 1);
      }
    }
    return { sessions, outcomes };
  },
};
