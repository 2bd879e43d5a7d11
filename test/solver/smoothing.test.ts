// Dual smoothing (search/smoothing.ts): the pricing point lies between the centre (the duals with
// the best Lagrangian bound seen) and the master's duals, and only a better bound moves the centre.
import { describe, expect, it } from 'vitest';
import { DualSmoother, leastCost } from '../../src/solver/search/smoothing.js';

describe('DualSmoother', () => {
  it('prices at the master duals until a bound has been observed', () => {
    const s = new DualSmoother(0.5);
    const out = new Float64Array(2);
    s.mix([3, -1], out);
    expect(Array.from(out)).toEqual([3, -1]);
    expect(s.active).toBe(false);
    expect(s.bound).toBe(Number.NEGATIVE_INFINITY);
  });

  it('mixes the centre and the master duals by alpha once a centre exists', () => {
    const s = new DualSmoother(0.75);
    s.observe(Float64Array.of(4, 0), 10);
    expect(s.active).toBe(true);
    const out = new Float64Array(2);
    s.mix([0, 8], out);
    expect(Array.from(out)).toEqual([3, 2]);
  });

  it('moves the centre only to a strictly better bound, and ignores NaN', () => {
    const s = new DualSmoother(0.5);
    const first = Float64Array.of(2, 2);
    s.observe(first, 5);
    first[0] = 100; // the smoother keeps its own copy
    s.observe(Float64Array.of(8, 8), 4);
    s.observe(Float64Array.of(9, 9), Number.NaN);
    const out = new Float64Array(2);
    s.mix([0, 0], out);
    expect(Array.from(out)).toEqual([1, 1]);
    expect(s.bound).toBe(5);
    s.observe(Float64Array.of(6, 6), 7);
    s.mix([0, 0], out);
    expect(Array.from(out)).toEqual([3, 3]);
    expect(s.bound).toBe(7);
  });

  it('never smooths with alpha 0', () => {
    const s = new DualSmoother(0);
    s.observe(Float64Array.of(1), 1);
    expect(s.active).toBe(false);
    const out = new Float64Array(1);
    s.mix([5], out);
    expect(out[0]).toBe(5);
  });
});

describe('leastCost', () => {
  it("takes the least of a person's lines at the prices, leaving out the person's own row", () => {
    // Columns: 0 covers demands 0 and 1 (cost 5), 1 covers demand 2 (cost 1), 2 is another
    // person's; row 9 is the person's own row and carries no price.
    const colRows = [Int32Array.of(0, 1, 9), Int32Array.of(2, 9), Int32Array.of(0, 8)];
    const costs = [5, 1, -100];
    const prices = Float64Array.of(3, 4, 0.5);
    expect(leastCost([0, 1], costs, colRows, prices)).toBe(-2);
    expect(leastCost([1], costs, colRows, prices)).toBe(0.5);
    expect(leastCost([], costs, colRows, prices)).toBe(Number.POSITIVE_INFINITY);
  });
});
