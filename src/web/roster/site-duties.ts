// A site's duties in a month: the latest roster of each scope that covers the site (its
// district's and the city's), and that roster's assignments at the site grouped by shift. Read
// through the API; tokens that may not read rosters (schools, people) get nothing.
import { canReadRosters } from '../../auth/scope.js';
import type { ApiClient } from '../api-client.js';
import type { MeOut, SiteOut } from '../types.js';
import { latestPerScope } from './person-duties.js';
import type { AssignmentRow, RosterOut } from './types.js';

export interface SiteShift {
  shiftId: number;
  seatGroup: number;
  localDate: string;
  startsAt: string;
  endsAt: string;
  people: { id: number; name: string; pinned: boolean }[];
}

export interface SiteRosterDuties {
  roster: RosterOut;
  shifts: SiteShift[];
}

/** Assignments → one row per shift and seat group, by start time; people in seat order. */
export function groupByShift(rows: readonly AssignmentRow[]): SiteShift[] {
  const byKey = new Map<string, Omit<SiteShift, 'people'> & { seats: { index: number; person: SiteShift['people'][number] }[] }>();
  for (const a of rows) {
    const key = `${a.shiftId}:${a.seatGroup}`;
    let s = byKey.get(key);
    if (!s) byKey.set(key, (s = { shiftId: a.shiftId, seatGroup: a.seatGroup, localDate: a.localDate, startsAt: a.startsAt, endsAt: a.endsAt, seats: [] }));
    s.seats.push({ index: a.seatIndex, person: { id: a.personId, name: a.personName, pinned: a.pinned } });
  }
  return [...byKey.values()]
    .map(({ seats, ...s }) => ({ ...s, people: [...seats].sort((x, y) => x.index - y.index).map((x) => x.person) }))
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.shiftId - b.shiftId || a.seatGroup - b.seatGroup);
}

export async function siteDutiesOf(api: ApiClient, me: MeOut, site: SiteOut, period: string): Promise<SiteRosterDuties[] | undefined> {
  if (!canReadRosters(me)) return undefined;
  const all = (await api.get<{ items: RosterOut[] }>('/rosters', { period, limit: 200 })).items;
  const chosen = latestPerScope(all.filter((r) => r.status !== 'failed' && (r.scope === 'city' || r.scope === site.districtCode)));
  const lists = await Promise.all(chosen.map((r) => api.get<{ items: AssignmentRow[] }>(`/rosters/${r.id}/assignments`, { site: site.id, limit: 5000 })));
  return chosen.map((roster, i) => ({ roster, shifts: groupByShift(lists[i]!.items) }));
}
