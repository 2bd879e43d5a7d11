// The roster page's view from its query string: sites or people, which week, which site type and
// district, which page of rows — each checked, with a safe default.
import { SITE_TYPES } from '../../../schemas/registry.js';
import type { DistrictOut } from '../types.js';
import { weekOf, weeksOf, type Week } from './weeks.js';

export type GridView = 'sites' | 'people';

export interface ViewQuery {
  view: GridView;
  week: Week;
  weeks: Week[];
  /** '' = every type. */
  type: string;
  /** '' = the roster's whole scope; a city roster may narrow to one district. */
  district: string;
  page: number;
}

/** Rows per page of a grid: a week of 40 sites fits a laptop screen or two. */
export const ROWS_PER_PAGE = 40;

export function readViewQuery(q: (k: string) => string | undefined, period: string, scope: string, districts: readonly DistrictOut[], today: string): ViewQuery {
  const weeks = weeksOf(period);
  const n = Number(q('week'));
  const week = weeks.find((w) => w.n === n) ?? weeks.find((w) => w.n === weekOf(period, today)) ?? weeks[0]!;
  const type = (SITE_TYPES as readonly string[]).includes(q('type') ?? '') ? q('type')! : '';
  const district = scope === 'city' && districts.some((d) => d.code === q('district')) ? q('district')! : '';
  const page = Math.max(1, Math.floor(Number(q('page')) || 1));
  return { view: q('view') === 'people' ? 'people' : 'sites', week, weeks, type, district, page };
}

/** The query string of a view, with changes (for links that keep the rest). */
export function viewHref(base: string, v: ViewQuery, change: Partial<{ view: GridView; week: number; type: string; district: string; page: number }> = {}): string {
  const q = new URLSearchParams();
  const view = change.view ?? v.view;
  if (view !== 'sites') q.set('view', view);
  q.set('week', String(change.week ?? v.week.n));
  const type = change.type ?? v.type;
  if (type) q.set('type', type);
  const district = change.district ?? v.district;
  if (district) q.set('district', district);
  const page = change.page ?? v.page;
  if (page > 1) q.set('page', String(page));
  return `${base}?${q.toString()}#grid`;
}
