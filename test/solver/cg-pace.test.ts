// The pace rule by which column generation gives up after its first pricing rounds.
import { describe, expect, it } from 'vitest';
import { paceCheck } from '../../src/solver/cg-pace.js';

/** Asks the check after rounds ending at `ends` (ms); the answers until the first "give up". */
function answers(start: number, boundBy: number, rounds: number, ends: number[]): boolean[] {
  let now = start;
  const check = paceCheck(() => now, start, boundBy, rounds);
  const out: boolean[] = [];
  for (const [i, t] of ends.entries()) {
    now = t;
    out.push(check(i + 1));
    if (!out[i]) break;
  }
  return out;
}

describe('paceCheck', () => {
  // Curtois at 60 s with a MIP lent: window from ~0.1 s to 19.5 s, 30 rounds.
  it('lets a slow set-up pass when the rounds after it are quick (Curtois 15)', () => {
    expect(answers(100, 19_500, 30, [1_510, 1_980, 2_450])).toEqual([true, true, true]);
  });

  it('gives up after the third round when 30 rounds at its pace would not fit the window (13)', () => {
    expect(answers(100, 19_500, 30, [1_540, 2_520, 3_670])).toEqual([true, true, false]);
  });

  it('gives up after the second round when they would not fit twice the window (19)', () => {
    expect(answers(100, 19_500, 30, [2_450, 3_680])).toEqual([true, false]);
  });

  it('gives up at once when the first round takes more than a quarter of the window (21)', () => {
    expect(answers(100, 19_500, 30, [9_000])).toEqual([false]);
  });

  it('counts time from the start it is given, not from zero', () => {
    expect(answers(10_000, 30_000, 30, [14_000, 14_500, 15_000])).toEqual([true, true, true]);
    expect(answers(10_000, 30_000, 30, [16_000])).toEqual([false]);
  });
});
