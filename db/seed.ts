// Writes the generated demo registry into an empty database in one transaction (batched
// inserts, codes mapped to the generated ids), so a first start is all-or-nothing.
import { count } from 'drizzle-orm';
import { demoTemplates, type DemoTemplate } from '../src/demo/duty-templates.js';
import type { DemoData } from '../src/demo/types.js';
import type { Database, Tx } from './client.js';
import {
  appointments,
  districts,
  dutyTemplates,
  employers,
  people,
  sites,
  townships,
  unavailability,
} from './schema/index.js';

/** Rows per INSERT: large enough to be fast, small enough for the parameter limit (65,535;
 *  people have 18 columns → 36,000 parameters a batch). */
const BATCH = 2000;

async function insertBatched<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

export async function isRegistryEmpty(database: Database): Promise<boolean> {
  const [row] = await database.db.select({ n: count() }).from(districts);
  return (row?.n ?? 0) === 0;
}

export interface SeedCounts {
  districts: number;
  townships: number;
  employers: number;
  sites: number;
  people: number;
  unavailability: number;
  appointments: number;
  dutyTemplates: number;
  /** School sessions already held this school year (seeded by the bookings module). */
  pastSessions?: number;
}

export async function seedDemo(database: Database, data: DemoData): Promise<SeedCounts> {
  let templates: DemoTemplate[] = [];
  await database.db.transaction(async (tx: Tx) => {
    await insertBatched(data.districts, (b) =>
      tx.insert(districts).values(b.map(({ code, name, nameEn, seatLat, seatLon, central }) => ({ code, name, nameEn, seatLat, seatLon, central }))),
    );
    await insertBatched(data.townships, (b) => tx.insert(townships).values(b));
    await insertBatched(data.employers, (b) => tx.insert(employers).values(b));

    const siteIds = new Map<string, number>();
    await insertBatched(data.sites, async (b) => {
      const rows = await tx
        .insert(sites)
        .values(
          b.map((s) => ({
            code: s.code,
            type: s.type,
            name: s.name,
            districtCode: s.districtCode,
            townshipCode: s.townshipCode,
            address: s.address,
            lat: s.lat,
            lon: s.lon,
            openingHours: s.openingHours,
            phone: s.phone,
            languagesNeeded: s.languagesNeeded,
            population: s.population ?? s.pupils ?? null,
            schoolLevel: s.schoolLevel ?? null,
            remote: s.remote,
          })),
        )
        .returning({ id: sites.id, code: sites.code });
      for (const r of rows) siteIds.set(r.code, r.id);
    });

    const personIds = new Map<string, number>();
    await insertBatched(data.people, async (b) => {
      const rows = await tx
        .insert(people)
        .values(
          b.map((p) => ({
            code: p.code,
            name: p.name,
            gender: p.gender,
            roles: p.roles,
            employerCode: p.employerCode,
            publicOfficial: p.publicOfficial,
            homeDistrictCode: p.homeDistrictCode,
            homeLat: p.homeLat,
            homeLon: p.homeLon,
            skills: p.skills,
            languages: p.languages,
            maxDutiesPerWeek: p.maxDutiesPerWeek,
            maxDutiesPerMonth: p.maxDutiesPerMonth,
            maxHoursPerMonth: p.maxHoursPerMonth,
            contractStart: p.contractStart,
            contractEnd: p.contractEnd,
            phone: p.phone,
            hotlinePool: p.hotlinePool,
          })),
        )
        .returning({ id: people.id, code: people.code });
      for (const r of rows) personIds.set(r.code, r.id);
    });

    const idOf = (map: Map<string, number>, code: string, what: string) => {
      const id = map.get(code);
      if (id === undefined) throw new Error(`demo data refers to unknown ${what} ${code}`);
      return id;
    };
    await insertBatched(data.unavailability, (b) =>
      tx.insert(unavailability).values(
        b.map((u) => ({
          personId: idOf(personIds, u.personCode, 'person'),
          kind: u.kind,
          startsAt: new Date(u.startsAt),
          endsAt: new Date(u.endsAt),
          note: u.note,
        })),
      ),
    );
    await insertBatched(data.appointments, (b) =>
      tx.insert(appointments).values(
        b.map((a) => ({
          kind: a.kind,
          personId: idOf(personIds, a.personCode, 'person'),
          siteId: idOf(siteIds, a.siteCode, 'site'),
          startsOn: a.startsOn,
          endsOn: a.endsOn,
        })),
      ),
    );
    templates = demoTemplates(data.sites);
    await insertBatched(templates, (b) =>
      tx.insert(dutyTemplates).values(
        b.map(({ siteCode, ...t }) => ({ ...t, siteId: idOf(siteIds, siteCode, 'site') })),
      ),
    );
  });
  return {
    districts: data.districts.length,
    townships: data.townships.length,
    employers: data.employers.length,
    sites: data.sites.length,
    people: data.people.length,
    unavailability: data.unavailability.length,
    appointments: data.appointments.length,
    dutyTemplates: templates.length,
  };
}
