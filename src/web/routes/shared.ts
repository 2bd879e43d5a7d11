// Small pieces every registry route uses: the record id from the path, a list's filters and
// page from the query, the districts every form and list names, and who may create records.
import type { Context } from 'hono';
import type { Principal } from '../../auth/principal.js';
import type { ApiClient } from '../api-client.js';
import { offsetOf } from '../components/pager.js';
import { WebError } from '../errors.js';
import type { DistrictOut } from '../types.js';

/** A positive integer id from the path; anything else is the 404 page. */
export function idParam(c: Context, name = 'id'): number {
  const id = Number(c.req.param(name));
  if (!Number.isInteger(id) || id <= 0) throw new WebError(404);
  return id;
}

/** The list filters named in `filters` ('' when absent), the API offset, and the query to echo back. */
export function listRequest(c: Context, filters: readonly string[]) {
  const query: Record<string, string> = {};
  for (const k of filters) query[k] = c.req.query(k) ?? '';
  const page = c.req.query('page') ?? '';
  return { query, offset: offsetOf(page), echo: { ...query, page } };
}

export async function districtsOf(api: ApiClient): Promise<DistrictOut[]> {
  return (await api.get<{ items: DistrictOut[] }>('/districts')).items;
}

/** Registry writers; the API still decides per district. */
export const canCreate = (p: Principal) => p.role === 'admin' || p.role === 'coordinator';
