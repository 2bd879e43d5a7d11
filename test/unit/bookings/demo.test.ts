// Demo sessions already held: deterministic, on school days before the given date, by the
// school's own vice-principal, never two at once for one person.
import { describe, expect, it } from 'vitest';
import { demoPastSessions } from '../../../src/bookings/demo.js';
import { generateDemo } from '../../../src/demo/index.js';
import { isSchoolDay } from '../../../src/domain/working-days.js';
import { calendar } from './fixtures.js';

const demo = generateDemo({ seed: 1, scale: 1 });
const input = { sites: demo.sites, appointments: demo.appointments, calendar, before: '2026-11-26' };
const localDate = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);

describe('demo past sessions', () => {
  const sessions = demoPastSessions(input);

  it('is deterministic for a seed and differs for another', () => {
    expect(demoPastSessions(input)).toEqual(sessions);
    expect(demoPastSessions({ ...input, seed: 2 })).not.toEqual(sessions);
  });

  it('holds sessions of 45 or 90 minutes on school days of the autumn term, before the date', () => {
    expect(sessions.length).toBeGreaterThan(100);
    for (const s of sessions) {
      const date = localDate(s.startsAt);
      expect(date >= '2026-09-01' && date < '2026-11-26').toBe(true);
      expect(isSchoolDay(calendar, date)).toEqual({ ok: true, value: true });
      expect([45, 90]).toContain((Date.parse(s.endsAt) - Date.parse(s.startsAt)) / 60_000);
    }
  });

  it('uses each school’s appointed vice-principal and never books one person twice at once', () => {
    const appointed = new Set(demo.appointments.map((a) => `${a.siteCode}|${a.personCode}`));
    for (const s of sessions) expect(appointed.has(`${s.schoolCode}|${s.personCode}`)).toBe(true);
    const byPerson = new Map<string, typeof sessions>();
    for (const s of sessions) byPerson.set(s.personCode, [...(byPerson.get(s.personCode) ?? []), s]);
    for (const list of byPerson.values()) {
      const sorted = [...list].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
      for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.startsAt >= sorted[i - 1]!.endsAt).toBe(true);
    }
  });

  it('has nothing to hold before a school year starts', () => {
    expect(demoPastSessions({ ...input, before: '2026-09-01' })).toEqual([]);
  });
});
