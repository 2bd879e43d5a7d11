// Builds one city's districts and township units (the real Liupanshui for replica 0, a shifted,
// clearly-labelled synthetic copy for replicas 1…), with seeded township coordinates.
import { CITY_NAME, CITY_PREFECTURE, PLACES } from './places';
import type { PlaceDistrict } from './places';
import { createRng } from './random';
import { distanceKm, jitter, round5 } from './geo';
import type { Point } from './geo';
import type { DemoDistrict, DemoTownship, Lang, TownshipKind } from './types';

/** Margin kept between a township point and the county edge, for the villages around it (km). */
export const VILLAGE_SPREAD_KM = 6;
/** Largest replica count: synthetic prefectures count down from 5299 to 5260. */
export const MAX_SCALE = 40;

export interface CityContext {
  seed: number;
  /** 0 is Liupanshui itself; 1… are synthetic copies. */
  replica: number;
  prefecture: string;
  cityName: string;
  synthetic: boolean;
  /** Tag appended to synthetic names, e.g. '(合成03)'; empty for the real city. */
  tag: string;
  /** Coordinate shift of a synthetic copy, degrees; zero for the real city. */
  dLat: number;
  dLon: number;
}

export function cityContext(seed: number, replica: number): CityContext {
  if (replica === 0) {
    return { seed, replica, prefecture: CITY_PREFECTURE, cityName: CITY_NAME, synthetic: false, tag: '', dLat: 0, dLon: 0 };
  }
  const nn = String(replica).padStart(2, '0');
  // Copies sit on a 3×3 grid east of Liupanshui (lon +1.4…+4.2, lat −0.8…+2.0), inside Guizhou's
  // rough extent; beyond 9 copies the grid repeats with a small extra shift.
  const cell = (replica - 1) % 9;
  const lap = Math.floor((replica - 1) / 9);
  return {
    seed,
    replica,
    prefecture: String(5300 - replica),
    cityName: `合成${nn}市`,
    synthetic: true,
    tag: `(合成${nn})`,
    dLat: round5(-0.8 + 1.4 * Math.floor(cell / 3) + 0.1 * lap),
    dLon: round5(1.4 * (1 + (cell % 3)) + 0.1 * lap),
  };
}

export interface CityDistrict {
  place: PlaceDistrict;
  district: DemoDistrict;
  seat: Point;
  /** Middle of the county's area; every generated point is within radiusKm of it. */
  middle: Point;
  townships: DemoTownship[];
}

const LANG_MARKERS: [string, Lang][] = [
  ['彝族', 'yi'],
  ['苗族', 'miao'],
  ['布依族', 'buyi'],
];

/** Minority languages named in a 民族乡's name, in the order they appear there. */
export function languagesFromName(name: string): Lang[] {
  return LANG_MARKERS.filter(([marker]) => name.includes(marker))
    .sort((a, b) => name.indexOf(a[0]) - name.indexOf(b[0]))
    .map(([, lang]) => lang);
}

const SERIAL_BASE: Record<TownshipKind, number> = { 街道: 1, 镇: 101, 乡: 201, 民族乡: 201 };

/** Streets lie within this many km of the seat (the county town), [E]. */
const STREET_SPREAD_KM = 8;

/**
 * A township point. Streets cluster around the seat; towns and 乡 spread over the county's
 * disc, 乡 further out. Every point stays VILLAGE_SPREAD_KM inside the disc so villages, schools
 * and homes around it do too (the places data keep seat-to-middle + STREET_SPREAD_KM inside).
 */
function townshipPoint(ctx: CityContext, place: PlaceDistrict, seat: Point, middle: Point, index: number, kind: TownshipKind): Point {
  const rng = createRng(ctx.seed, ctx.prefecture, place.suffix, 'township', index);
  const outer = place.radiusKm - VILLAGE_SPREAD_KM;
  if (index === 0) return jitter(rng, seat, 0, 1);
  if (kind === '街道') return jitter(rng, seat, 2, STREET_SPREAD_KM);
  if (kind === '镇') return jitter(rng, middle, outer * 0.25, outer);
  return jitter(rng, middle, outer * 0.5, outer);
}

export function buildDistricts(ctx: CityContext): CityDistrict[] {
  return PLACES.map((place) => {
    const code = ctx.prefecture + place.suffix;
    const seat = { lat: round5(place.seatLat + ctx.dLat), lon: round5(place.seatLon + ctx.dLon) };
    const middle = { lat: round5(place.centreLat + ctx.dLat), lon: round5(place.centreLon + ctx.dLon) };
    if (distanceKm(seat, middle) + STREET_SPREAD_KM > place.radiusKm - VILLAGE_SPREAD_KM) {
      throw new Error(`${place.name}: seat too far from the middle for its radius`);
    }
    const district: DemoDistrict = {
      code,
      name: place.name + ctx.tag,
      nameEn: ctx.synthetic ? `${place.nameEn} (synthetic ${String(ctx.replica).padStart(2, '0')})` : place.nameEn,
      seatLat: seat.lat,
      seatLon: seat.lon,
      central: place.central,
      prefectureCode: ctx.prefecture,
      synthetic: ctx.synthetic,
    };
    const serials: Record<TownshipKind, number> = { ...SERIAL_BASE };
    const townships = place.townships.map((t, index): DemoTownship => {
      // 乡 and 民族乡 share the 2xx block, as in the national coding scheme.
      const serial = t.kind === '民族乡' || t.kind === '乡' ? serials['乡']++ : serials[t.kind]++;
      const point = townshipPoint(ctx, place, seat, middle, index, t.kind);
      const far = distanceKm(seat, point) > place.radiusKm * 0.55;
      return {
        code: code + String(serial).padStart(3, '0'),
        districtCode: code,
        name: t.name,
        kind: t.kind,
        lat: point.lat,
        lon: point.lon,
        ethnicLanguages: t.kind === '民族乡' ? languagesFromName(t.name) : [],
        remote: t.kind === '乡' || t.kind === '民族乡' || (t.kind === '镇' && far),
      };
    });
    return { place, district, seat, middle, townships };
  });
}
