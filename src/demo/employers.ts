// Employers of one city: ~65 law firms, 5 notary offices, grassroots legal service offices,
// courts, procuratorates, police and justice bureaus (city + each county), and the people's
// mediation committees (one per township plus three city-level professional ones).
import { apportion } from './allocate';
import type { CityContext, CityDistrict } from './districts';
import { firmNames } from './names';
import { createRng } from './random';
import type { DemoEmployer, DemoTownship, EmployerKind } from './types';

/** Law firms per city (domain.md §3.2 [E]); the central district has the most ([E]). */
export const LAW_FIRMS = 65;
const FIRM_WEIGHT_CENTRAL_BONUS = 2.2;
/** Grassroots legal service offices (基层法律服务所) per city: ~3.7 workers each ([E], §3.1). */
export const LEGAL_SERVICE_OFFICES = 32;

export interface CityEmployers {
  all: DemoEmployer[];
  /** Per district, in `cds` order. */
  firms: DemoEmployer[][];
  notaryOffices: DemoEmployer[];
  /** Grassroots offices with their township, per district. */
  serviceOffices: { employer: DemoEmployer; township: DemoTownship }[][];
  /** Mediation committees with their township (null for city-level ones in the central district). */
  committees: { employer: DemoEmployer; township: DemoTownship | null; skill: string | null }[];
  /** Per district: the bodies that recommend legal vice-principals. */
  officialBodies: Record<'court' | 'procuratorate' | 'police' | 'justice_bureau', DemoEmployer>[];
  /** City-level bodies (sitting in the central district). */
  cityBodies: Record<'court' | 'procuratorate' | 'justice_bureau', DemoEmployer>;
}

const PROFESSIONAL_COMMITTEES: [name: string, skill: string][] = [
  ['医疗纠纷人民调解委员会', 'medical'],
  ['道路交通事故纠纷人民调解委员会', 'traffic'],
  ['劳动争议人民调解委员会', 'labour'],
];

export function buildEmployers(ctx: CityContext, cds: CityDistrict[]): CityEmployers {
  const rng = createRng(ctx.seed, ctx.prefecture, 'employers');
  const central = cds.find((cd) => cd.district.central) ?? (cds[0] as CityDistrict);
  const all: DemoEmployer[] = [];
  const add = (code: string, kind: EmployerKind, name: string, districtCode: string): DemoEmployer => {
    const e = { code, kind, name, districtCode };
    all.push(e);
    return e;
  };

  const firmCounts = apportion(LAW_FIRMS, cds.map((cd) => cd.place.weight * (cd.district.central ? FIRM_WEIGHT_CENTRAL_BONUS : 1)));
  const names = firmNames(rng, LAW_FIRMS);
  let firmIndex = 0;
  const firms = cds.map((cd, d) =>
    Array.from({ length: firmCounts[d] ?? 0 }, (_, i) => {
      const name = names[firmIndex++] as string;
      return add(`E-${cd.district.code}-LF${String(i + 1).padStart(2, '0')}`, 'law_firm', name + ctx.tag, cd.district.code);
    }),
  );

  const notaryOffices = [
    add(`E-${ctx.prefecture}-NO`, 'notary_office', `${ctx.cityName}公证处`, central.district.code),
    ...cds.map((cd) => add(`E-${cd.district.code}-NO`, 'notary_office', `${cd.district.name}公证处`, cd.district.code)),
  ];

  const officeCounts = apportion(LEGAL_SERVICE_OFFICES, cds.map((cd) => cd.townships.length), 1);
  const serviceOffices = cds.map((cd, d) => {
    // Offices sit in streets and towns rather than the small 乡, seat first.
    const candidates = cd.townships.filter((t, i) => i === 0 || t.kind === '街道' || t.kind === '镇');
    const chosen = [cd.townships[0] as DemoTownship, ...rng.shuffled(candidates.slice(1))].slice(0, officeCounts[d] ?? 1);
    return chosen.map((township, i) => ({
      employer: add(`E-${cd.district.code}-LS${String(i + 1).padStart(2, '0')}`, 'legal_service_office', `${township.name}法律服务所`, cd.district.code),
      township,
    }));
  });

  const committees: CityEmployers['committees'] = [];
  PROFESSIONAL_COMMITTEES.forEach(([name, skill], i) => {
    const employer = add(`E-${ctx.prefecture}-MC${String(i + 1).padStart(2, '0')}`, 'mediation_committee', ctx.cityName + name, central.district.code);
    committees.push({ employer, township: null, skill });
  });
  for (const cd of cds) {
    for (const t of cd.townships) {
      const employer = add(`E-${t.code}-MC`, 'mediation_committee', `${t.name}人民调解委员会`, cd.district.code);
      committees.push({ employer, township: t, skill: null });
    }
  }

  const cityBodies = {
    court: add(`E-${ctx.prefecture}-COURT`, 'court', `${ctx.cityName}中级人民法院`, central.district.code),
    procuratorate: add(`E-${ctx.prefecture}-PROC`, 'procuratorate', `${ctx.cityName}人民检察院`, central.district.code),
    justice_bureau: add(`E-${ctx.prefecture}-JB`, 'justice_bureau', `${ctx.cityName}司法局`, central.district.code),
  };
  const officialBodies = cds.map((cd) => {
    const code = cd.district.code;
    const n = cd.district.name;
    // Police in the two urban districts are branches of the city bureau; the others have their own.
    const police = cd.place.suffix === '01' || cd.place.suffix === '04' ? `${ctx.cityName}公安局${n}分局` : `${n}公安局`;
    return {
      court: add(`E-${code}-COURT`, 'court', `${n}人民法院`, code),
      procuratorate: add(`E-${code}-PROC`, 'procuratorate', `${n}人民检察院`, code),
      police: add(`E-${code}-POLICE`, 'police', police, code),
      justice_bureau: add(`E-${code}-JB`, 'justice_bureau', `${n}司法局`, code),
    };
  });

  return { all, firms, notaryOffices, serviceOffices, committees, officialBodies, cityBodies };
}
