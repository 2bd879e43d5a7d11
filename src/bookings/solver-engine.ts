// The proposal engine on the roster solver: each school behind its yearly minimum becomes a
// flexible demand ("N sessions this window"), every free slot of one of its appointees on an open
// day an alternative, and the solver picks sessions so that no vice-principal is double-booked
// (travel between their schools included) and every school is covered where any slot allows.
// Pure: candidate slots come from the same slot finder as bookings; the search is bounded by
// iterations, not by a clock, so a proposal repeats exactly.
import { addDays, datesBetween } from '../domain/working-days.js';
import { solve } from '../solver/index.js';
import type { DayInfo, Location, Person, Problem, Shift } from '../solver/problem.js';
import { bookableBounds, dayStatus, freeIntervals, slotsIn, type AvailabilityEnv } from './availability.js';
import { type ProposalEngine, type ProposalOutcome, type ProposalProblem, type ProposedSession } from './propose.js';
import { localMidnight } from './windows.js';

/** Local-search budget: enough for a city's ~550 schools in a second or two. */
const ITERATIONS = 60_000;
/** At most this many candidate slots per appointee and day (the earliest ones). */
const SLOTS_PER_DAY = 2;

function solverDays(from: string, to: string): DayInfo[] {
  return datesBetween(from, to).map((date) => {
    const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
    return { weekday, label: date.slice(5), weekend: weekday >= 5 };
  });
}

export const solverProposalEngine: ProposalEngine = {
  name: 'solver',
  propose(problem: ProposalProblem) {
    const t0 = localMidnight(problem.from);
    const minute = (ms: number) => Math.round((ms - t0) / 60_000);
    const shifts: Shift[] = [];
    const locations: Location[] = [];
    const people = new Map<number, Person>();
    const demands: NonNullable<Problem['demands']> = [];
    const slotOf = new Map<string, ProposedSession>();
    const outcomes = new Map<number, ProposalOutcome>();

    for (const need of problem.needs) {
      const siteId = need.school.siteId;
      outcomes.set(siteId, { siteId, shortMinutes: need.shortMinutes, proposedMinutes: 0, ...(need.persons.length ? {} : { reason: 'no_appointee' as const }) });
      if (!need.persons.length) continue;
      const env: AvailabilityEnv = { calendar: problem.calendar, rules: need.rules, now: problem.now };
      const length = Math.max(...need.rules.sessionMinutes);
      const sessions = Math.ceil(need.shortMinutes / length);
      const last = bookableBounds(env).last;
      const demand = `school-${siteId}`;
      demands.push({ id: demand, name: `学校${siteId}`, count: sessions, weightOver: 100 });
      const place = need.school.place;
      locations.push({ id: `school:${siteId}`, name: `学校${siteId}`, ...(place ? { lat: place.lat, lon: place.lon } : {}) });
      for (let date = problem.from; date <= (problem.to < last ? problem.to : last); date = addDays(date, 1)) {
        if (!dayStatus(env, need.school, date).open) continue;
        for (const person of need.persons) {
          const free = slotsIn(freeIntervals(env, need.school, person, date), date, length, need.rules.slotStepMinutes).slice(0, SLOTS_PER_DAY);
          for (const slot of free) {
            const id = `c${shifts.length}`;
            shifts.push({
              id,
              site: `school:${siteId}`,
              start: minute(slot.start),
              end: minute(slot.end),
              day: Math.floor(minute(slot.start) / 1440),
              tags: ['school'],
              seats: [{ demand, allowedPeople: [String(person.personId)] }],
            });
            slotOf.set(id, { siteId, personId: person.personId, start: slot.start, end: slot.end });
            if (!people.has(person.personId)) {
              // One session a day and a few a week per vice-principal keep the load humane.
              people.set(person.personId, { id: String(person.personId), name: `法治副校长${person.personId}`, roles: [], limits: [{ kind: 'shifts', window: 'week', softMax: 3, weight: 1 }] });
            }
          }
        }
      }
    }
    if (!shifts.length) return { sessions: [], outcomes: [...outcomes.values()].map((o) => (o.reason ? o : { ...o, reason: 'no_free_slot' as const })) };

    const solverProblem: Problem = {
      name: 'school-session-proposals',
      days: solverDays(problem.from, problem.to),
      locations,
      travel: { detourFactor: 1.2, speedKmh: 60, overheadMinutes: 10 },
      shifts,
      demands,
      people: [...people.values()],
      weights: { travel: 0, continuity: 0, 'resource-sinking': 0, budget: 0 },
    };
    const solution = solve(solverProblem, { seed: 1, maxIterations: ITERATIONS });
    const sessions: ProposedSession[] = [];
    for (const a of solution.assignments) {
      const s = slotOf.get(a.shift);
      if (!s) continue;
      sessions.push(s);
      const o = outcomes.get(s.siteId)!;
      o.proposedMinutes += Math.round((s.end - s.start) / 60_000);
    }
    for (const o of outcomes.values()) if (!o.reason && o.proposedMinutes < o.shortMinutes) o.reason = 'no_free_slot';
    return { sessions: sessions.sort((x, y) => x.start - y.start || x.siteId - y.siteId), outcomes: [...outcomes.values()] };
  },
};
