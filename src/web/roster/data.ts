// Reads the roster pages share, through the API with the session's token: the roster, a week's
// assignments (one call per day, so a city month is never loaded whole), the unfilled needs, and
// the sites of a type and district (paged at the API's limit).
import type { ApiClient } from '../api-client.js';
import type { Page, SiteOut } from '../types.js';
import type { AssignmentRow, RosterOut, UnfilledOut } from './types.js';

/** The API's largest page of sites. */
const SITE_PAGE = 500;

export function loadRoster(api: ApiClient, id: number): Promise<RosterOut> {
  return api.get<RosterOut>(`/rosters/${id}`);
}

export async function dayAssignments(api: ApiClient, id: number, days: readonly string[]): Promise<AssignmentRow[]> {
  const pages = await Promise.all(days.map((day) => api.get<{ items: AssignmentRow[] }>(`/rosters/${id}/assignments`, { day, limit: 5000 })));
  return pages.flatMap((p) => p.items);
}

export function loadUnfilled(api: ApiClient, id: number): Promise<UnfilledOut> {
  return api.get<UnfilledOut>(`/rosters/${id}/unfilled`);
}

/** Every site matching the filters, in the API's order (by code). */
export async function sitesWhere(api: ApiClient, q: { type?: string; district?: string }): Promise<SiteOut[]> {
  const first = await api.get<Page<SiteOut>>('/sites', { ...q, limit: SITE_PAGE });
  const rest = Math.ceil(first.total / SITE_PAGE) - 1;
  const more = await Promise.all(Array.from({ length: Math.max(0, rest) }, (_, i) => api.get<Page<SiteOut>>('/sites', { ...q, limit: SITE_PAGE, offset: (i + 1) * SITE_PAGE })));
  return [first, ...more].flatMap((p) => p.items);
}

/** The sites a roster of this scope covers ('city' = all). */
export function sitesOfScope(api: ApiClient, scope: string, type?: string): Promise<SiteOut[]> {
  return sitesWhere(api, { type: type || undefined, district: scope === 'city' ? undefined : scope });
}
