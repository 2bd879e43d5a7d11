// Legal vice-principals (法治副校长) of one city and their school appointments: 450 people,
// ≈40 % police, 15 % procuratorate, 15 % court, 20 % justice bureau / 司法所 and 10 % lawyers
// recommended by the justice bureau (domain.md §5 [E]). Every school gets one, schools of
// LARGE_SCHOOL_PUPILS or more get two, nobody holds more than 2, all within their own district.
import { apportion } from './allocate';
import type { CityContext, CityDistrict } from './districts';
import type { CityEmployers } from './employers';
import { jitter } from './geo';
import { makePerson, PEOPLE_COUNTS } from './people';
import { createRng } from './random';
import type { Rng } from './random';
import { LARGE_SCHOOL_PUPILS } from './schools';
import { pickWeighted, VICE_PRINCIPAL_SKILLS } from './traits';
import type { DemoAppointment, DemoPerson, DemoSite, DemoTownship } from './types';

/** At most this many schools per vice-principal (教育部令第52号 via domain.md §5 [S]). */
export const MAX_SCHOOLS_PER_VICE_PRINCIPAL = 2;
type Source = 'police' | 'procuratorate' | 'court' | 'justice_bureau' | 'lawyer';
/** Share of vice-principals by recommending body (§5 [E]); the counts per city follow exactly. */
const SOURCE_SHARE: [Source, number][] = [
  ['police', 0.4], ['procuratorate', 0.15], ['court', 0.15], ['justice_bureau', 0.2], ['lawyer', 0.1],
];
/** Share of non-lawyer vice-principals who are retirees (≤65, one term only; §5 [S] rule, share [E]). */
const RETIREE_SHARE = 0.04;
const TERMS: [start: string, end: string][] = [['2024-09-01', '2027-08-31'], ['2025-09-01', '2028-08-31']];

/** Splits the ordered slots of one district into `people` groups of 1–2 distinct schools. */
function groupSlots(rng: Rng, slots: DemoSite[], people: number): DemoSite[][] {
  const doubles = slots.length - people;
  if (doubles < 0 || doubles > people * (MAX_SCHOOLS_PER_VICE_PRINCIPAL - 1)) {
    throw new Error(`cannot cover ${slots.length} school slots with ${people} vice-principals`);
  }
  const twice = new Set(rng.sample(Array.from({ length: people }, (_, i) => i), doubles));
  const rest = slots.slice();
  const groups: DemoSite[][] = [];
  for (let i = 0; i < people; i++) {
    const first = rest.shift() as DemoSite;
    if (!twice.has(i)) {
      groups.push([first]);
      continue;
    }
    // Take the next slot of another school; a school's second slot never goes to the same person.
    const j = rest.findIndex((s) => s.code !== first.code);
    if (j < 0) throw new Error('no second school left for a vice-principal');
    const [second] = rest.splice(j, 1) as [DemoSite];
    groups.push([first, second]);
  }
  return groups;
}

export interface ViceLawyerPool {
  /** Lawyers per district (in `cds` order); some get the vice-principal role added. */
  lawyers: DemoPerson[][];
}

export function buildViceprincipals(
  ctx: CityContext, cds: CityDistrict[], schools: DemoSite[], emp: CityEmployers, pool: ViceLawyerPool,
): { people: DemoPerson[]; appointments: DemoAppointment[] } {
  const rng = createRng(ctx.seed, ctx.prefecture, 'vice-principals');
  // Slots: every school once, ordered by township so neighbours pair up, then the second seats
  // of large schools at the end (so a school's two slots are never adjacent but one).
  const slotsByDistrict = cds.map((cd) => {
    const own = schools.filter((s) => s.districtCode === cd.district.code)
      .sort((a, b) => (a.townshipCode ?? '').localeCompare(b.townshipCode ?? '') || a.code.localeCompare(b.code));
    return [...own, ...own.filter((s) => (s.pupils ?? 0) >= LARGE_SCHOOL_PUPILS)];
  });
  const total = PEOPLE_COUNTS.legal_vice_principal;
  const perDistrict = apportion(total, slotsByDistrict.map((s) => s.length));
  const sourceCounts = apportion(total, SOURCE_SHARE.map(([, w]) => w));
  const sources = rng.shuffled(SOURCE_SHARE.flatMap(([s], i) => new Array<Source>(sourceCounts[i] ?? 0).fill(s)));

  const people: DemoPerson[] = [];
  const appointments: DemoAppointment[] = [];
  const townshipOf = (site: DemoSite, cd: CityDistrict) =>
    cd.townships.find((t) => t.code === site.townshipCode) ?? (cd.townships[0] as DemoTownship);
  let n = 0;
  let next = 0;
  cds.forEach((cd, d) => {
    const groups = groupSlots(rng, slotsByDistrict[d] ?? [], perDistrict[d] ?? 0);
    const freeLawyers = rng.shuffled((pool.lawyers[d] ?? []).filter((l) => !l.roles.includes('legal_vice_principal')));
    for (const group of groups) {
      const source = sources[next++] as Source;
      const [start, end] = pickWeighted(rng, [[TERMS[0] as [string, string], 0.6], [TERMS[1] as [string, string], 0.4]]);
      let person: DemoPerson;
      if (source === 'lawyer' && freeLawyers.length > 0) {
        person = freeLawyers.pop() as DemoPerson;
        person.roles.push('legal_vice_principal');
        person.skills.push(...VICE_PRINCIPAL_SKILLS.filter((s) => !person.skills.includes(s)));
      } else {
        // A lawyer short in this district falls back to a justice-bureau recommendation.
        const body = source === 'lawyer' ? 'justice_bureau' : source;
        const bodies = emp.officialBodies[d] ?? (emp.officialBodies[0] as CityEmployers['officialBodies'][number]);
        const cityBody = body !== 'police' && cd.district.central && rng.chance(0.2) ? emp.cityBodies[body] : undefined;
        const local = body === 'police' || body === 'justice_bureau' ? rng.chance(0.6) : false;
        const home = local ? jitter(rng, townshipOf(group[0] as DemoSite, cd), 0, 4) : jitter(rng, cd.seat, 0, 5);
        const retired = rng.chance(RETIREE_SHARE);
        person = makePerson(rng, ctx, {
          code: `P-${ctx.prefecture}-V${String(++n).padStart(4, '0')}`, role: 'legal_vice_principal',
          employer: cityBody ?? bodies[body], cd, home, skills: VICE_PRINCIPAL_SKILLS.slice(),
          gender: rng.chance(body === 'police' ? 0.8 : 0.55) ? 'M' : 'F',
          age: retired ? [60, 65] : [28, 59], contractStart: start, contractEnd: end,
        });
        if (retired) person.retired = true;
        people.push(person);
      }
      for (const school of group) {
        appointments.push({ kind: 'vice_principal', personCode: person.code, siteCode: school.code, startsOn: start, endsOn: end });
      }
    }
  });
  return { people, appointments };
}
