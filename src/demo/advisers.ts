// Village/community legal advisers (村(居)法律顾问) of one city: ~380 advisers, 85 % lawyers and
// 15 % grassroots workers, each holding 1–5 workrooms (mean ≈3), every workroom exactly one
// (domain.md §6 [E]). Local people first; districts short of lawyers borrow central-city
// lawyers, which is the policy's 资源下沉 (moving resources down from the central city).
import { apportion, groupSizes } from './allocate';
import type { CityContext, CityDistrict } from './districts';
import { distanceKm } from './geo';
import type { Point } from './geo';
import { createRng } from './random';
import type { DemoAppointment, DemoPerson, DemoSite } from './types';

export const ADVISERS_PER_CITY = 380;
export const GRASSROOTS_ADVISER_SHARE = 0.15;
/** Most villages one adviser holds (a comparable rule allows ≤5; §6 [S]). */
export const MAX_VILLAGES_PER_ADVISER = 5;
/** Share of a district's lawyers who take villages before central-city lawyers are borrowed ([E]). */
const LOCAL_LAWYER_SHARE = 0.8;
const TERM: [string, string] = ['2025-01-01', '2027-12-31'];

function centroid(sites: DemoSite[]): Point {
  const lat = sites.reduce((a, s) => a + (s.lat ?? 0), 0) / sites.length;
  const lon = sites.reduce((a, s) => a + (s.lon ?? 0), 0) / sites.length;
  return { lat, lon };
}

export function buildAdvisers(
  ctx: CityContext, cds: CityDistrict[], workrooms: DemoSite[], lawyers: DemoPerson[][], grassroots: DemoPerson[][],
): DemoAppointment[] {
  const rng = createRng(ctx.seed, ctx.prefecture, 'advisers');
  const byDistrict = cds.map((cd) => workrooms.filter((w) => w.districtCode === cd.district.code));
  const advisers = apportion(ADVISERS_PER_CITY, byDistrict.map((w) => w.length));
  const grassrootsAdvisers = apportion(Math.round(ADVISERS_PER_CITY * GRASSROOTS_ADVISER_SHARE), advisers);
  const centralIndex = Math.max(0, cds.findIndex((cd) => cd.district.central));
  const taken = new Set<string>();

  // Local lawyer picks first for every district, so borrowing sees what is really left over.
  const localLawyers = cds.map((_, d) => {
    const own = lawyers[d] ?? [];
    const wanted = (advisers[d] ?? 0) - (grassrootsAdvisers[d] ?? 0);
    const pick = rng.sample(own, Math.min(wanted, Math.floor(own.length * LOCAL_LAWYER_SHARE)));
    for (const p of pick) taken.add(p.code);
    return pick;
  });

  const appointments: DemoAppointment[] = [];
  cds.forEach((_, d) => {
    const rooms = byDistrict[d] ?? [];
    const count = advisers[d] ?? 0;
    const people: DemoPerson[] = [
      ...rng.sample(grassroots[d] ?? [], grassrootsAdvisers[d] ?? 0),
      ...(localLawyers[d] ?? []),
    ];
    // Borrow lawyers: the central district first, then any district with lawyers to spare.
    const order = [centralIndex, ...cds.map((__, i) => i).filter((i) => i !== centralIndex)];
    for (const src of order) {
      if (people.length >= count) break;
      const spare = rng.shuffled((lawyers[src] ?? []).filter((l) => !taken.has(l.code)));
      for (const l of spare.slice(0, count - people.length)) {
        taken.add(l.code);
        people.push(l);
      }
    }
    if (people.length < count) throw new Error(`not enough advisers for district ${d}`);

    // Contiguous runs of workrooms (ordered by township) make each adviser's villages neighbours.
    const sizes = groupSizes(rng, rooms.length, count, 1, MAX_VILLAGES_PER_ADVISER);
    const groups: DemoSite[][] = [];
    let at = 0;
    for (const size of sizes) {
      groups.push(rooms.slice(at, at + size));
      at += size;
    }
    // Each adviser, in turn, takes the free group nearest their home.
    const free = groups.map((g) => ({ g, c: centroid(g), used: false }));
    for (const person of people) {
      const home = { lat: person.homeLat, lon: person.homeLon };
      let best = -1;
      let bestKm = Infinity;
      free.forEach((f, i) => {
        const km = f.used ? Infinity : distanceKm(home, f.c);
        if (km < bestKm) {
          best = i;
          bestKm = km;
        }
      });
      const chosen = free[best];
      if (!chosen) throw new Error('adviser without a group');
      chosen.used = true;
      for (const room of chosen.g) {
        appointments.push({ kind: 'village_adviser', personCode: person.code, siteCode: room.code, startsOn: TERM[0], endsOn: TERM[1] });
      }
    }
  });
  return appointments;
}
