// Loads what the pure slot finder needs for some schools over local dates [from, to]: each
// school's place, opening hours and sessions per term; each appointee's windows, overrides and
// engagements; and the booking rules of the school's district. One query per kind, not per school.
import type { Queryable } from '../../db/client.js';
import { listOverrides, listRuleRows, listWindows } from '../../db/repositories/booking-rules.js';
import { engagementsOf, schoolBookingsBetween, viceAppointments, type EngagementRow } from '../../db/repositories/bookings.js';
import { sites, type LocalWindow } from '../../db/schema/index.js';
import { inArray } from 'drizzle-orm';
import { sitePlace, type TravelPlace, type TravelSiteType } from '../domain/travel.js';
import { addDays, type WorkingDayCalendar } from '../domain/working-days.js';
import type { Engagement, PersonContext, SchoolContext } from './availability.js';
import { resolveRules, type BookingRules } from './rules.js';
import { localMidnight, localParts, type DatedWeeklyWindow } from './windows.js';

export interface SchoolSetup {
  school: SchoolContext & { name: string; districtCode: string | null; type: string };
  persons: (PersonContext & { name: string })[];
  rules: BookingRules;
}

type RuleLookup = (districtCode: string | null) => BookingRules;

/** Effective rules per district: built-in defaults ← 'city' row ← the district's row. */
export async function loadRuleLookup(db: Queryable): Promise<RuleLookup> {
  const rows = new Map((await listRuleRows(db)).map((r) => [r.scope, r.rules]));
  const cache = new Map<string, BookingRules>();
  return (district) => {
    const key = district ?? 'city';
    let rules = cache.get(key);
    if (!rules) {
      rules = resolveRules(rows.get('city'), district ? rows.get(district) : undefined);
      cache.set(key, rules);
    }
    return rules;
  };
}

export function placeOf(site: { siteType: string | null; lat: number | null; lon: number | null; remote: boolean | null }): TravelPlace | null {
  if (site.siteType === 'online') return { lat: 0, lon: 0, online: true };
  if (site.siteType === null || site.lat === null || site.lon === null) return null;
  return sitePlace({ type: site.siteType as TravelSiteType, lat: site.lat, lon: site.lon, remote: site.remote ?? false });
}

const toEngagement = (r: EngagementRow): Engagement => ({
  kind: r.kind,
  id: r.id,
  start: r.startsAt.getTime(),
  end: r.endsAt.getTime(),
  place: placeOf(r),
});

/** Term id of a local date, or null outside terms. */
function termIdOf(calendar: WorkingDayCalendar, date: string): string | null {
  for (const y of calendar.schoolYears) for (const t of y.terms) if (t.from <= date && date <= t.to) return t.id;
  return null;
}

/** The span of whole terms touching [from, to], so per-term caps count every session of the term. */
function termSpan(calendar: WorkingDayCalendar, from: string, to: string): { from: string; to: string } {
  let lo = from;
  let hi = to;
  for (const y of calendar.schoolYears) {
    for (const t of y.terms) {
      if (t.from <= to && from <= t.to) {
        if (t.from < lo) lo = t.from;
        if (t.to > hi) hi = t.to;
      }
    }
  }
  return { from: lo, to: hi };
}

export async function loadSetups(
  db: Queryable,
  siteIds: number[],
  range: { from: string; to: string },
  calendar: WorkingDayCalendar,
  opts: { exceptBookingId?: number; rules?: RuleLookup } = {},
): Promise<Map<number, SchoolSetup>> {
  const out = new Map<number, SchoolSetup>();
  if (siteIds.length === 0) return out;
  const rules = opts.rules ?? (await loadRuleLookup(db));
  const siteRows = await db.select().from(sites).where(inArray(sites.id, siteIds));
  const appts = await viceAppointments(db, siteIds, range.from, range.to);
  const personIds = [...new Set(appts.map((a) => a.personId))];
  // A day either side, so duties just outside the range still push their travel time in.
  const from = new Date(localMidnight(addDays(range.from, -1)));
  const to = new Date(localMidnight(addDays(range.to, 2)));
  const span = termSpan(calendar, range.from, range.to);
  const [windows, overrides, engagements, held] = await Promise.all([
    listWindows(db, personIds),
    listOverrides(db, personIds, range.from, range.to),
    engagementsOf(db, personIds, from, to, opts.exceptBookingId),
    schoolBookingsBetween(db, siteIds, new Date(localMidnight(span.from)), new Date(localMidnight(addDays(span.to, 1)))),
  ]);

  const weeklyBy = new Map<number, DatedWeeklyWindow[]>();
  for (const w of windows) {
    const list = weeklyBy.get(w.personId) ?? [];
    list.push({ weekday: w.weekday, start: w.startTime, end: w.endTime, validFrom: w.validFrom, validTo: w.validTo });
    weeklyBy.set(w.personId, list);
  }
  const overridesBy = new Map<number, Map<string, LocalWindow[]>>();
  for (const o of overrides) {
    const m = overridesBy.get(o.personId) ?? new Map<string, LocalWindow[]>();
    m.set(o.onDate, o.windows);
    overridesBy.set(o.personId, m);
  }
  const busyBy = new Map<number, Engagement[]>();
  for (const e of engagements) {
    const list = busyBy.get(e.personId) ?? [];
    list.push(toEngagement(e));
    busyBy.set(e.personId, list);
  }
  const termCounts = new Map<number, Map<string, number>>();
  for (const b of held) {
    if (b.id === opts.exceptBookingId) continue;
    const term = termIdOf(calendar, localParts(b.startsAt.getTime()).date);
    if (!term) continue;
    const m = termCounts.get(b.schoolSiteId) ?? new Map<string, number>();
    m.set(term, (m.get(term) ?? 0) + 1);
    termCounts.set(b.schoolSiteId, m);
  }

  for (const s of siteRows) {
    const persons = appts
      .filter((a) => a.siteId === s.id)
      .map((a) => ({
        personId: a.personId,
        name: a.personName,
        appointedFrom: a.startsOn,
        appointedTo: a.endsOn,
        weekly: weeklyBy.get(a.personId) ?? [],
        overrides: overridesBy.get(a.personId) ?? new Map<string, LocalWindow[]>(),
        busy: busyBy.get(a.personId) ?? [],
      }));
    out.set(s.id, {
      school: {
        siteId: s.id,
        name: s.name,
        districtCode: s.districtCode,
        type: s.type,
        place: placeOf({ siteType: s.type, lat: s.lat, lon: s.lon, remote: s.remote }),
        openingHours: s.openingHours,
        termSessions: termCounts.get(s.id) ?? new Map(),
      },
      persons,
      rules: rules(s.districtCode),
    });
  }
  return out;
}
