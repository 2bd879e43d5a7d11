// The overview: registry counts per district × site type and district × role, read from the
// API's list totals (in-process, in parallel), so one browser round trip shows the page.
import { Hono } from 'hono';
import { ROLES, SITE_TYPES } from '../../../schemas/registry.js';
import type { WebEnv } from '../context.js';
import { OverviewPage, type OverviewData } from '../pages/overview.js';
import { render } from '../render.js';
import { districtsOf } from './shared.js';

export function overviewRoutes() {
  const app = new Hono<WebEnv>();
  app.get('/overview', async (c) => {
    const web = c.get('web');
    const { api } = web;
    const districts = await districtsOf(api);
    const siteCounts = Promise.all(
      districts.map(async (d) => Promise.all(SITE_TYPES.map((type) => api.total('/sites', { district: d.code, type })))),
    );
    const siteTotals = Promise.all(SITE_TYPES.map((type) => api.total('/sites', { type })));
    const peopleCounts = Promise.all(
      districts.map(async (d) => Promise.all([...ROLES.map((role) => api.total('/people', { district: d.code, role })), api.total('/people', { district: d.code })])),
    );
    const data: OverviewData = {
      districts,
      siteTypes: SITE_TYPES,
      roles: ROLES,
      sites: await siteCounts,
      siteTotals: await siteTotals,
      people: await peopleCounts,
    };
    return render(c, <OverviewPage web={web} data={data} />);
  });
  return app;
}
