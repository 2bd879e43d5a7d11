// The yearly-minimum report: each school's class hours this school year (confirmed, held,
// pending) and which schools are behind the 4 class hours; scoped to the caller's district.
import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/client.js';
import { schoolBookingsBetween } from '../../db/repositories/bookings.js';
import { sites } from '../../db/schema/index.js';
import { requireRole, type Principal } from '../auth/principal.js';
import { addDays, type SchoolYearData } from '../domain/working-days.js';
import { ApiError, fieldError } from '../errors.js';
import { todayOf } from './availability.js';
import type { BookingEnv } from './commands.js';
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

export async function schoolRows(db: Queryable, env: BookingEnv, year: SchoolYearData, district: string | undefined, onlySite?: number): Promise<YearlyRow[]> {
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
    rows = await schoolRows(env.db, env, year, undefined, p.siteId);
  } else {
    rows = await schoolRows(env.db, env, year, districtScope(p, q.district));
  }
  return { schoolYear: year.schoolYear, requiredMinutes: YEARLY_MINIMUM_MINUTES, schools: rows.length, behind: rows.filter((r) => r.behind).length, rows };
}
