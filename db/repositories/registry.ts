// Registry reads and writes (districts, townships, sites, people, unavailability, appointments).
// Writes that must be atomic run in the caller's transaction; expected failures are values.
import { and, arrayContains, eq, gt, ilike, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../client.js';
import {
  appointments,
  districts,
  people,
  publishedAssignments,
  sites,
  townships,
  unavailability,
} from '../schema/index.js';
import { likeText, pageOf } from './paging.js';

export type DistrictRow = typeof districts.$inferSelect;
export type TownshipRow = typeof townships.$inferSelect;
export type SiteRow = typeof sites.$inferSelect;
export type PersonRow = typeof people.$inferSelect;
export type UnavailabilityRow = typeof unavailability.$inferSelect;
export type AppointmentRow = typeof appointments.$inferSelect;

const all = (...conds: (SQL | undefined)[]) => {
  const present = conds.filter((c): c is SQL => c !== undefined);
  return present.length ? and(...present) : undefined;
};

export async function findDistrict(db: Queryable, code: string) {
  const [row] = await db.select().from(districts).where(eq(districts.code, code));
  return row;
}

export async function listDistricts(db: Queryable) {
  return db
    .select({
      code: districts.code,
      name: districts.name,
      nameEn: districts.nameEn,
      seatLat: districts.seatLat,
      seatLon: districts.seatLon,
      central: districts.central,
      // Qualified by hand: drizzle renders correlated columns unqualified, which would bind to townships.
      townshipCount: sql<number>`(select count(*)::int from townships t where t.district_code = districts.code)`,
    })
    .from(districts)
    .orderBy(districts.code);
}

export async function findTownship(db: Queryable, code: string) {
  const [row] = await db.select().from(townships).where(eq(townships.code, code));
  return row;
}

export function listTownships(db: Queryable, q: { district?: string; limit: number; offset: number }) {
  return pageOf(db, townships, q.district ? eq(townships.districtCode, q.district) : undefined, townships.code, q.limit, q.offset);
}

export async function findSite(db: Queryable, id: number) {
  const [row] = await db.select().from(sites).where(eq(sites.id, id));
  return row;
}

export function listSites(
  db: Queryable,
  q: { district?: string; township?: string; type?: SiteRow['type']; q?: string; limit: number; offset: number },
) {
  const where = all(
    q.district ? eq(sites.districtCode, q.district) : undefined,
    q.township ? eq(sites.townshipCode, q.township) : undefined,
    q.type ? eq(sites.type, q.type) : undefined,
    q.q ? or(ilike(sites.name, likeText(q.q)), ilike(sites.code, likeText(q.q))) : undefined,
  );
  return pageOf(db, sites, where, sites.id, q.limit, q.offset);
}

export async function findPerson(db: Queryable, id: number) {
  const [row] = await db.select().from(people).where(eq(people.id, id));
  return row;
}

export function listPeople(
  db: Queryable,
  q: { district?: string; role?: PersonRow['roles'][number]; skill?: string; language?: PersonRow['languages'][number]; q?: string; limit: number; offset: number },
) {
  const where = all(
    q.district ? eq(people.homeDistrictCode, q.district) : undefined,
    q.role ? arrayContains(people.roles, [q.role]) : undefined,
    q.skill ? arrayContains(people.skills, [q.skill]) : undefined,
    q.language ? arrayContains(people.languages, [q.language]) : undefined,
    q.q ? or(ilike(people.name, likeText(q.q)), ilike(people.code, likeText(q.q))) : undefined,
  );
  return pageOf(db, people, where, people.id, q.limit, q.offset);
}

/** True when the person appears in any published roster version. */
export async function hasPublishedDuties(db: Queryable, personId: number): Promise<boolean> {
  const rows = await db
    .select({ one: sql`1` })
    .from(publishedAssignments)
    .where(eq(publishedAssignments.personId, personId))
    .limit(1);
  return rows.length > 0;
}

export async function findUnavailability(db: Queryable, id: number) {
  const [row] = await db.select().from(unavailability).where(eq(unavailability.id, id));
  return row;
}

export function listUnavailability(
  db: Queryable,
  q: { person?: number; district?: string; from?: string; to?: string; limit: number; offset: number },
) {
  const where = all(
    q.person ? eq(unavailability.personId, q.person) : undefined,
    q.district
      ? sql`${unavailability.personId} in (select ${people.id} from ${people} where ${people.homeDistrictCode} = ${q.district})`
      : undefined,
    q.from ? gt(unavailability.endsAt, new Date(q.from)) : undefined,
    q.to ? lt(unavailability.startsAt, new Date(q.to)) : undefined,
  );
  return pageOf(db, unavailability, where, unavailability.startsAt, q.limit, q.offset);
}

export async function findAppointment(db: Queryable, id: number) {
  const [row] = await db.select().from(appointments).where(eq(appointments.id, id));
  return row;
}

export function listAppointments(
  db: Queryable,
  q: { kind?: AppointmentRow['kind']; person?: number; site?: number; district?: string; limit: number; offset: number },
) {
  const where = all(
    q.kind ? eq(appointments.kind, q.kind) : undefined,
    q.person ? eq(appointments.personId, q.person) : undefined,
    q.site ? eq(appointments.siteId, q.site) : undefined,
    q.district
      ? sql`${appointments.siteId} in (select ${sites.id} from ${sites} where ${sites.districtCode} = ${q.district})`
      : undefined,
  );
  return pageOf(db, appointments, where, appointments.id, q.limit, q.offset);
}
