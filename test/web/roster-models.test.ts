// The roster pages' pure models: weeks of a month, the view from the query, the sites and people
// grids (flexible duties only where placed), the seat page's state and the overview's coverage.
import { describe, expect, it } from 'vitest';
import { coverageOf, cellKey } from '../../src/web/roster/coverage-model.js';
import { gridTotals, peopleGrid, siteGrid } from '../../src/web/roster/grid-model.js';
import { seatState } from '../../src/web/roster/seat-model.js';
import type { AssignmentRow, ShiftRow, UnfilledItem, ViolationRow } from '../../src/web/roster/types.js';
import { readViewQuery, viewHref } from '../../src/web/roster/view-query.js';
import { periodOf, weekOf, weeksOf } from '../../src/web/roster/weeks.js';

const at = (day: string, hh: string) => new Date(`${day}T${hh}:00+08:00`).toISOString();
const row = (o: Partial<AssignmentRow> & { shiftId: number; personId: number; siteId: number; localDate: string }): AssignmentRow => ({
  seatGroup: 0,
  seatIndex: 0,
  personName: `P${o.personId}`,
  siteName: `S${o.siteId}`,
  startsAt: at(o.localDate, '09:00'),
  endsAt: at(o.localDate, '12:00'),
  tags: [],
  pinned: false,
  source: 'solver',
  ...o,
});
const need = (o: Partial<UnfilledItem> & { shiftIds: number[]; siteId: number; dates: string[] }): UnfilledItem => ({
  seatGroup: 0,
  siteName: `S${o.siteId}`,
  startsAt: at(o.dates[0]!, '09:00'),
  missing: 1,
  available: [],
  availableCount: 0,
  reasons: [],
  summary: '',
  ...o,
});

describe('weeks', () => {
  it('cuts December 2026 into Monday–Sunday weeks at the month’s ends', () => {
    const w = weeksOf('2026-12');
    expect(w.map((x) => [x.days[0], x.days.at(-1)])).toEqual([
      ['2026-12-01', '2026-12-06'],
      ['2026-12-07', '2026-12-13'],
      ['2026-12-14', '2026-12-20'],
      ['2026-12-21', '2026-12-27'],
      ['2026-12-28', '2026-12-31'],
    ]);
    expect(weekOf('2026-12', '2026-12-15')).toBe(3);
    expect(weekOf('2026-12', '2026-11-26')).toBe(1);
    // Beijing is 8 h ahead: 20:00 UTC on the 30th of November is already December there.
    expect(periodOf(new Date('2026-11-30T20:00:00Z'))).toBe('2026-12');
    expect(periodOf(new Date('2026-12-31T17:00:00Z'), 1)).toBe('2027-02');
  });

  it('reads the view from the query, refusing values it does not know', () => {
    const q = (o: Record<string, string>) => (k: string) => o[k];
    const districts = [{ code: '520201', name: '钟山区', nameEn: 'Zhongshan', seatLat: 0, seatLon: 0, central: true }];
    const v = readViewQuery(q({ week: '9', type: 'spaceport', district: '520201', page: '-3', view: 'people' }), '2026-12', '520203', districts, '2026-12-15');
    expect(v).toMatchObject({ view: 'people', type: '', district: '', page: 1 });
    expect(v.week.n).toBe(3);
    const city = readViewQuery(q({ week: '2', type: 'station', district: '520201', page: '2' }), '2026-12', 'city', districts, '2026-11-26');
    expect(city).toMatchObject({ view: 'sites', type: 'station', district: '520201', page: 2 });
    expect(viewHref('/roster/5', city, { page: 1 })).toBe('/roster/5?week=2&type=station&district=520201#grid');
  });
});

describe('grids', () => {
  const days = weeksOf('2026-12')[1]!.days; // 12-07 … 12-13
  const assignments = [
    row({ shiftId: 1, personId: 10, siteId: 100, localDate: '2026-12-07' }),
    row({ shiftId: 1, personId: 11, siteId: 100, localDate: '2026-12-07', seatGroup: 1, pinned: true }),
    // The placed alternative of a flexible visit; its other days are not drawn.
    row({ shiftId: 7, personId: 10, siteId: 200, localDate: '2026-12-09' }),
    row({ shiftId: 9, personId: 12, siteId: 300, localDate: '2026-12-20' }), // another week
  ];
  const unfilled = [
    need({ shiftIds: [1], siteId: 100, dates: ['2026-12-07'], seatGroup: 2 }),
    need({ shiftIds: [2], siteId: 100, dates: ['2026-12-08'], missing: 2 }),
    need({ shiftIds: [20, 21, 22], siteId: 200, dates: ['2026-12-01', '2026-12-02', '2026-12-03'] }),
  ];
  const sites = [{ id: 200, name: 'village' }, { id: 100, name: 'centre' }, { id: 300, name: 'station' }];

  it('draws sites × days: holders, unfilled seats on their day, unplaced flexible duties aside', () => {
    const rows = siteGrid(days, sites, assignments, unfilled);
    expect(rows.map((r) => r.site.name)).toEqual(['village', 'centre']); // in the given order; station has nothing this week
    const centre = rows[1]!;
    expect(centre.cells[0]).toEqual([{ shiftId: 1, siteId: 100, day: '2026-12-07', time: '09:00–12:00', holders: [expect.objectContaining({ personId: 10 }), expect.objectContaining({ personId: 11, pinned: true })], missing: 1 }]);
    expect(centre.cells[1]).toEqual([{ shiftId: 2, siteId: 100, day: '2026-12-08', time: '09:00', holders: [], missing: 2 }]);
    const village = rows[0]!;
    expect(village.cells[2]!.map((c) => c.shiftId)).toEqual([7]);
    expect(village.pending).toEqual([{ shiftId: 20, siteId: 200, day: '2026-12-01', seatGroup: 0, missing: 1 }]);
    expect(gridTotals(rows)).toEqual({ filled: 3, missing: 3, pending: 1 });
  });

  it('draws people × days for the week, narrowed to some sites, by name', () => {
    const all = peopleGrid(days, assignments, null);
    expect(all.map((r) => [r.name, r.total])).toEqual([['P10', 2], ['P11', 1]]);
    expect(peopleGrid(days, assignments, new Set([200])).map((r) => r.personId)).toEqual([10]);
  });
});

describe('seat state', () => {
  const shift: ShiftRow = {
    id: 1, siteId: 100, siteName: 'centre', dutyName: null, startsAt: at('2026-12-07', '09:00'), endsAt: at('2026-12-07', '17:00'), localDate: '2026-12-07', tags: [],
    seats: [{ count: 2, roles: ['lawyer'], skills: [], languages: [] }, { count: 1, roles: ['mediator'], skills: [], languages: [] }],
    groupKey: null, assignments: [],
  };
  const held = [row({ shiftId: 1, personId: 10, siteId: 100, localDate: '2026-12-07' }), row({ shiftId: 1, personId: 11, siteId: 100, localDate: '2026-12-07', seatGroup: 1 })];
  const v = (o: Partial<ViolationRow>): ViolationRow => ({ constraint: 'travel', level: 'soft', amount: 1, message: 'm', ...o });

  it('opens on the first group with a missing seat, and on a full group offers a swap for its holder', () => {
    const s = seatState(shift, held, [], [], {});
    expect(s.groups.map((g) => g.missing)).toEqual([1, 0]);
    expect(s.group).toBe(0);
    expect(s.replace).toBeUndefined();
    const full = seatState(shift, held, [], [], { group: '1' });
    expect(full.replace).toEqual({ personId: 11, name: 'P11' });
    expect(seatState(shift, held, [], [], { group: '7', replace: '10' }).group).toBe(0);
    expect(seatState(shift, held, [], [], { group: '0', replace: '10' }).replace?.personId).toBe(10);
  });

  it('keeps the violations of this shift and of its holders’ person-wide rules, worst first', () => {
    const s = seatState(shift, held, [v({ shift: '1', level: 'soft' }), v({ shift: '2', person: '10' }), v({ person: '11', level: 'hard', constraint: 'shift-limits' }), v({ person: '99' })], [], {});
    expect(s.warnings.map((w) => [w.level, w.shift ?? w.person])).toEqual([['hard', '11'], ['soft', '1']]);
  });
});

describe('coverage', () => {
  it('counts seats per district and type, per day, per person, and lists the next unfilled seats', () => {
    const days = weeksOf('2026-12').flatMap((w) => w.days);
    const assignments = [
      row({ shiftId: 1, personId: 10, siteId: 100, localDate: '2026-12-07' }),
      row({ shiftId: 2, personId: 10, siteId: 100, localDate: '2026-12-08' }),
      row({ shiftId: 3, personId: 11, siteId: 200, localDate: '2026-12-08' }),
    ];
    const unfilled = [need({ shiftIds: [4], siteId: 100, dates: ['2026-12-09'] }), need({ shiftIds: [5, 6], siteId: 200, dates: ['2026-12-01', '2026-12-02'] }), need({ shiftIds: [8], siteId: 100, dates: ['2026-11-30'] })];
    const sites = [{ id: 100, type: 'centre', districtCode: '520201' }, { id: 200, type: 'workroom', districtCode: null }];
    const cov = coverageOf(days, assignments, unfilled, sites, new Date('2026-12-08T00:00:00Z'));
    expect(cov.byDistrictType.get(cellKey('520201', 'centre'))).toEqual({ filled: 2, unfilled: 2 });
    expect(cov.byDistrictType.get(cellKey(null, 'workroom'))).toEqual({ filled: 1, unfilled: 1 });
    expect(cov.totals).toEqual({ filled: 3, unfilled: 3 });
    expect(cov.byDay.find((d) => d.day === '2026-12-08')).toEqual({ day: '2026-12-08', filled: 2, unfilled: 0 });
    expect(cov.byDay.find((d) => d.day === '2026-12-09')?.unfilled).toBe(1);
    expect(cov.pending).toBe(1);
    expect(cov.load.map((p) => [p.personId, p.duties])).toEqual([[10, 2], [11, 1]]);
    expect(cov.histogram).toEqual([1, 1]);
    expect(cov.upcoming.map((u) => u.shiftIds[0])).toEqual([4]); // the flexible one has no day; the 11-30 one is past
  });
});
