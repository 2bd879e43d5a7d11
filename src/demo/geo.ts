// Small geometry helpers for placing demo sites and homes: offsets in km around a point,
// great-circle distance, and rounding to a sensible precision (1e-5 degree ≈ 1 m).
import type { Rng } from './random';

const KM_PER_DEG_LAT = 111.32;
const EARTH_RADIUS_KM = 6371;

export interface Point {
  lat: number;
  lon: number;
}

export function round5(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}

/** The point `km` away from `origin` on bearing `bearingRad` (flat-earth; fine below ~100 km). */
export function offsetKm(origin: Point, km: number, bearingRad: number): Point {
  const dLat = (km * Math.cos(bearingRad)) / KM_PER_DEG_LAT;
  const dLon = (km * Math.sin(bearingRad)) / (KM_PER_DEG_LAT * Math.cos((origin.lat * Math.PI) / 180));
  return { lat: round5(origin.lat + dLat), lon: round5(origin.lon + dLon) };
}

/** A point uniformly spread (by area) in the ring minKm..maxKm around `origin`. */
export function jitter(rng: Rng, origin: Point, minKm: number, maxKm: number): Point {
  const u = rng.next();
  const km = Math.sqrt(minKm * minKm + u * (maxKm * maxKm - minKm * minKm));
  return offsetKm(origin, km, rng.real(0, 2 * Math.PI));
}

/** Great-circle distance in km (haversine). */
export function distanceKm(a: Point, b: Point): number {
  const toRad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * toRad;
  const dLon = (b.lon - a.lon) * toRad;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * toRad) * Math.cos(b.lat * toRad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
