// /api/v1/sites: places with duty. Coordinators write only sites of their district.
import { createRoute } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { audit } from '../../db/repositories/audit.js';
import { findSite, listSites } from '../../db/repositories/registry.js';
import { sites } from '../../db/schema/index.js';
import { isReferenceViolation } from '../../db/errors.js';
import { IdParam, jsonBody, jsonContent, listOf, problemResponses } from '../../schemas/common.js';
import { Site, SiteInput, SitePatch, SiteQuery } from '../../schemas/registry.js';
import { actorOf, canReadRegistry, requireDistrictWrite } from '../auth/principal.js';
import { ApiError, notFound } from '../errors.js';
import { checkDistrict, checkTownship, newCode } from './registry-checks.js';
import { createRouter, zodToFieldErrors } from './router.js';
import { siteOut } from './serialize.js';

const tags = ['registry'];
const errs = problemResponses(400, 401, 403, 404, 409, 422);

export function siteRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({ method: 'get', path: '/sites', tags, summary: 'List sites (filter by district, township, type; search by name)', request: { query: SiteQuery }, responses: { 200: jsonContent(listOf(Site, 'SiteList'), 'sites'), ...errs } }),
    async (c) => {
      const p = c.get('principal');
      const q = c.req.valid('query');
      if (!canReadRegistry(p)) {
        // A school token sees its own school only.
        if (p.role !== 'school' || p.siteId === null) throw new ApiError('forbidden', 'this token cannot list sites');
        const own = await findSite(c.get('deps').database.db, p.siteId);
        const items = own ? [siteOut(own)] : [];
        return c.json({ items, total: items.length, limit: q.limit, offset: 0 }, 200);
      }
      const page = await listSites(c.get('deps').database.db, q);
      return c.json({ ...page, items: page.items.map(siteOut) }, 200);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/sites/{id}', tags, summary: 'One site', request: { params: IdParam }, responses: { 200: jsonContent(Site, 'site'), ...errs } }),
    async (c) => {
      const p = c.get('principal');
      const { id } = c.req.valid('param');
      if (!canReadRegistry(p) && !(p.role === 'school' && p.siteId === id)) throw new ApiError('forbidden', 'this token cannot read this site');
      const row = await findSite(c.get('deps').database.db, id);
      if (!row) throw notFound('site');
      return c.json(siteOut(row), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: '/sites', tags, summary: 'Create a site', request: { body: jsonBody(SiteInput) }, responses: { 201: jsonContent(Site, 'created'), ...errs } }),
    async (c) => {
      const p = c.get('principal');
      const input = c.req.valid('json');
      requireDistrictWrite(p, input.districtCode);
      const row = await c.get('deps').database.db.transaction(async (tx) => {
        await checkDistrict(tx, input.districtCode, 'districtCode');
        await checkTownship(tx, input.townshipCode, input.districtCode);
        const code = input.code ?? newCode('S');
        const [dupe] = await tx.select({ id: sites.id }).from(sites).where(eq(sites.code, code));
        if (dupe) throw new ApiError('conflict', `site code ${code} exists`, [{ pointer: '/code', detail: 'already exists', in: 'body' }]);
        const [r] = await tx.insert(sites).values({ ...input, code }).returning();
        await audit(tx, { actor: actorOf(p), action: 'create', entity: 'site', entityId: r!.id });
        return r!;
      });
      return c.json(siteOut(row), 201);
    },
  );

  app.openapi(
    createRoute({ method: 'patch', path: '/sites/{id}', tags, summary: 'Update a site', request: { params: IdParam, body: jsonBody(SitePatch) }, responses: { 200: jsonContent(Site, 'updated'), ...errs } }),
    async (c) => {
      const p = c.get('principal');
      const { id } = c.req.valid('param');
      const patch = c.req.valid('json');
      const row = await c.get('deps').database.db.transaction(async (tx) => {
        const current = await findSite(tx, id);
        if (!current) throw notFound('site');
        requireDistrictWrite(p, current.districtCode);
        const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = current;
        // Re-validate the merged site so cross-field rules (coordinates, district) still hold.
        const merged = SiteInput.safeParse({ ...fields, ...patch });
        if (!merged.success) {
          const errors = zodToFieldErrors(merged.error, 'body');
          throw new ApiError('validation_failed', `${errors[0]?.pointer}: ${errors[0]?.detail}`, errors);
        }
        if (patch.districtCode !== undefined) requireDistrictWrite(p, patch.districtCode);
        await checkDistrict(tx, merged.data.districtCode, 'districtCode');
        await checkTownship(tx, merged.data.townshipCode, merged.data.districtCode);
        const [r] = await tx.update(sites).set({ ...patch, updatedAt: new Date() }).where(eq(sites.id, id)).returning();
        await audit(tx, { actor: actorOf(p), action: 'update', entity: 'site', entityId: id, detail: patch });
        return r!;
      });
      return c.json(siteOut(row), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'delete', path: '/sites/{id}', tags, summary: 'Delete a site (refused while shifts, appointments or bookings refer to it)', request: { params: IdParam }, responses: { 204: { description: 'deleted' }, ...errs } }),
    async (c) => {
      const p = c.get('principal');
      const { id } = c.req.valid('param');
      try {
        await c.get('deps').database.db.transaction(async (tx) => {
          const current = await findSite(tx, id);
          if (!current) throw notFound('site');
          requireDistrictWrite(p, current.districtCode);
          await tx.delete(sites).where(eq(sites.id, id));
          await audit(tx, { actor: actorOf(p), action: 'delete', entity: 'site', entityId: id });
        });
      } catch (err) {
        if (isReferenceViolation(err)) {
          throw new ApiError('conflict', 'the site still has rostered shifts, appointments or bookings; end them first');
        }
        throw err;
      }
      return c.body(null, 204);
    },
  );

  return app;
}
