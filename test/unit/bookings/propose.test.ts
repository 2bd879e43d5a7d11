// The greedy proposal engine and the yearly-minimum arithmetic (pure).
import { describe, expect, it } from 'vitest';
import { checkSession, type Engagement } from '../../../src/bookings/availability.js';
import { greedyProposalEngine, type ProposalNeed } from '../../../src/bookings/propose.js';
import { DEFAULT_BOOKING_RULES } from '../../../src/bookings/rules.js';
import { yearlyMinimum } from '../../../src/bookings/yearly.js';
import { sitePlace } from '../../../src/domain/travel.js';
import { at, calendar, env, local, person, school } from './fixtures.js';

const now = new Date(at('2026-09-25 08:00'));
const need = (siteId: number, shortMinutes: number, persons = [person()], over: Partial<ProposalNeed> = {}): ProposalNeed => ({
  school: school({ siteId, place: sitePlace({ type: 'school', lat: 26.6 + siteId / 100, lon: 104.84 }) }),
  persons,
  rules: DEFAULT_BOOKING_RULES,
  shortMinutes,
  ...over,
});
const problem = (needs: ProposalNeed[], minGapDays = 7) => ({ calendar, now, from: '2026-09-25', to: '2026-12-31', needs, minGapDays });

describe('greedy proposal engine', () => {
  it('covers a 180-minute shortfall with two 90-minute sessions a week or more apart', () => {
    const r = greedyProposalEngine.propose(problem([need(1, 180)]));
    expect(r.sessions.map((s) => (s.end - s.start) / 60_000)).toEqual([90, 90]);
    const [a, b] = r.sessions.map((s) => local(s.start).slice(0, 10));
    expect(Date.parse(b!) - Date.parse(a!)).toBeGreaterThanOrEqual(7 * 86_400_000);
    expect(r.outcomes).toEqual([{ siteId: 1, shortMinutes: 180, proposedMinutes: 180 }]);
  });

  it('proposes one class hour when 45 minutes are missing', () => {
    expect(greedyProposalEngine.propose(problem([need(1, 45)])).sessions.map((s) => (s.end - s.start) / 60_000)).toEqual([45]);
  });

  it('never double-books a vice-principal shared by two schools, travel included', () => {
    const shared = person({ personId: 10 });
    const r = greedyProposalEngine.propose(problem([need(1, 180, [shared]), need(2, 180, [shared])], 0));
    expect(r.sessions).toHaveLength(4);
    // Each proposal must still pass the slot check once the others are booked.
    for (const s of r.sessions) {
      const others: Engagement[] = r.sessions
        .filter((o) => o !== s)
        .map((o, i) => ({ kind: 'booking', id: i + 1, start: o.start, end: o.end, place: need(o.siteId, 0).school.place }));
      const check = checkSession(env('2026-09-25 08:00'), need(s.siteId, 0).school, person({ busy: others }), s);
      expect(check.ok, JSON.stringify(check)).toBe(true);
    }
  });

  it('every proposal is a valid session for its school (notice, school days, windows)', () => {
    const r = greedyProposalEngine.propose(problem([need(1, 180), need(2, 90, [person({ personId: 11 })])]));
    for (const s of r.sessions) expect(checkSession(env('2026-09-25 08:00'), need(s.siteId, 0).school, person({ personId: s.personId }), s).ok).toBe(true);
  });

  it('reports schools it cannot help and why', () => {
    const closed = person({ weekly: [{ weekday: 1, start: '08:00', end: '08:30' }] }); // 30 minutes: no session fits
    const r = greedyProposalEngine.propose(problem([need(1, 180, []), need(2, 90, [closed])]));
    expect(r.sessions).toEqual([]);
    expect(r.outcomes).toEqual([
      { siteId: 1, shortMinutes: 180, proposedMinutes: 0, reason: 'no_appointee' },
      { siteId: 2, shortMinutes: 90, proposedMinutes: 0, reason: 'no_free_slot' },
    ]);
  });

  it('leaves the problem it was given untouched', () => {
    const p = problem([need(1, 180)]);
    const before = JSON.stringify(p, (_k, v) => (v instanceof Map ? [...v] : v));
    greedyProposalEngine.propose(p);
    expect(JSON.stringify(p, (_k, v) => (v instanceof Map ? [...v] : v))).toBe(before);
  });
});

describe('yearly minimum', () => {
  const schools = [1, 2, 3].map((siteId) => ({ siteId, name: `S${siteId}`, districtCode: '520201' }));
  const s = (schoolSiteId: number, status: string, from: string, minutes: number) => ({ schoolSiteId, status, start: at(from), end: at(from) + minutes * 60_000 });

  it('counts confirmed minutes (held or coming), pending apart, cancelled not at all', () => {
    const rows = yearlyMinimum(
      schools,
      [s(1, 'confirmed', '2026-09-10 09:00', 90), s(1, 'confirmed', '2026-10-20 09:00', 90), s(2, 'confirmed', '2026-09-11 09:00', 90), s(2, 'pending', '2026-10-21 09:00', 90), s(3, 'cancelled', '2026-09-12 09:00', 90)],
      now,
    );
    expect(rows.map((r) => [r.siteId, r.confirmedMinutes, r.heldMinutes, r.pendingMinutes, r.shortMinutes, r.behind])).toEqual([
      [1, 180, 90, 0, 0, false],
      [2, 90, 90, 90, 90, true],
      [3, 0, 0, 0, 180, true],
    ]);
  });
});
