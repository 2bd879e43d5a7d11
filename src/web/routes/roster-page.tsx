// A roster's page: status and live progress while it solves (server-sent events proxied with the
// session's token, which an EventSource cannot send), then the week's grid by sites or by people.
import { Hono, type Context } from 'hono';
import { SITE_TYPES } from '../../../schemas/registry.js';
import { canPlanScope } from '../../auth/scope.js';
import { requirePrincipal, type WebEnv } from '../context.js';
import { WebError } from '../errors.js';
import type { MessageKey } from '../i18n/index.js';
import { RosterPage, type GridData, type RosterNotice } from '../pages/roster-page.js';
import { render } from '../render.js';
import { dayAssignments, loadRoster, loadUnfilled, sitesWhere } from '../roster/data.js';
import { peopleGrid, siteGrid, type SiteRef } from '../roster/grid-model.js';
import { readViewQuery, ROWS_PER_PAGE, type ViewQuery } from '../roster/view-query.js';
import type { RosterOut } from '../roster/types.js';
import { todayOf } from '../roster/weeks.js';
import type { DistrictOut } from '../types.js';
import { districtsOf, idParam } from './shared.js';

const RUNNING = new Set(['queued', 'solving']);

/** Sites of the rows, centres first (the API's type order), then by code; narrowed by the view's type and district. */
async function siteRefs(c: Context<WebEnv>, roster: RosterOut, v: ViewQuery): Promise<SiteRef[]> {
  const district = v.district || (roster.scope === 'city' ? undefined : roster.scope);
  const sites = await sitesWhere(c.get('web').api, { type: v.type || undefined, district });
  const order = (type: string) => (SITE_TYPES as readonly string[]).indexOf(type);
  return sites.map((s, i) => ({ s, i })).sort((a, b) => order(a.s.type) - order(b.s.type) || a.i - b.i).map(({ s }) => ({ id: s.id, name: s.name }));
}

async function gridData(c: Context<WebEnv>, roster: RosterOut, v: ViewQuery): Promise<GridData> {
  const { api } = c.get('web');
  const filtered = Boolean(v.type || v.district);
  const [assignments, unfilled, sites] = await Promise.all([
    dayAssignments(api, roster.id, v.week.days),
    loadUnfilled(api, roster.id),
    // The people grid needs sites only to narrow by type or district.
    v.view === 'sites' || filtered ? siteRefs(c, roster, v) : Promise.resolve([]),
  ]);
  const from = (v.page - 1) * ROWS_PER_PAGE;
  if (v.view === 'people') {
    const rows = peopleGrid(v.week.days, assignments, filtered ? new Set(sites.map((s) => s.id)) : null);
    return { view: 'people', rows: rows.slice(from, from + ROWS_PER_PAGE), total: rows.length };
  }
  const rows = siteGrid(v.week.days, sites, assignments, unfilled.items);
  return { view: 'sites', rows: rows.slice(from, from + ROWS_PER_PAGE), total: rows.length };
}

const NOTICES: Record<string, MessageKey> = { published: 'roster.donePublished', resolve: 'roster.doneResolve', stop: 'roster.doneStop', stale: 'roster.stale' };

/** Renders the roster page; `notice` carries a refused action's sentences (status 409 etc.). */
export async function showRoster(c: Context<WebEnv>, id: number, notice?: RosterNotice, status: 200 | 409 | 412 | 422 = 200) {
  const web = c.get('web');
  const me = requirePrincipal(web);
  const [roster, districts] = await Promise.all([loadRoster(web.api, id), districtsOf(web.api)]);
  const v = readViewQuery((k) => c.req.query(k), roster.period, roster.scope, districts, todayOf(web.deps.now()));
  const grid = RUNNING.has(roster.status) ? undefined : await gridData(c, roster, v);
  const done = c.req.query('done');
  const flash = done && NOTICES[done] ? web.t(NOTICES[done], { n: c.req.query('n') ?? '' }) : undefined;
  return render(
    c,
    <RosterPage web={web} roster={roster} districts={districts as DistrictOut[]} view={v} grid={grid} canPlan={canPlanScope(me, roster.scope)} flash={flash} notice={notice} />,
    status,
  );
}

export function rosterPageRoutes() {
  const app = new Hono<WebEnv>();

  app.get('/roster/:id', (c) => showRoster(c, idParam(c)));

  app.get('/roster/:id/events', async (c) => {
    const res = await c.get('web').api.raw('GET', `/rosters/${idParam(c)}/events`, { accept: 'text/event-stream' });
    if (!res.ok || !res.body) throw new WebError(res.status);
    return new Response(res.body, { status: 200, headers: { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', 'x-accel-buffering': 'no' } });
  });

  return app;
}
