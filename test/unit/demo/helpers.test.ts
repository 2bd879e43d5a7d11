// Properties of the generator's building blocks: the seeded stream, exact apportioning, bounded
// group sizes, ring jitter and the 民族乡 language reading.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apportion, groupSizes } from '../../../src/demo/allocate';
import { languagesFromName } from '../../../src/demo/districts';
import { distanceKm, jitter } from '../../../src/demo/geo';
import { createRng } from '../../../src/demo/random';
import { chineseNumber } from '../../../src/demo/schools';

describe('createRng', () => {
  it('repeats for the same seed and labels, and differs across labels', () => {
    const draw = (...labels: (string | number)[]) => {
      const r = createRng(42, ...labels);
      return Array.from({ length: 5 }, () => r.next());
    };
    expect(draw('a', 1)).toEqual(draw('a', 1));
    expect(draw('a', 1)).not.toEqual(draw('a', 2));
    expect(draw('a', 1)).not.toEqual(draw('b', 1));
  });

  it('keeps int() inside its bounds and sample() distinct', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: -50, max: 50 }), fc.integer({ min: 0, max: 50 }), (seed, min, span) => {
        const r = createRng(seed);
        for (let i = 0; i < 20; i++) {
          const x = r.int(min, min + span);
          if (x < min || x > min + span || !Number.isInteger(x)) return false;
        }
        const items = Array.from({ length: span + 1 }, (_, i) => i);
        const s = r.sample(items, Math.floor(span / 2));
        return new Set(s).size === s.length && s.length === Math.floor(span / 2);
      }),
    );
  });
});

describe('apportion', () => {
  it('always sums to the total and respects the minimum', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2000 }),
        fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 0, max: 3 }),
        (total, weights, min) => {
          fc.pre(min * weights.length <= total);
          const parts = apportion(total, weights, min);
          return parts.length === weights.length && parts.reduce((a, b) => a + b, 0) === total && parts.every((p) => p >= min);
        },
      ),
    );
  });

  it('follows the shares, breaking an exact tie toward the earlier bucket', () => {
    expect(apportion(450, [0.4, 0.15, 0.15, 0.2, 0.1])).toEqual([180, 68, 67, 90, 45]);
  });
});

describe('groupSizes', () => {
  it('covers every item with groups inside the bounds', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 5 }), (seed, groups, mean) => {
        const items = groups * mean;
        const sizes = groupSizes(createRng(seed), items, groups, 1, 5);
        return sizes.length === groups && sizes.reduce((a, b) => a + b, 0) === items && sizes.every((s) => s >= 1 && s <= 5);
      }),
    );
  });

  it('refuses an impossible split', () => {
    expect(() => groupSizes(createRng(1), 30, 5, 1, 5)).toThrow();
  });
});

describe('jitter', () => {
  it('lands inside the requested ring', () => {
    const r = createRng(9);
    const origin = { lat: 26.5925, lon: 104.8303 };
    for (let i = 0; i < 500; i++) {
      const km = distanceKm(origin, jitter(r, origin, 2, 8));
      expect(km).toBeGreaterThan(1.95);
      expect(km).toBeLessThan(8.05);
    }
  });
});

describe('languagesFromName', () => {
  it('reads Yi, Miao and Buyi in name order and ignores other peoples', () => {
    expect(languagesFromName('月亮河彝族布依族苗族乡')).toEqual(['yi', 'buyi', 'miao']);
    expect(languagesFromName('梭戛苗族彝族回族乡')).toEqual(['miao', 'yi']);
    expect(languagesFromName('新场乡')).toEqual([]);
  });
});

describe('chineseNumber', () => {
  it('writes 1–99 the usual way', () => {
    expect([1, 10, 12, 20, 41, 99].map(chineseNumber)).toEqual(['一', '十', '十二', '二十', '四十一', '九十九']);
  });
});
