// /api/v1/me: who the caller's token speaks for — role, scope, person or site, label — so the
// web UI (and any client) learns it through the API instead of reading the token table. Never
// returns the token. /api/v1/me/rosters lists the rosters of a month that hold a person's duties
// (a person token may not list rosters at large, but may read its own assignments in them).
import { createRoute, z } from '@hono/zod-openapi';
import { and, desc, eq, inArray, or } from 'drizzle-orm';
import { findDistrict, findPerson, findSite } from '../../db/repositories/registry.js';
import { assignments, publishedAssignments, rosters } from '../../db/schema/index.js';
import { jsonContent, problemResponses } from '../../schemas/common.js';
import { Me, MyRostersQuery } from '../../schemas/me.js';
import { Roster } from '../../schemas/rosters.js';
import type { Principal } from '../auth/principal.js';
import { ApiError } from '../errors.js';
import type { Queryable } from '../../db/client.js';
import { createRouter } from './router.js';
import { rosterOut } from './rosters.js';

const tags = ['me'];
const errs = problemResponses(401, 403, 422);

type MeOut = z.infer<typeof Me>;

export async function meOf(db: Queryable, p: Principal): Promise<MeOut> {
  const [person, site] = await Promise.all([p.personId !== null ? findPerson(db, p.personId) : undefined, p.siteId !== null ? findSite(db, p.siteId) : undefined]);
  const level: MeOut['scope']['level'] = p.role === 'person' ? 'person' : p.role === 'school' ? 'site' : p.role === 'coordinator' && p.districtCode !== null ? 'district' : 'city';
  const districtCode = level === 'person' ? (person?.homeDistrictCode ?? null) : level === 'site' ? (site?.districtCode ?? null) : level === 'district' ? p.districtCode : null;
  const district = districtCode ? await findDistrict(db, districtCode) : undefined;
  const scope: MeOut['scope'] = { level, districtCode, districtName: district?.name ?? null };
  return {
    tokenId: p.tokenId,
    role: p.role,
    districtCode: p.districtCode,
    personId: p.personId,
    siteId: p.siteId,
    label: p.label,
    scope,
    person: person ? { id: person.id, code: person.code, name: person.name, homeDistrictCode: person.homeDistrictCode } : null,
    site: site ? { id: site.id, code: site.code, name: site.name, type: site.type, districtCode: site.districtCode } : null,
  };
}

export function meRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({ method: 'get', path: '/me', tags, summary: "The caller's role, scope, person or site and label (never the token)", responses: { 200: jsonContent(Me, 'the caller'), ...errs } }),
    async (c) => c.json(await meOf(c.get('deps').database.db, c.get('principal')), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/me/rosters',
      tags,
      summary: "Rosters of a month holding the caller's duties (draft or published); person tokens only",
      request: { query: MyRostersQuery },
      responses: { 200: jsonContent(z.object({ items: z.array(Roster) }), 'rosters'), ...errs },
    }),
    async (c) => {
      const p = c.get('principal');
      if (p.role !== 'person' || p.personId === null) throw new ApiError('forbidden', 'only a person token has duties of its own; list rosters with GET /rosters');
      const db = c.get('deps').database.db;
      const { period } = c.req.valid('query');
      const held = db.selectDistinct({ id: assignments.rosterId }).from(assignments).where(eq(assignments.personId, p.personId));
      const published = db.selectDistinct({ id: publishedAssignments.rosterId }).from(publishedAssignments).where(eq(publishedAssignments.personId, p.personId));
      const rows = await db
        .select()
        .from(rosters)
        .where(and(eq(rosters.period, period), or(inArray(rosters.id, held), inArray(rosters.id, published))))
        .orderBy(desc(rosters.id));
      return c.json({ items: rows.map((r) => rosterOut(r)) }, 200);
    },
  );

  return app;
}
