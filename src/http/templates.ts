// /api/v1/templates: duty templates per site. Coordinators write templates of their district's
// sites; the RRULE is checked by expanding it (a rule that yields nothing is refused).
import { createRoute } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { audit } from '../../db/repositories/audit.js';
import { findSite } from '../../db/repositories/registry.js';
import { findTemplate, listTemplates, type DutyTemplateRow } from '../../db/repositories/templates.js';
import { dutyTemplates } from '../../db/schema/index.js';
import { IdParam, jsonBody, jsonContent, listOf, problemResponses } from '../../schemas/common.js';
import { DutyTemplate, DutyTemplateInput, DutyTemplatePatch, DutyTemplateQuery } from '../../schemas/templates.js';
import { actorOf, canReadRegistry, requireDistrictWrite } from '../auth/principal.js';
import { checkRrule } from '../domain/recurrence.js';
import { ApiError, fieldError, notFound } from '../errors.js';
import { createRouter } from './router.js';
import { iso } from './serialize.js';

const tags = ['templates'];
const errs = problemResponses(400, 401, 403, 404, 409, 422);

const out = (r: DutyTemplateRow) => ({
  ...r,
  seats: r.seats.map((s) => ({ preferredLanguages: [], appointeesOnly: false, ...s })),
  createdAt: iso(r.createdAt),
  updatedAt: iso(r.updatedAt),
});

export function templateRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({ method: 'get', path: '/templates', tags, summary: 'List duty templates (by site, district, site type)', request: { query: DutyTemplateQuery }, responses: { 200: jsonContent(listOf(DutyTemplate, 'DutyTemplateList'), 'templates'), ...errs } }),
    async (c) => {
      if (!canReadRegistry(c.get('principal'))) throw new ApiError('forbidden', 'this token cannot read duty templates');
      const page = await listTemplates(c.get('deps').database.db, c.req.valid('query'));
      return c.json({ ...page, items: page.items.map(out) }, 200);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/templates/{id}', tags, summary: 'One duty template', request: { params: IdParam }, responses: { 200: jsonContent(DutyTemplate, 'template'), ...errs } }),
    async (c) => {
      if (!canReadRegistry(c.get('principal'))) throw new ApiError('forbidden', 'this token cannot read duty templates');
      const row = await findTemplate(c.get('deps').database.db, c.req.valid('param').id);
      if (!row) throw notFound('duty template');
      return c.json(out(row), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: '/templates', tags, summary: 'Create a duty template', request: { body: jsonBody(DutyTemplateInput) }, responses: { 201: jsonContent(DutyTemplate, 'created'), ...errs } }),
    async (c) => {
      const p = c.get('principal');
      const input = c.req.valid('json');
      const rruleError = checkRrule(input.rrule);
      if (rruleError) throw fieldError('rrule', rruleError);
      const row = await c.get('deps').database.db.transaction(async (tx) => {
        const site = await findSite(tx, input.siteId);
        if (!site) throw fieldError('siteId', `site ${input.siteId} does not exist`);
        requireDistrictWrite(p, site.districtCode);
        const [r] = await tx.insert(dutyTemplates).values(input).returning();
        await audit(tx, { actor: actorOf(p), action: 'create', entity: 'duty_template', entityId: r!.id });
        return r!;
      });
      return c.json(out(row), 201);
    },
  );

  app.openapi(
    createRoute({ method: 'patch', path: '/templates/{id}', tags, summary: 'Change a duty template (later rosters only; generated shifts keep their copy)', request: { params: IdParam, body: jsonBody(DutyTemplatePatch) }, responses: { 200: jsonContent(DutyTemplate, 'updated'), ...errs } }),
    async (c) => {
      const p = c.get('principal');
      const { id } = c.req.valid('param');
      const patch = c.req.valid('json');
      if (patch.rrule) {
        const rruleError = checkRrule(patch.rrule);
        if (rruleError) throw fieldError('rrule', rruleError);
      }
      const row = await c.get('deps').database.db.transaction(async (tx) => {
        const current = await findTemplate(tx, id);
        if (!current) throw notFound('duty template');
        const site = await findSite(tx, current.siteId);
        requireDistrictWrite(p, site?.districtCode ?? null);
        const validFrom = patch.validFrom === undefined ? current.validFrom : patch.validFrom;
        const validTo = patch.validTo === undefined ? current.validTo : patch.validTo;
        if (validFrom && validTo && validTo < validFrom) throw fieldError('validTo', 'must not be before validFrom');
        const [r] = await tx.update(dutyTemplates).set({ ...patch, updatedAt: new Date() }).where(eq(dutyTemplates.id, id)).returning();
        await audit(tx, { actor: actorOf(p), action: 'update', entity: 'duty_template', entityId: id, detail: patch });
        return r!;
      });
      return c.json(out(row), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'delete', path: '/templates/{id}', tags, summary: 'Delete a duty template (generated shifts stay)', request: { params: IdParam }, responses: { 204: { description: 'deleted' }, ...errs } }),
    async (c) => {
      const p = c.get('principal');
      const { id } = c.req.valid('param');
      await c.get('deps').database.db.transaction(async (tx) => {
        const current = await findTemplate(tx, id);
        if (!current) throw notFound('duty template');
        const site = await findSite(tx, current.siteId);
        requireDistrictWrite(p, site?.districtCode ?? null);
        await tx.delete(dutyTemplates).where(eq(dutyTemplates.id, id));
        await audit(tx, { actor: actorOf(p), action: 'delete', entity: 'duty_template', entityId: id });
      });
      return c.body(null, 204);
    },
  );

  return app;
}
