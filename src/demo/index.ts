// Public entry of the demo-data generator: `generateDemo({ seed, scale })` returns the whole
// Liupanshui registry (and, for scale > 1, synthetic copies) as plain objects. Pure: no I/O,
// no clock, no Math.random; the same options always give deep-equal data.
import { buildAdvisers } from './advisers';
import { buildDistricts, cityContext, MAX_SCALE } from './districts';
import { buildEmployers } from './employers';
import { buildPeople } from './people';
import { buildSchools } from './schools';
import { buildCentres, buildOnlineDesks, buildResettlement, buildStations, buildWorkrooms } from './sites';
import { localCalendar, unavailabilityFor } from './unavailability';
import { buildViceprincipals } from './vice-principals';
import type { DemoData, DemoOptions } from './types';

export type * from './types';
export { MAX_SCALE } from './districts';
export { summarizeDemo } from './summary';
export type { DemoSummary } from './summary';

export const DEFAULT_UNAVAILABILITY_FROM = '2026-01-01';
export const DEFAULT_UNAVAILABILITY_TO = '2027-12-31';

function generateCity(seed: number, replica: number, cal: ReturnType<typeof localCalendar>, out: DemoData): void {
  const ctx = cityContext(seed, replica);
  const cds = buildDistricts(ctx);
  const workrooms = buildWorkrooms(ctx, cds);
  const schools = buildSchools(ctx, cds, workrooms.villagesByTownship);
  const employers = buildEmployers(ctx, cds);
  const people = buildPeople(ctx, cds, employers);
  const vps = buildViceprincipals(ctx, cds, schools, employers, { lawyers: people.lawyers });
  const advisers = buildAdvisers(ctx, cds, workrooms.sites, people.lawyers, people.grassroots);
  // Lawyers plead mostly before their own district's court, then the city court, then others.
  const courts = employers.all.filter((e) => e.kind === 'court');
  const courtsFor = new Map(cds.map((cd) => [cd.district.code, courts.flatMap((c) =>
    new Array<string>(c.code === `E-${cd.district.code}-COURT` ? 5 : c.code === `E-${ctx.prefecture}-COURT` ? 2 : 1).fill(c.name))]));
  const cityPeople = [...people.all, ...vps.people];

  for (const cd of cds) {
    out.districts.push(cd.district);
    out.townships.push(...cd.townships);
  }
  out.employers.push(...employers.all);
  out.sites.push(
    ...buildCentres(ctx, cds), ...buildStations(ctx, cds), ...workrooms.sites,
    ...buildResettlement(ctx, cds), ...schools, ...buildOnlineDesks(ctx),
  );
  out.people.push(...cityPeople);
  for (const p of cityPeople) {
    for (const u of unavailabilityFor(seed, p, cal, courtsFor.get(p.homeDistrictCode) ?? [])) out.unavailability.push(u);
  }
  out.appointments.push(...vps.appointments, ...advisers);
}

/**
 * The demo registry. `scale` cities (1–40): the first is Liupanshui at its real scale, each
 * further one a synthetic copy with its own prefecture code (5299, 5298 …), names tagged
 * (合成NN) and coordinates shifted east inside Guizhou.
 */
export function generateDemo(options: DemoOptions = {}): DemoData {
  const seed = options.seed ?? 1;
  const scale = options.scale ?? 1;
  if (!Number.isInteger(seed)) throw new Error(`seed must be an integer, got ${seed}`);
  if (!Number.isInteger(scale) || scale < 1 || scale > MAX_SCALE) {
    throw new Error(`scale must be an integer from 1 to ${MAX_SCALE}, got ${scale}`);
  }
  const cal = localCalendar(
    options.unavailabilityFrom ?? DEFAULT_UNAVAILABILITY_FROM, options.unavailabilityTo ?? DEFAULT_UNAVAILABILITY_TO, options.isWorkingDay,
  );
  const out: DemoData = { districts: [], townships: [], employers: [], sites: [], people: [], unavailability: [], appointments: [] };
  for (let replica = 0; replica < scale; replica++) generateCity(seed, replica, cal, out);
  return out;
}
