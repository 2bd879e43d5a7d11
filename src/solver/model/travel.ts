// Travel minutes between locations as a pure function of the Problem's data (haversine model with
// a detour factor and fixed overhead, overridden by an explicit matrix; online locations: 0).
import type { Location, TravelModel } from '../problem.js';

export const DEFAULT_DETOUR = 1.3;
export const DEFAULT_SPEED_KMH = 40;
export const DEFAULT_OVERHEAD_MIN = 10;

export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface TravelTable {
  /** Minutes from location index a to b (integer, ≥ 0). */
  minutes(a: number, b: number): number;
  /** An upper bound of minutes(a, b) over all pairs (for search windows). */
  maxMinutes: number;
}

export function buildTravel(locations: readonly Location[], model: TravelModel | undefined): TravelTable {
  const n = locations.length;
  const detour = model?.detourFactor ?? DEFAULT_DETOUR;
  const speed = model?.speedKmh ?? DEFAULT_SPEED_KMH;
  const overhead = model?.overheadMinutes ?? DEFAULT_OVERHEAD_MIN;
  const index = new Map(locations.map((l, i) => [l.id, i]));
  const matrix = new Map<number, number>();
  let maxMatrix = 0;
  for (const m of model?.matrix ?? []) {
    const a = index.get(m.from);
    const b = index.get(m.to);
    if (a === undefined || b === undefined) continue;
    matrix.set(a * n + b, m.minutes);
    matrix.set(b * n + a, m.minutes);
    maxMatrix = Math.max(maxMatrix, m.minutes);
  }
  const cache = new Map<number, number>();
  const lat = locations.map((l) => l.lat);
  const lon = locations.map((l) => l.lon);
  const online = locations.map((l) => l.online === true);
  const minutes = (a: number, b: number): number => {
    if (a === b || online[a] || online[b]) return 0;
    const key = a * n + b;
    const m = matrix.get(key);
    if (m !== undefined) return m;
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const la = lat[a], oa = lon[a], lb = lat[b], ob = lon[b];
    // Without coordinates on both ends there is no model: count no travel rather than guess.
    const v = la === undefined || oa === undefined || lb === undefined || ob === undefined
      ? 0
      : Math.round((haversineKm(la, oa, lb, ob) * detour / speed) * 60 + overhead);
    cache.set(key, v);
    return v;
  };
  // Upper bound from the bounding box diagonal of all coordinates.
  let minLat = Infinity, maxLat = -Infinity, minLon = Infinity, maxLon = -Infinity;
  for (const l of locations) {
    if (l.online || l.lat === undefined || l.lon === undefined) continue;
    minLat = Math.min(minLat, l.lat); maxLat = Math.max(maxLat, l.lat);
    minLon = Math.min(minLon, l.lon); maxLon = Math.max(maxLon, l.lon);
  }
  const diag = Number.isFinite(minLat) ? haversineKm(minLat, minLon, maxLat, maxLon) : 0;
  const maxMinutes = Math.max(maxMatrix, Math.ceil((diag * detour / speed) * 60 + overhead) + 1);
  return { minutes, maxMinutes };
}
