// The rostered workforce of one city except the official vice-principals: 420 lawyers in the
// firms, 22 notaries, 120 grassroots legal service workers and 250 full-time mediators
// (domain.md §3.2, §10).
import { apportion } from './allocate';
import type { CityContext, CityDistrict } from './districts';
import type { CityEmployers } from './employers';
import { jitter } from './geo';
import type { Point } from './geo';
import { fakeMobile, personName } from './names';
import { createRng } from './random';
import type { Rng } from './random';
import {
  grassrootsSkills, homeIn, languagesAt, lawyerSkills, limitsFor, mediatorSkills, notarySkills, pickWeighted,
  PUBLIC_OFFICIAL_EMPLOYERS,
} from './traits';
import type { DemoEmployer, DemoPerson, Role } from './types';

/** Rostered people per city by role (domain.md §10 [E]). */
export const PEOPLE_COUNTS = { lawyer: 420, notary: 22, grassroots_worker: 120, mediator: 250, legal_vice_principal: 450 } as const;
/** Share of lawyers in the provincial 12348 pool (§7: 2–3 seat-equivalents 7×24 from the city). */
export const HOTLINE_SHARE = 1 / 3;

export interface PersonInput {
  code: string;
  role: Role;
  employer: DemoEmployer;
  cd: CityDistrict;
  home: Point;
  skills: string[];
  gender: 'F' | 'M';
  age: [min: number, max: number];
  contractStart: string;
  contractEnd: string | null;
}

/** Assembles one person; languages and name follow the home, limits the role. */
export function makePerson(rng: Rng, ctx: CityContext, p: PersonInput): DemoPerson {
  const { languages, minority } = languagesAt(rng, ctx, p.cd, p.home);
  return {
    code: p.code,
    name: personName(rng, p.gender, minority),
    gender: p.gender,
    roles: [p.role],
    employerCode: p.employer.code,
    publicOfficial: PUBLIC_OFFICIAL_EMPLOYERS.has(p.employer.kind),
    homeDistrictCode: p.cd.district.code,
    homeLat: p.home.lat,
    homeLon: p.home.lon,
    skills: p.skills,
    languages,
    ...limitsFor(rng, p.role),
    contractStart: p.contractStart,
    contractEnd: p.contractEnd,
    phone: fakeMobile(rng),
    hotlinePool: false,
    age: rng.int(p.age[0], p.age[1]),
  };
}

export interface CityPeople {
  all: DemoPerson[];
  /** Lawyers per district (by firm), and grassroots workers per district (by office). */
  lawyers: DemoPerson[][];
  grassroots: DemoPerson[][];
}

const code = (ctx: CityContext, letter: string, n: number) => `P-${ctx.prefecture}-${letter}${String(n).padStart(4, '0')}`;

export function buildPeople(ctx: CityContext, cds: CityDistrict[], emp: CityEmployers): CityPeople {
  const rng = createRng(ctx.seed, ctx.prefecture, 'people');
  const all: DemoPerson[] = [];
  const gender = (pMale: number): 'F' | 'M' => (rng.chance(pMale) ? 'M' : 'F');

  // Lawyers: firm sizes are skewed (a few large firms, many small ones); homes near the firm's
  // county seat, a fifth in the townships.
  const firms = cds.flatMap((cd, d) => (emp.firms[d] ?? []).map((f) => ({ f, cd, d })));
  const sizes = apportion(PEOPLE_COUNTS.lawyer, firms.map(() => Math.exp(rng.real(0, 2.3))), 2);
  const lawyers: DemoPerson[][] = cds.map(() => []);
  let n = 0;
  firms.forEach(({ f, cd, d }, i) => {
    for (let k = 0; k < (sizes[i] ?? 0); k++) {
      const person = makePerson(rng, ctx, {
        code: code(ctx, 'L', ++n), role: 'lawyer', employer: f, cd, home: homeIn(rng, cd, 0.2),
        skills: lawyerSkills(rng), gender: gender(0.62), age: [26, 62],
        contractStart: pickWeighted(rng, [['2025-01-01', 6], ['2026-01-01', 3], ['2026-07-01', 1]]),
        contractEnd: pickWeighted<string | null>(rng, [['2027-12-31', 7], ['2026-12-31', 1.5], [null, 1.5]]),
      });
      lawyers[d]?.push(person);
      all.push(person);
    }
  });
  const allLawyers = lawyers.flat();
  for (const l of rng.sample(allLawyers, Math.round(allLawyers.length * HOTLINE_SHARE))) l.hotlinePool = true;

  // Notaries: the city office is the largest; county offices have 2 or more.
  const central = cds.find((cd) => cd.district.central) ?? (cds[0] as CityDistrict);
  const notaryOffices = emp.notaryOffices.map((e) => ({ e, cd: cds.find((cd) => cd.district.code === e.districtCode) ?? central }));
  const notaries = apportion(PEOPLE_COUNTS.notary, notaryOffices.map((_, i) => (i === 0 ? 2.5 : 1)), 2);
  n = 0;
  notaryOffices.forEach(({ e, cd }, i) => {
    for (let k = 0; k < (notaries[i] ?? 0); k++) {
      all.push(makePerson(rng, ctx, {
        code: code(ctx, 'N', ++n), role: 'notary', employer: e, cd, home: homeIn(rng, cd, 0.05),
        skills: notarySkills(rng), gender: gender(0.5), age: [28, 58], contractStart: '2025-01-01', contractEnd: null,
      }));
    }
  });

  // Grassroots workers: ~3–4 per office, living near the office's township.
  const offices = cds.flatMap((cd, d) => (emp.serviceOffices[d] ?? []).map((o) => ({ ...o, cd, d })));
  const perOffice = apportion(PEOPLE_COUNTS.grassroots_worker, offices.map(() => rng.real(0.7, 1.3)), 1);
  const grassroots: DemoPerson[][] = cds.map(() => []);
  n = 0;
  offices.forEach(({ employer, township, cd, d }, i) => {
    for (let k = 0; k < (perOffice[i] ?? 0); k++) {
      const person = makePerson(rng, ctx, {
        code: code(ctx, 'G', ++n), role: 'grassroots_worker', employer, cd, home: jitter(rng, township, 0, 4),
        skills: grassrootsSkills(rng), gender: gender(0.6), age: [30, 60], contractStart: '2025-01-01', contractEnd: '2027-12-31',
      });
      grassroots[d]?.push(person);
      all.push(person);
    }
  });

  // Full-time mediators: 5 per city-level professional committee, the rest over the township
  // committees by the number of villages (more villages, more disputes).
  const committees = emp.committees;
  const cityLevel = committees.filter((c) => c.township === null).length;
  const perCommittee = apportion(
    PEOPLE_COUNTS.mediator - 5 * cityLevel,
    committees.filter((c) => c.township !== null).map(() => rng.real(0.6, 1.4)),
    1,
  );
  n = 0;
  let townshipIndex = 0;
  for (const c of committees) {
    const count = c.township === null ? 5 : (perCommittee[townshipIndex++] ?? 1);
    const cd = cds.find((x) => x.district.code === c.employer.districtCode) ?? central;
    for (let k = 0; k < count; k++) {
      all.push(makePerson(rng, ctx, {
        code: code(ctx, 'M', ++n), role: 'mediator', employer: c.employer, cd,
        home: c.township ? jitter(rng, c.township, 0, 4) : homeIn(rng, cd, 0.1),
        skills: mediatorSkills(rng, c.skill), gender: gender(0.5), age: [30, 62],
        contractStart: pickWeighted(rng, [['2025-01-01', 3], ['2026-01-01', 1]]), contractEnd: '2027-12-31',
      }));
    }
  }
  return { all, lawyers, grassroots };
}
