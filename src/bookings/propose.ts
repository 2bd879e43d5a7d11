// Proposal engines: given schools behind their yearly minimum and each one's appointees'
// availability, propose sessions for a coordinator to confirm. The engine is an interface so the
// roster solver can replace the greedy one; both see the same ProposalProblem. Pure.
import type { WorkingDayCalendar } from '../domain/working-days.js';
import { addDays } from '../domain/working-days.js';
import { bookableBounds, dayStatus, freeIntervals, slotsIn, type AvailabilityEnv, type Engagement, type PersonContext, type SchoolContext } from './availability.js';
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

/** The earliest slot of any appointee on one date. */
function firstOn(env: AvailabilityEnv, school: SchoolContext, persons: readonly PersonContext[], date: string, minutes: number): ProposedSession | undefined {
  let best: ProposedSession | undefined;
  for (const p of persons) {
    const [first] = slotsIn(freeIntervals(env, school, p, date), date, minutes, env.rules.slotStepMinutes);
    if (first && (!best || first.start < best.start)) best = { siteId: school.siteId, personId: p.personId, ...first };
  }
  return best;
}

/** Dates the school can have sessions on, in [from, to]. */
function openDays(env: AvailabilityEnv, school: SchoolContext, from: string, to: string): string[] {
  const out: string[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) if (dayStatus(env, school, date).open) out.push(date);
  return out;
}

/** Greedy: schools with the largest shortfall first (then by id). The k-th school starts looking
 *  on the (k mod n)-th of its n open days and wraps around, so proposals spread over the weeks
 *  instead of piling onto the first day; a further session comes minGapDays or more after the
 *  previous one when possible. Sessions already proposed take the person's time for the schools
 *  after (travel included). */
export const greedyProposalEngine: ProposalEngine = {
  name: 'greedy',
  propose(problem) {
    const added = new Map<number, Engagement[]>();
    const sessions: ProposedSession[] = [];
    const outcomes: ProposalOutcome[] = [];
    const order = [...problem.needs].sort((a, b) => b.shortMinutes - a.shortMinutes || a.school.siteId - b.school.siteId);
    let nextId = -1;
    order.forEach((need, rank) => {
      const outcome: ProposalOutcome = { siteId: need.school.siteId, shortMinutes: need.shortMinutes, proposedMinutes: 0 };
      outcomes.push(outcome);
      if (need.persons.length === 0) {
        outcome.reason = 'no_appointee';
        return;
      }
      const termSessions = new Map(need.school.termSessions);
      const school = { ...need.school, termSessions };
      const env: AvailabilityEnv = { calendar: problem.calendar, rules: need.rules, now: problem.now };
      const last = bookableBounds(env).last;
      const days = openDays(env, school, problem.from, problem.to < last ? problem.to : last);
      const start = days.length ? rank % days.length : 0;
      const rotated = [...days.slice(start), ...days.slice(0, start)];
      const used: string[] = [];
      while (outcome.proposedMinutes < need.shortMinutes) {
        const minutes = nextLength(need.shortMinutes - outcome.proposedMinutes, need.rules.sessionMinutes);
        if (minutes === undefined) break;
        const persons = need.persons.map((p) => ({ ...p, busy: [...p.busy, ...(added.get(p.personId) ?? [])] }));
        const spaced = (d: string) => used.every((u) => d >= addDays(u, problem.minGapDays) || u >= addDays(d, problem.minGapDays));
        const tryDays = (ok: (d: string) => boolean) => {
          for (const d of rotated) {
            if (!ok(d) || !dayStatus(env, school, d).open) continue;
            const s = firstOn(env, school, persons, d, minutes);
            if (s) return s;
          }
          return undefined;
        };
        const found = tryDays(spaced) ?? tryDays((d) => !used.includes(d));
        if (!found) {
          outcome.reason = 'no_free_slot';
          break;
        }
        sessions.push(found);
        outcome.proposedMinutes += Math.round((found.end - found.start) / MINUTE_MS);
        const list = added.get(found.personId) ?? [];
        list.push({ kind: 'booking', id: nextId--, start: found.start, end: found.end, place: school.place });
        added.set(found.personId, list);
        const date = localParts(found.start).date;
        used.push(date);
        const term = dayStatus(env, school, date);
        if (term.open) termSessions.set(term.term.id, (termSessions.get(term.term.id) ?? 0) + 1);
      }
    });
    return { sessions, outcomes };
  },
};
