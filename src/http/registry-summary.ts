// /api/v1/registry/summary: registry counts by district × site type and district × role (and
// people per district) in one call, so the overview needs one request instead of ~70 list totals.
import { createRoute } from '@hono/zod-openapi';
import { count, sql } from 'drizzle-orm';
import { listDistricts } from '../../db/repositories/registry.js';
import { rowsOf } from '../../db/repositories/roster-views.js';
import { people, sites } from '../../db/schema/index.js';
import { jsonContent, problemResponses } from '../../schemas/common.js';
import { ROLES, SITE_TYPES } from '../../schemas/registry.js';
import { RegistrySummary } from '../../schemas/summary.js';
import { canReadRegistry } from '../auth/principal.js';
import { ApiError } from '../errors.js';
import { createRouter } from './router.js';

const tags = ['registry'];
const errs = problemResponses(401, 403);

export function registrySummaryRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({ method: 'get', path: '/registry/summary', tags, summary: 'Counts of sites by district × type and people by district × role', responses: { 200: jsonContent(RegistrySummary, 'summary'), ...errs } }),
    async (c) => {
      if (!canReadRegistry(c.get('principal'))) throw new ApiError('forbidden', 'this token cannot read the registry');
      const db = c.get('deps').database.db;
      const [districtRows, siteRows, roleRows, totalRows] = await Promise.all([
        listDistricts(db),
        db.select({ districtCode: sites.districtCode, type: sites.type, count: count() }).from(sites).groupBy(sites.districtCode, sites.type),
        // One row per (person, role) through unnest, then grouped.
        db
          .execute(sql`select ${people.homeDistrictCode} as "districtCode", r::text as role, count(*)::int as count from ${people}, unnest(${people.roles}) r group by 1, 2`)
          .then((r) => rowsOf<{ districtCode: string; role: string; count: number }>(r)),
        db.select({ districtCode: people.homeDistrictCode, count: count() }).from(people).groupBy(people.homeDistrictCode),
      ]);
      const byCode = (a: { districtCode: string | null }, b: { districtCode: string | null }) => (a.districtCode ?? '~').localeCompare(b.districtCode ?? '~');
      return c.json(
        {
          districts: districtRows,
          siteTypes: [...SITE_TYPES],
          roles: [...ROLES],
          sites: siteRows.map((r) => ({ districtCode: r.districtCode, type: r.type, count: Number(r.count) })).sort((a, b) => byCode(a, b) || SITE_TYPES.indexOf(a.type) - SITE_TYPES.indexOf(b.type)),
          people: roleRows
            .map((r) => ({ districtCode: r.districtCode, role: r.role as (typeof ROLES)[number], count: Number(r.count) }))
            .sort((a, b) => byCode(a, b) || ROLES.indexOf(a.role) - ROLES.indexOf(b.role)),
          peopleTotals: totalRows.map((r) => ({ districtCode: r.districtCode, count: Number(r.count) })).sort(byCode),
          totals: { sites: siteRows.reduce((n, r) => n + Number(r.count), 0), people: totalRows.reduce((n, r) => n + Number(r.count), 0) },
        },
        200,
      );
    },
  );

  return app;
}
