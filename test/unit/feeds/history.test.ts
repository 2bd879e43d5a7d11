// Feed history: replaying published versions gives SEQUENCE, status and stamps per duty; a
// cancellation shows for 30 days; flexible needs keep their identity when they move.
import { describe, expect, it } from 'vitest';
import { assignIdentities, nextExpiry, replayVersions, visibleDuties, type DutySnapshot } from '../../../src/feeds/history.js';

const duty = (key: string, day: number, over: Partial<DutySnapshot> = {}): DutySnapshot => ({
  key,
  start: `2026-12-${String(day).padStart(2, '0')}T01:00:00Z`,
  end: `2026-12-${String(day).padStart(2, '0')}T09:00:00Z`,
  place: 1,
  ...over,
});
const v = (version: number, publishedAt: string, duties: DutySnapshot[]) => ({ version, publishedAt, duties });
const V1 = '2026-11-25T02:00:00.000Z';
const V2 = '2026-11-28T03:00:00.000Z';
const V3 = '2026-12-02T04:00:00.000Z';

function byKey(states: ReturnType<typeof replayVersions>) {
  return Object.fromEntries(states.map((s) => [s.key, { seq: s.sequence, status: s.status, created: s.created, lm: s.lastModified, start: s.duty.start }]));
}

describe('replayVersions', () => {
  it('a duty first published is CONFIRMED, SEQUENCE 0, stamped with its version', () => {
    expect(byKey(replayVersions([v(1, V1, [duty('a', 3)])]))).toEqual({ a: { seq: 0, status: 'CONFIRMED', created: V1, lm: V1, start: duty('a', 3).start } });
  });

  it('an unchanged duty keeps SEQUENCE and LAST-MODIFIED across versions; a moved one raises both', () => {
    const s = byKey(replayVersions([v(1, V1, [duty('a', 3), duty('b', 4)]), v(2, V2, [duty('a', 3), duty('b', 5)])]));
    expect(s.a).toMatchObject({ seq: 0, lm: V1 });
    expect(s.b).toMatchObject({ seq: 1, lm: V2, created: V1, start: duty('b', 5).start, status: 'CONFIRMED' });
  });

  it('a changed end, place or extra (the people) each count as a change', () => {
    const base = duty('a', 3);
    for (const changed of [{ end: '2026-12-03T10:00:00Z' }, { place: 2 }, { extra: '7,9' }]) {
      const [s] = replayVersions([v(1, V1, [base]), v(2, V2, [{ ...base, ...changed }])]);
      expect(s!.sequence).toBe(1);
    }
    // The same instant written differently is no change.
    const [same] = replayVersions([v(1, V1, [base]), v(2, V2, [{ ...base, start: '2026-12-03T09:00:00+08:00' }])]);
    expect(same!.sequence).toBe(0);
  });

  it('a dropped duty turns CANCELLED with a raised SEQUENCE, and comes back CONFIRMED raised again', () => {
    const dropped = replayVersions([v(1, V1, [duty('a', 3)]), v(2, V2, [])]);
    expect(dropped[0]).toMatchObject({ status: 'CANCELLED', sequence: 1, lastModified: V2, cancelledAt: V2 });
    const back = replayVersions([v(1, V1, [duty('a', 3)]), v(2, V2, []), v(3, V3, [duty('a', 3)])]);
    expect(back[0]).toMatchObject({ status: 'CONFIRMED', sequence: 2, lastModified: V3, cancelledAt: null });
  });

  it('replays in version order whatever the input order', () => {
    const a = replayVersions([v(1, V1, [duty('a', 3)]), v(2, V2, [duty('a', 4)])]);
    const b = replayVersions([v(2, V2, [duty('a', 4)]), v(1, V1, [duty('a', 3)])]);
    expect(b).toEqual(a);
  });
});

describe('visibleDuties and nextExpiry', () => {
  const states = replayVersions([v(1, V1, [duty('a', 3), duty('b', 4)]), v(2, V2, [duty('a', 3)])]);
  it('shows a cancellation for 30 days after the version that made it, then drops it', () => {
    const cancelledAt = Date.parse(V2);
    const keys = (ms: number) => visibleDuties(states, new Date(ms)).map((s) => s.key).sort();
    expect(keys(cancelledAt + 29 * 86_400_000)).toEqual(['a', 'b']);
    expect(keys(cancelledAt + 30 * 86_400_000)).toEqual(['a']);
    expect(nextExpiry(states, new Date(cancelledAt))).toBe(cancelledAt + 30 * 86_400_000);
    expect(nextExpiry(states, new Date(cancelledAt + 31 * 86_400_000))).toBeNull();
  });
});

describe('assignIdentities', () => {
  const row = (shiftId: number, groupKey: string | null, day: number) => ({ shiftId, groupKey, start: `2026-12-${String(day).padStart(2, '0')}T01:00:00Z` });

  it('fixed duties are their shift; a flexible need keeps its slot when moved to another day', () => {
    const v1 = [row(10, null, 3), row(21, 'visit-7', 8)];
    const v2 = [row(10, null, 3), row(25, 'visit-7', 15)];
    const ids = assignIdentities([{ version: 1, rows: v1 }, { version: 2, rows: v2 }]);
    expect([...ids.get(1)!.values()]).toEqual(['s10', 'gvisit-7#0']);
    expect([...ids.get(2)!.values()]).toEqual(['s10', 'gvisit-7#0']);
  });

  it('a need served twice: the visit that stays keeps its slot, the moved one takes the freed slot', () => {
    const v1 = [row(21, 'g', 3), row(22, 'g', 10)];
    const v2 = [row(29, 'g', 1), row(22, 'g', 10)]; // 21 moved to 29 (now earlier than 22)
    const ids = assignIdentities([{ version: 1, rows: v1 }, { version: 2, rows: v2 }]);
    expect(ids.get(1)!.get(v1[0]!)).toBe('gg#0');
    expect(ids.get(1)!.get(v1[1]!)).toBe('gg#1');
    expect(ids.get(2)!.get(v2[1]!)).toBe('gg#1');
    expect(ids.get(2)!.get(v2[0]!)).toBe('gg#0');
  });

  it('a need dropped in one version and back in the next reuses its identity', () => {
    const ids = assignIdentities([
      { version: 1, rows: [row(21, 'g', 3)] },
      { version: 2, rows: [] },
      { version: 3, rows: [row(24, 'g', 9)] },
    ]);
    expect([...ids.get(3)!.values()]).toEqual(['gg#0']);
  });
});
