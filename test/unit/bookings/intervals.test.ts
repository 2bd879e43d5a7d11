import { describe, expect, it } from 'vitest';
import { covers, intersect, normalize, subtract } from '../../../src/bookings/intervals.js';

const iv = (start: number, end: number) => ({ start, end });

describe('intervals', () => {
  it('normalizes: sorts, joins overlapping and touching, drops empty ones, leaves the input alone', () => {
    const input = [iv(5, 7), iv(1, 3), iv(3, 4), iv(6, 9), iv(10, 10)];
    const copy = structuredClone(input);
    expect(normalize(input)).toEqual([iv(1, 4), iv(5, 9)]);
    expect(input).toEqual(copy);
  });

  it('subtracts cuts inside, across and around the intervals', () => {
    expect(subtract([iv(0, 10)], [iv(2, 3), iv(5, 6)])).toEqual([iv(0, 2), iv(3, 5), iv(6, 10)]);
    expect(subtract([iv(0, 10), iv(20, 30)], [iv(8, 22)])).toEqual([iv(0, 8), iv(22, 30)]);
    expect(subtract([iv(0, 10)], [iv(-5, 15)])).toEqual([]);
    expect(subtract([iv(0, 10)], [])).toEqual([iv(0, 10)]);
  });

  it('intersects two lists', () => {
    expect(intersect([iv(0, 10), iv(20, 30)], [iv(5, 25)])).toEqual([iv(5, 10), iv(20, 25)]);
    expect(intersect([iv(0, 5)], [iv(5, 9)])).toEqual([]);
  });

  it('covers only a range that lies inside one interval', () => {
    expect(covers([iv(0, 10)], 2, 10)).toBe(true);
    expect(covers([iv(0, 5), iv(5, 10)], 2, 8)).toBe(false);
  });
});
