// Travel model: reproduces domain.md §2's driving times within ±10 min (one stated exception),
// township and remote-village ranges, online posts, symmetry and monotonicity.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACCESS_MINUTES, haversineKm, isWinter, sitePlace, travelMinutes, type TravelPlace } from '../../../src/domain/travel.js';

// domain.md §2 coordinates ([S] except 六枝 [E]).
const seat = {
  zhongshan: { lat: 26.5925, lon: 104.8303 },
  shuicheng: { lat: 26.54608, lon: 104.95705 },
  panzhou: { lat: 25.71077, lon: 104.46726 },
  liuzhi: { lat: 26.21, lon: 105.48 },
};
const TOLERANCE_MIN = 10;

/** A point `km` kilometres due north-east of `from` (for synthetic townships). */
function offset(from: TravelPlace, km: number, accessMinutes: number): TravelPlace {
  const d = km / Math.SQRT2 / 111.2;
  return { lat: from.lat + d, lon: from.lon + d / Math.cos((from.lat * Math.PI) / 180), accessMinutes };
}

describe('calibration against domain.md §2', () => {
  it('straight-line distances match the [D] figures', () => {
    const off = (a: TravelPlace, b: TravelPlace, table: number) => Math.abs(haversineKm(a, b) - table);
    expect(off(seat.zhongshan, seat.shuicheng, 14)).toBeLessThanOrEqual(1);
    expect(off(seat.zhongshan, seat.liuzhi, 77)).toBeLessThanOrEqual(1);
    expect(off(seat.zhongshan, seat.panzhou, 105)).toBeLessThanOrEqual(1);
    expect(off(seat.liuzhi, seat.panzhou, 116)).toBeLessThanOrEqual(1);
  });

  it.each([
    ['钟山–水城', seat.zhongshan, seat.shuicheng, 20],
    ['钟山–六枝', seat.zhongshan, seat.liuzhi, 65],
    ['钟山–盘州', seat.zhongshan, seat.panzhou, 80],
    ['水城–六枝', seat.shuicheng, seat.liuzhi, 45],
    ['水城–盘州', seat.shuicheng, seat.panzhou, 80],
  ])('%s is within ±10 min of the table (%#)', (_name, a, b, table) => {
    expect(Math.abs(travelMinutes(a, b) - table)).toBeLessThanOrEqual(TOLERANCE_MIN);
  });

  it('六枝–盘州 is the known miss: ~91 min against the table 120 (detour via 水城), 116 in winter', () => {
    const t = travelMinutes(seat.liuzhi, seat.panzhou);
    expect(t).toBeGreaterThanOrEqual(85);
    expect(t).toBeLessThan(120 - TOLERANCE_MIN);
    expect(Math.abs(travelMinutes(seat.liuzhi, seat.panzhou, { winter: true }) - 120)).toBeLessThanOrEqual(TOLERANCE_MIN);
  });

  it('a township 10–60 km from its county seat is 30–90 min away', () => {
    fc.assert(
      fc.property(fc.double({ min: 10, max: 60, noNaN: true }), fc.boolean(), (km, winter) => {
        const town = offset(seat.shuicheng, km, ACCESS_MINUTES.station);
        const t = travelMinutes(town, seat.shuicheng, { winter });
        expect(t).toBeGreaterThanOrEqual(30);
        expect(t).toBeLessThanOrEqual(90);
      }),
    );
  });

  it('a remote 民族乡 village 10–60 km out is 60–150 min away, winter included', () => {
    fc.assert(
      fc.property(fc.double({ min: 10, max: 60, noNaN: true }), fc.boolean(), (km, winter) => {
        const p = offset(seat.panzhou, km, 0);
        const village = sitePlace({ type: 'workroom', lat: p.lat, lon: p.lon, remote: true });
        const t = travelMinutes(village, seat.panzhou, { winter });
        expect(t).toBeGreaterThanOrEqual(60);
        expect(t).toBeLessThanOrEqual(150);
      }),
    );
  });
});

describe('model properties', () => {
  const place = fc.record({
    lat: fc.double({ min: 25.3, max: 26.9, noNaN: true }),
    lon: fc.double({ min: 104.2, max: 105.8, noNaN: true }),
    accessMinutes: fc.integer({ min: 0, max: 60 }),
  });
  it('sitePlace: access minutes from the site type and remote flag; online sites need no travel', () => {
    expect(sitePlace({ type: 'centre', ...seat.zhongshan, remote: true }).accessMinutes).toBe(0);
    expect(sitePlace({ type: 'station', ...seat.zhongshan }).accessMinutes).toBe(15);
    expect(sitePlace({ type: 'workroom', ...seat.zhongshan, remote: true }).accessMinutes).toBe(45);
    expect(travelMinutes(sitePlace({ type: 'online', lat: 0, lon: 0 }), seat.panzhou)).toBe(0);
  });

  it('online posts need no travel; the same place needs none', () => {
    expect(travelMinutes({ ...seat.zhongshan, online: true }, seat.panzhou)).toBe(0);
    expect(travelMinutes(seat.panzhou, { lat: 0, lon: 0, online: true })).toBe(0);
    expect(travelMinutes(seat.panzhou, { ...seat.panzhou })).toBe(0);
  });
  it('is symmetric, whole minutes, and winter is never faster', () => {
    fc.assert(
      fc.property(place, place, (a, b) => {
        const t = travelMinutes(a, b);
        expect(Number.isInteger(t)).toBe(true);
        expect(travelMinutes(b, a)).toBe(t);
        expect(travelMinutes(a, b, { winter: true })).toBeGreaterThanOrEqual(t);
      }),
    );
  });
  it('grows with distance', () => {
    const near = offset(seat.zhongshan, 10, 0);
    const far = offset(seat.zhongshan, 40, 0);
    expect(travelMinutes(seat.zhongshan, far)).toBeGreaterThan(travelMinutes(seat.zhongshan, near));
  });
  it('winter is December to February', () => {
    expect(['2026-12-01', '2027-01-15', '2026-02-28'].map(isWinter)).toEqual([true, true, true]);
    expect(['2026-03-01', '2026-11-30', '2026-07-10'].map(isWinter)).toEqual([false, false, false]);
  });
});
