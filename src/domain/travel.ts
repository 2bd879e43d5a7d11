// Driving-time model between two places in Liupanshui: straight-line (haversine) km × road detour
// ÷ trunk-road speed + fixed overhead + each end's access time off the trunk network, with a
// winter factor for fog and ice on 乌蒙山 roads. Pure; calibrated on domain.md §2 (all [E]).
//
// Calibration (DEFAULT_TRAVEL_PARAMS, county seats with access 0), model vs domain.md §2 table:
//   钟山–水城 14 km: 18 vs 20 min · 钟山–六枝 77 km: 64 vs 65 · 钟山–盘州 105 km: 83 vs 80
//   水城–六枝 64 km: 54 vs 45 (China Daily: "40 minutes" by the 六六 expressway)
//   水城–盘州 105 km: 84 vs 80 · 六枝–盘州 116 km: 91 vs 120 — the one pair outside ±10 min
//   (no direct road; the trip goes round through 水城, which a straight line cannot see; the
//   winter factor brings it to 116).
// Township stations sit ACCESS_MINUTES.station (15) off the trunk network, so a township 10–60 km
// from its seat is 30–66 min away (domain.md: 30–90); remote village workrooms (25 + 20) land in
// 60–150 with winter.

export interface GeoPoint {
  lat: number;
  lon: number;
}

export interface TravelPlace extends GeoPoint {
  /** Online or phone post (12348 seat, 贵州法律服务网 desk): nobody travels. */
  online?: boolean;
  /** Minutes from this place to the trunk network (expressway / national road); default 0.
   *  sitePlace() fills it from the site type unless better data exists. */
  accessMinutes?: number;
}

export interface TravelParams {
  /** Road km per straight-line km. */
  detourFactor: number;
  /** Average speed on trunk roads, km/h. */
  speedKmh: number;
  /** Fixed minutes per trip (getting out of town, parking). */
  overheadMinutes: number;
  /** Multiplier on driving minutes in winter (fog and icing on mountain roads). */
  winterFactor: number;
}

export const DEFAULT_TRAVEL_PARAMS: TravelParams = {
  detourFactor: 1.2,
  speedKmh: 100,
  overheadMinutes: 8,
  winterFactor: 1.3,
};

/** Site types as in the registry (db/schema/enums.ts SITE_TYPES; repeated here, the domain does
 *  not import the database layer). */
export type TravelSiteType = 'centre' | 'station' | 'workroom' | 'resettlement' | 'school' | 'online';

/** Default access minutes by site type [E]: centres sit in the city or a county seat on the
 *  trunk network; resettlement sites are built at towns; township stations and schools are a
 *  short way off; village workrooms are up mountain roads. */
export const ACCESS_MINUTES: Readonly<Record<TravelSiteType, number>> = {
  centre: 0,
  online: 0,
  resettlement: 5,
  school: 10,
  station: 15,
  workroom: 25,
};

/** Extra access minutes for a site flagged remote (民族乡 and mountain villages): a remote
 *  workroom is 45 min off the trunk network. */
export const REMOTE_EXTRA_MINUTES = 20;

/** A registry site as a travel place: access minutes from its type and remote flag. */
export function sitePlace(site: { type: TravelSiteType; lat: number; lon: number; remote?: boolean }): TravelPlace {
  if (site.type === 'online') return { lat: site.lat, lon: site.lon, online: true };
  const extra = site.remote && site.type !== 'centre' ? REMOTE_EXTRA_MINUTES : 0;
  return { lat: site.lat, lon: site.lon, accessMinutes: ACCESS_MINUTES[site.type] + extra };
}

const EARTH_RADIUS_KM = 6371.0088;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in km. */
export function haversineKm(a: GeoPoint, b: GeoPoint): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** December to February: the months the winter factor applies ('YYYY-MM-DD' local date). */
export function isWinter(localDate: string): boolean {
  const month = Number(localDate.slice(5, 7));
  return month === 12 || month <= 2;
}

/** Driving minutes from `a` to `b`, rounded to whole minutes; 0 when either end is online or
 *  both are the same point. Symmetric. */
export function travelMinutes(
  a: TravelPlace,
  b: TravelPlace,
  options: { winter?: boolean; params?: TravelParams } = {},
): number {
  if (a.online || b.online) return 0;
  const p = options.params ?? DEFAULT_TRAVEL_PARAMS;
  const km = haversineKm(a, b);
  if (km < 0.05) return 0; // same place (50 m): no trip
  const driving = (km * p.detourFactor * 60) / p.speedKmh + (a.accessMinutes ?? 0) + (b.accessMinutes ?? 0);
  return Math.round(p.overheadMinutes + driving * (options.winter ? p.winterFactor : 1));
}
