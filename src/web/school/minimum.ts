// The yearly-minimum list's model: which schools to show (behind only or all, a name search),
// most behind first, cut into pages. Pure.
import type { YearlyRowOut } from './types.js';

/** Schools per page of the list. */
export const MINIMUM_PAGE = 50;

export interface MinimumQuery {
  district: string;
  show: 'behind' | 'all';
  q: string;
  page: number;
}

export function minimumQuery(get: (name: string) => string | undefined): MinimumQuery {
  const page = Number(get('page'));
  return {
    district: /^\d{6}$/.test(get('district') ?? '') ? get('district')! : '',
    show: get('show') === 'all' ? 'all' : 'behind',
    q: (get('q') ?? '').trim().slice(0, 100),
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** Most minutes short first, then by school id; the page asked for (clamped to the last). */
export function minimumRows(rows: readonly YearlyRowOut[], q: MinimumQuery): { shown: YearlyRowOut[]; total: number; page: number; pages: number } {
  const needle = q.q.toLowerCase();
  const kept = rows
    .filter((r) => (q.show === 'all' || r.behind) && (!needle || r.name.toLowerCase().includes(needle)))
    .sort((a, b) => b.shortMinutes - a.shortMinutes || a.siteId - b.siteId);
  const pages = Math.max(1, Math.ceil(kept.length / MINIMUM_PAGE));
  const page = Math.min(q.page, pages);
  return { shown: kept.slice((page - 1) * MINIMUM_PAGE, page * MINIMUM_PAGE), total: kept.length, page, pages };
}

/** The list's address with these filters (empty ones left out). */
export function minimumHref(q: MinimumQuery, page = q.page): string {
  const p = new URLSearchParams();
  if (q.district) p.set('district', q.district);
  if (q.show !== 'behind') p.set('show', q.show);
  if (q.q) p.set('q', q.q);
  if (page > 1) p.set('page', String(page));
  const s = p.toString();
  return s ? `/school?${s}` : '/school';
}
