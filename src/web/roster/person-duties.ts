// A person's duties in a month: the latest roster of each scope that holds them (their district's
// and the city's), read through the API — a person token asks /me/rosters, registry roles list
// the month's rosters — then that roster's assignments for the person.
import type { ApiClient } from '../api-client.js';
import type { MeOut, PersonOut } from '../types.js';
import type { AssignmentRow, RosterOut } from './types.js';

export interface RosterDuties {
  roster: RosterOut;
  duties: AssignmentRow[];
}

const READERS = new Set(['admin', 'coordinator', 'finance']);

/** The newest roster per scope (ids grow with creation). */
export function latestPerScope(rosters: readonly RosterOut[]): RosterOut[] {
  const best = new Map<string, RosterOut>();
  for (const r of rosters) if ((best.get(r.scope)?.id ?? 0) < r.id) best.set(r.scope, r);
  return [...best.values()].sort((a, b) => (a.scope === 'city' ? 1 : 0) - (b.scope === 'city' ? 1 : 0) || a.id - b.id);
}

export async function dutiesOf(api: ApiClient, me: MeOut, person: PersonOut, period: string): Promise<RosterDuties[]> {
  let rosters: RosterOut[];
  if (me.role === 'person' && me.personId === person.id) {
    rosters = (await api.get<{ items: RosterOut[] }>('/me/rosters', { period })).items;
  } else if (READERS.has(me.role)) {
    const all = (await api.get<{ items: RosterOut[] }>('/rosters', { period, limit: 200 })).items;
    rosters = all.filter((r) => r.scope === 'city' || r.scope === person.homeDistrictCode);
  } else {
    return [];
  }
  const chosen = latestPerScope(rosters.filter((r) => r.status !== 'failed'));
  const lists = await Promise.all(chosen.map((r) => api.get<{ items: AssignmentRow[] }>(`/rosters/${r.id}/assignments`, { person: person.id, limit: 500 })));
  return chosen.map((roster, i) => ({ roster, duties: lists[i]!.items })).filter((x) => x.duties.length > 0);
}
