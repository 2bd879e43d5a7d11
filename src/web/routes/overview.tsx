// The overview: the month's coverage from the latest roster of each scope (filled and unfilled
// seats per district and site type, duty load, the next unfilled seats, charts) and the registry
// counts from one summary call — all read through the API in parallel, one browser round trip.
import { Hono, type Context } from 'hono';
import { canPlanScope } from '../../auth/scope.js';
import { requirePrincipal, type WebEnv } from '../context.js';
import { OverviewPage, type OverviewRoster } from '../pages/overview.js';
import { render } from '../render.js';
import { coverageOf } from '../roster/coverage-model.js';
import { latestPerScope } from '../roster/person-duties.js';
import { sitesWhere } from '../roster/data.js';
import { countTables, peopleInScope, type SummaryOut } from '../roster/summary.js';
import type { AssignmentRow, RosterOut, UnfilledOut } from '../roster/types.js';
import { daysOf, isPeriod, periodOf } from '../roster/weeks.js';
import type { MeOut } from '../types.js';
import { visibleRoster } from './roster-list.js';

async function monthRosters(c: Context<WebEnv>, me: MeOut, period: string): Promise<RosterOut[]> {
  const list = await c.get('web').api.get<{ items: RosterOut[] }>('/rosters', { period, limit: 200 });
  return latestPerScope(list.items.filter((r) => visibleRoster(me, r)));
}

/** The asked month; else this month, or next month when only that one has rosters yet (planning runs ahead). */
async function chooseMonth(c: Context<WebEnv>, me: MeOut): Promise<{ period: string; rosters: RosterOut[] }> {
  const now = c.get('web').deps.now();
  const asked = c.req.query('month');
  if (isPeriod(asked)) return { period: asked, rosters: await monthRosters(c, me, asked) };
  const [current, next] = await Promise.all([monthRosters(c, me, periodOf(now)), monthRosters(c, me, periodOf(now, 1))]);
  return current.length || !next.length ? { period: periodOf(now), rosters: current } : { period: periodOf(now, 1), rosters: next };
}

async function rosterCoverage(c: Context<WebEnv>, roster: RosterOut, summary: SummaryOut): Promise<OverviewRoster['coverage']> {
  const { api, deps } = c.get('web');
  if (roster.status === 'queued' || roster.status === 'solving' || roster.status === 'failed') return undefined;
  const [assigned, unfilled, sites] = await Promise.all([
    api.get<{ items: AssignmentRow[] }>(`/rosters/${roster.id}/assignments`, { limit: 5000 }),
    api.get<UnfilledOut>(`/rosters/${roster.id}/unfilled`),
    sitesWhere(api, { district: roster.scope === 'city' ? undefined : roster.scope }),
  ]);
  const cov = coverageOf(daysOf(roster.period), assigned.items, unfilled.items, sites, deps.now());
  return { cov, idle: Math.max(0, peopleInScope(summary, roster.scope) - cov.load.length) };
}

export function overviewRoutes() {
  const app = new Hono<WebEnv>();
  app.get('/overview', async (c) => {
    const web = c.get('web');
    const me = requirePrincipal(web);
    const [summary, month] = await Promise.all([web.api.get<SummaryOut>('/registry/summary'), chooseMonth(c, me)]);
    // Counts (seats, filled) come with each roster's own read.
    const rosters = await Promise.all(month.rosters.map((r) => web.api.get<RosterOut>(`/rosters/${r.id}`)));
    const asked = Number(c.req.query('roster'));
    const mine = me.role === 'coordinator' && me.districtCode ? me.districtCode : 'city';
    const chosen = rosters.find((r) => r.id === asked) ?? rosters.find((r) => r.scope === mine) ?? rosters[0];
    const coverage = chosen ? await rosterCoverage(c, chosen, summary) : undefined;
    return render(
      c,
      <OverviewPage
        web={web}
        summary={summary}
        tables={countTables(summary)}
        period={month.period}
        rosters={rosters}
        chosen={chosen && { roster: chosen, coverage }}
        canPlan={['city', ...summary.districts.map((d) => d.code)].some((s) => canPlanScope(me, s))}
      />,
    );
  });
  return app;
}
