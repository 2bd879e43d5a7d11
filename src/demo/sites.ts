// Physical and virtual duty sites of one city except schools: 1 city centre + 1 centre per
// county, one station per township, the village/community workrooms, resettlement sites and
// the three online desks (domain.md §1, §4, §7, §10).
import { apportion } from './allocate';
import type { CityContext, CityDistrict } from './districts';
import { VILLAGE_SPREAD_KM } from './districts';
import { distanceKm, jitter } from './geo';
import { fakeLandline, streetAddress, villageNames } from './names';
import { createRng } from './random';
import type { Rng } from './random';
import type { DemoSite, DemoTownship, Lang, OpeningHours } from './types';

/** Office hours of centres and stations on working days (including 调休 weekend days). A fresh
 * array each call, so no two sites share (and a consumer never mutates) one object. */
export function officeHours(): OpeningHours[] {
  return [
    { days: 'working_days', open: '08:30', close: '12:00' },
    { days: 'working_days', open: '14:00', close: '17:30' },
  ];
}
const roundTheClock = (): OpeningHours[] => [{ days: 'every_day', open: '00:00', close: '24:00' }];

/** The workrooms of a city, and the village/community names of each township (for schools). */
export interface Workrooms {
  sites: DemoSite[];
  villagesByTownship: Map<string, string[]>;
}

function address(ctx: CityContext, cd: CityDistrict, t: DemoTownship, rest: string): string {
  return `贵州省${ctx.cityName}${cd.district.name}${t.name}${rest}`;
}

export function isRemote(cd: CityDistrict, t: DemoTownship, lat: number, lon: number): boolean {
  return t.remote || distanceKm(cd.seat, { lat, lon }) > cd.place.radiusKm * 0.6;
}

export function buildCentres(ctx: CityContext, cds: CityDistrict[]): DemoSite[] {
  const rng = createRng(ctx.seed, ctx.prefecture, 'centres');
  const out: DemoSite[] = [];
  for (const cd of cds) {
    const seatTownship = cd.townships[0] as DemoTownship;
    const centre = (code: string, name: string): DemoSite => {
      const p = jitter(rng, seatTownship, 0, 1);
      return {
        code, type: 'centre', name, districtCode: cd.district.code, townshipCode: seatTownship.code,
        address: address(ctx, cd, seatTownship, streetAddress(rng)), lat: p.lat, lon: p.lon,
        openingHours: officeHours(), phone: fakeLandline(rng), languagesNeeded: [], remote: false,
      };
    };
    // The city centre sits in the central district, beside that district's own centre.
    if (cd.district.central) out.push(centre(`CT-${ctx.prefecture}`, `${ctx.cityName}公共法律服务中心`));
    out.push(centre(`CT-${cd.district.code}`, `${cd.district.name}公共法律服务中心`));
  }
  return out;
}

export function buildStations(ctx: CityContext, cds: CityDistrict[]): DemoSite[] {
  const rng = createRng(ctx.seed, ctx.prefecture, 'stations');
  return cds.flatMap((cd) =>
    cd.townships.map((t): DemoSite => ({
      code: `ST-${t.code}`, type: 'station', name: `${t.name}公共法律服务工作站`,
      districtCode: cd.district.code, townshipCode: t.code,
      address: address(ctx, cd, t, streetAddress(rng)), lat: t.lat, lon: t.lon,
      openingHours: officeHours(), phone: fakeLandline(rng), languagesNeeded: t.ethnicLanguages.slice(),
      remote: t.remote,
    })),
  );
}

/** Relative number of villages/communities per township unit, by kind ([E]). */
const WORKROOM_WEIGHT: Record<DemoTownship['kind'], number> = { 街道: 1, 镇: 1.3, 乡: 1, 民族乡: 1 };

export function buildWorkrooms(ctx: CityContext, cds: CityDistrict[]): Workrooms {
  const out: DemoSite[] = [];
  const villagesByTownship = new Map<string, string[]>();
  for (const cd of cds) {
    const rng = createRng(ctx.seed, ctx.prefecture, cd.place.suffix, 'workrooms');
    const weights = cd.townships.map((t) => WORKROOM_WEIGHT[t.kind] * rng.real(0.7, 1.3));
    const counts = apportion(cd.place.workrooms, weights, 3);
    cd.townships.forEach((t, i) => {
      const count = counts[i] ?? 0;
      // Urban units are mostly communities (社区); rural ones mostly villages (村).
      const communities = t.kind === '街道' ? count - rng.int(0, 2) : rng.int(1, 2);
      const names = villageNames(rng, count, communities);
      villagesByTownship.set(t.code, names);
      let communitySerial = 1;
      let villageSerial = 201;
      names.forEach((village, k) => {
        const isCommunity = k < communities;
        const serial = isCommunity ? communitySerial++ : villageSerial++;
        const p = jitter(rng, t, 0.3, isCommunity && t.kind === '街道' ? 3 : VILLAGE_SPREAD_KM);
        out.push({
          code: `WR-${t.code}-${String(serial).padStart(3, '0')}`, type: 'workroom',
          name: `${t.name}${village}公共法律服务工作室`, districtCode: cd.district.code, townshipCode: t.code,
          address: address(ctx, cd, t, `${village}${isCommunity ? '居委会' : '村委会'}`), lat: p.lat, lon: p.lon,
          openingHours: [{ days: 'working_days', open: '09:00', close: '17:00' }], phone: fakeLandline(rng),
          languagesNeeded: t.ethnicLanguages.slice(), remote: isRemote(cd, t, p.lat, p.lon),
        });
      });
    });
  }
  return { sites: out, villagesByTownship };
}

const SETTLEMENT_WORDS = ['幸福', '新华', '阳光', '和谐', '兴业', '安居', '同心', '美好', '康居', '惠民', '乐业', '振兴'];
const SIZE_BANDS: [min: number, max: number][] = [[10_000, 25_000], [2_000, 10_000], [300, 2_000]];

/** Minority languages spread among a district's 民族乡 (relocated families come from there). */
function districtLanguages(cd: CityDistrict): Lang[] {
  return [...new Set(cd.townships.flatMap((t) => t.ethnicLanguages))];
}

function settlementLanguages(rng: Rng, cd: CityDistrict, t: DemoTownship, size: number): Lang[] {
  if (t.ethnicLanguages.length > 0) return t.ethnicLanguages.slice();
  // [E] Larger sites gather families from many villages, so more often need a minority language.
  const pool = districtLanguages(cd);
  if (pool.length === 0 || !rng.chance(size === 2 ? 0.5 : 0.8)) return [];
  return rng.sample(pool, size === 2 ? 1 : rng.int(1, Math.min(2, pool.length))).sort();
}

export function buildResettlement(ctx: CityContext, cds: CityDistrict[]): DemoSite[] {
  const out: DemoSite[] = [];
  for (const cd of cds) {
    const rng = createRng(ctx.seed, ctx.prefecture, cd.place.suffix, 'resettlement');
    const urban = cd.townships.filter((t) => t.kind === '街道');
    const rural = cd.townships.filter((t) => t.kind !== '街道');
    const words = rng.shuffled(SETTLEMENT_WORDS);
    let serial = 0;
    cd.place.resettlement.forEach((n, size) => {
      for (let i = 0; i < n; i++) {
        // Large sites sit in the county town, medium ones in towns or streets, small ones rural.
        const pool = size === 0 ? urban : size === 1 ? (rng.chance(0.5) ? urban : rural) : rural;
        const t = rng.pick(pool);
        const p = jitter(rng, t, 0.5, 3);
        const band = SIZE_BANDS[size] as [number, number];
        const population = Math.round(rng.int(band[0], band[1]) / 10) * 10;
        const word = words[serial % words.length] as string;
        serial++;
        out.push({
          code: `RS-${cd.district.code}-${String(serial).padStart(2, '0')}`, type: 'resettlement',
          name: `${t.name}${word}易地扶贫搬迁安置点${serial > words.length ? `${serial}号` : ''}`,
          districtCode: cd.district.code, townshipCode: t.code,
          address: address(ctx, cd, t, `${word}社区`), lat: p.lat, lon: p.lon,
          openingHours: size === 0
            ? [{ days: 'every_day', open: '09:00', close: '17:30' }]
            : [{ days: 'working_days', open: '09:00', close: '17:00' }],
          phone: fakeLandline(rng), languagesNeeded: settlementLanguages(rng, cd, t, size), population,
          remote: isRemote(cd, t, p.lat, p.lon),
        });
      }
    });
  }
  return out;
}

export function buildOnlineDesks(ctx: CityContext): DemoSite[] {
  const base = { type: 'online' as const, districtCode: null, townshipCode: null, lat: null, lon: null, languagesNeeded: [], remote: false };
  return [
    { ...base, code: `OL-${ctx.prefecture}-HOTLINE`, name: `12348公共法律服务热线(${ctx.cityName}席位)`,
      address: '线上:贵州省12348热线平台', openingHours: roundTheClock(), phone: '12348' },
    { ...base, code: `OL-${ctx.prefecture}-WEB`, name: `贵州法律服务网在线值班(${ctx.cityName})`,
      address: '线上:贵州法律服务网', openingHours: roundTheClock(), phone: '12348' },
    { ...base, code: `OL-${ctx.prefecture}-SYNC`, name: `${ctx.cityName}公共法律服务中心同步在线值班`,
      address: '线上:同步在线值班', openingHours: officeHours(), phone: '12348' },
  ];
}
