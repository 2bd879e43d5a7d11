// The city's 673 school units (462 primary, 170 junior, 37 senior, 4 special; domain.md §1 [S]),
// spread over districts by population weight and over townships by their village counts.
import { apportion } from './allocate';
import type { CityContext, CityDistrict } from './districts';
import { VILLAGE_SPREAD_KM } from './districts';
import { jitter } from './geo';
import { fakeLandline } from './names';
import { createRng } from './random';
import type { Rng } from './random';
import { isRemote } from './sites';
import type { DemoSite, DemoTownship, SchoolLevel } from './types';

/** City-wide school counts by level (Liupanshui, end of 2022). */
export const SCHOOL_COUNTS: Record<SchoolLevel, number> = { primary: 462, junior: 170, senior: 37, special: 4 };
/** Schools with at least this many pupils get a second legal vice-principal ([E]). */
export const LARGE_SCHOOL_PUPILS = 2_500;

// Pupil ranges [urban min, urban max, rural min, rural max] per level ([E]).
const PUPILS: Record<SchoolLevel, [number, number, number, number]> = {
  primary: [600, 3_200, 60, 900],
  junior: [900, 3_200, 300, 1_600],
  senior: [1_200, 4_500, 800, 2_500],
  special: [60, 300, 60, 300],
};

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** Chinese numeral for 1–99 (一, 十, 十二, 二十, 二十三 …). */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n] as string;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

interface Placed {
  level: SchoolLevel;
  township: DemoTownship;
}

/** Which township each school of one district goes to. */
function placeSchools(rng: Rng, cd: CityDistrict, counts: Record<SchoolLevel, number>, villages: Map<string, string[]>): Placed[] {
  const ts = cd.townships;
  const urban = ts.filter((t) => t.kind === '街道');
  const villageWeight = ts.map((t) => villages.get(t.code)?.length ?? 1);
  const out: Placed[] = [];
  const spread = (level: SchoolLevel, weights: number[]) => {
    const per = apportion(counts[level], weights, counts[level] >= ts.length ? 1 : 0);
    per.forEach((n, i) => {
      for (let k = 0; k < n; k++) out.push({ level, township: ts[i] as DemoTownship });
    });
  };
  spread('primary', villageWeight);
  // Junior schools: one per township where possible, the rest in the county town.
  spread('junior', ts.map((t) => (t.kind === '街道' ? 3 : 1)));
  // Senior schools: mostly in the county town, a few in the larger towns.
  for (let i = 0; i < counts.senior; i++) {
    const rural = ts.filter((t) => t.kind === '镇');
    const pool = rural.length > 0 && rng.chance(0.25) ? rural : urban;
    out.push({ level: 'senior', township: rng.pick(pool) });
  }
  for (let i = 0; i < counts.special; i++) out.push({ level: 'special', township: ts[0] as DemoTownship });
  return out;
}

function schoolName(level: SchoolLevel, t: DemoTownship, cd: CityDistrict, nth: number, village: string | undefined): string {
  const urban = t.kind === '街道';
  switch (level) {
    case 'special':
      return `${cd.district.name}特殊教育学校${nth > 1 ? chineseNumber(nth) + '校' : ''}`;
    case 'senior':
      return urban ? `${cd.district.name}第${chineseNumber(nth)}高级中学` : `${t.name}高级中学${nth > 1 ? chineseNumber(nth) + '校' : ''}`;
    case 'junior':
      return urban ? `${cd.district.name}第${chineseNumber(nth)}中学` : nth === 1 ? `${t.name}中学` : `${t.name}第${chineseNumber(nth)}中学`;
    case 'primary':
      if (urban) return `${cd.district.name}第${chineseNumber(nth)}小学`;
      if (nth === 1) return `${t.name}中心小学`;
      return `${t.name}${(village ?? `第${chineseNumber(nth)}`).replace(/(村|社区)$/, '')}小学`;
  }
}

export function buildSchools(ctx: CityContext, cds: CityDistrict[], villages: Map<string, string[]>): DemoSite[] {
  const levels = Object.keys(SCHOOL_COUNTS) as SchoolLevel[];
  const perDistrict = new Map<SchoolLevel, number[]>(
    levels.map((l) => [l, apportion(SCHOOL_COUNTS[l], cds.map((cd) => cd.place.weight), l === 'special' ? 1 : 0)]),
  );
  const out: DemoSite[] = [];
  cds.forEach((cd, d) => {
    const rng = createRng(ctx.seed, ctx.prefecture, cd.place.suffix, 'schools');
    const counts = Object.fromEntries(levels.map((l) => [l, perDistrict.get(l)?.[d] ?? 0])) as Record<SchoolLevel, number>;
    // Urban names are numbered per district; rural names per township.
    const seen = new Map<string, number>();
    placeSchools(rng, cd, counts, villages).forEach((s, i) => {
      const t = s.township;
      const urban = t.kind === '街道';
      const key = `${s.level}:${urban || s.level === 'special' ? 'district' : t.code}`;
      const nth = (seen.get(key) ?? 0) + 1;
      seen.set(key, nth);
      const names = villages.get(t.code) ?? [];
      const village = names.length > 0 ? names[(nth - 2 + names.length) % names.length] : undefined;
      const p = jitter(rng, t, 0.2, urban ? 3 : VILLAGE_SPREAD_KM);
      const [umin, umax, rmin, rmax] = PUPILS[s.level];
      const pupils = urban ? rng.int(umin, umax) : rng.int(rmin, rmax);
      out.push({
        code: `SC-${cd.district.code}-${String(i + 1).padStart(4, '0')}`, type: 'school',
        name: schoolName(s.level, t, cd, nth, village), districtCode: cd.district.code, townshipCode: t.code,
        address: `贵州省${ctx.cityName}${cd.district.name}${t.name}${village && !urban ? village : '城区'}`,
        lat: p.lat, lon: p.lon,
        openingHours: [{ days: 'school_days', open: '08:00', close: '17:00' }],
        phone: fakeLandline(rng), languagesNeeded: t.ethnicLanguages.slice(),
        schoolLevel: s.level, pupils: Math.round(pupils / 10) * 10, remote: isRemote(cd, t, p.lat, p.lon),
      });
    });
  });
  return out;
}
