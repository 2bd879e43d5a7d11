// /api/v1/districts and /api/v1/townships: the county-level units and their townships.
import { createRoute } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { audit } from '../../db/repositories/audit.js';
import { findDistrict, findTownship, listDistricts, listTownships } from '../../db/repositories/registry.js';
import { districts, sites, townships, people } from '../../db/schema/index.js';
import { actorOf, canReadRegistry, requireDistrictWrite } from '../auth/principal.js';
import { ApiError, fieldError, notFound } from '../errors.js';
import { jsonBody, jsonContent, listOf, problemResponses } from '../../schemas/common.js';
import {
  District,
  DistrictCodeParam,
  DistrictInput,
  DistrictPatch,
  Township,
  TownshipInput,
  TownshipQuery,
} from '../../schemas/registry.js';
import { createRouter } from './router.js';
import { z } from '@hono/zod-openapi';

const tags = ['registry'];
const errs = problemResponses(400, 401, 403, 404, 409, 422);

export function districtRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({ method: 'get', path: '/districts', tags, summary: 'List districts', responses: { 200: jsonContent(z.object({ items: z.array(District) }), 'districts'), ...errs } }),
    async (c) => {
      if (!canReadRegistry(c.get('principal'))) throw new ApiError('forbidden', 'this token cannot read the registry');
      return c.json({ items: await listDistricts(c.get('deps').database.db) }, 200);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/districts/{code}', tags, summary: 'One district', request: { params: DistrictCodeParam }, responses: { 200: jsonContent(District, 'district'), ...errs } }),
    async (c) => {
      if (!canReadRegistry(c.get('principal'))) throw new ApiError('forbidden', 'this token cannot read the registry');
      const row = await findDistrict(c.get('deps').database.db, c.req.valid('param').code);
      if (!row) throw notFound('district');
      return c.json(row, 200);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: '/districts', tags, summary: 'Create a district', request: { body: jsonBody(DistrictInput) }, responses: { 201: jsonContent(District, 'created'), ...errs } }),
    async (c) => {
      const p = c.get('principal');
      requireDistrictWrite(p, null);
      const input = c.req.valid('json');
      const db = c.get('deps').database.db;
      const row = await db.transaction(async (tx) => {
        if (await findDistrict(tx, input.code)) throw new ApiError('conflict', `district ${input.code} exists`, [{ pointer: '/code', detail: 'already exists', in: 'body' }]);
        const [r] = await tx.insert(districts).values(input).returning();
        await audit(tx, { actor: actorOf(p), action: 'create', entity: 'district', entityId: input.code });
        return r!;
      });
      return c.json(row, 201);
    },
  );

  app.openapi(
    createRoute({ method: 'patch', path: '/districts/{code}', tags, summary: 'Update a district', request: { params: DistrictCodeParam, body: jsonBody(DistrictPatch) }, responses: { 200: jsonContent(District, 'updated'), ...errs } }),
    async (c) => {
      const p = c.get('principal');
      const { code } = c.req.valid('param');
      requireDistrictWrite(p, code);
      const patch = c.req.valid('json');
      const row = await c.get('deps').database.db.transaction(async (tx) => {
        const [r] = await tx.update(districts).set(patch).where(eq(districts.code, code)).returning();
        if (!r) throw notFound('district');
        await audit(tx, { actor: actorOf(p), action: 'update', entity: 'district', entityId: code, detail: patch });
        return r;
      });
      return c.json(row, 200);
    },
  );

  app.openapi(
    createRoute({ method: 'delete', path: '/districts/{code}', tags, summary: 'Delete a district (only when nothing refers to it)', request: { params: DistrictCodeParam }, responses: { 204: { description: 'deleted' }, ...errs } }),
    async (c) => {
      const p = c.get('principal');
      const { code } = c.req.valid('param');
      requireDistrictWrite(p, null);
      await c.get('deps').database.db.transaction(async (tx) => {
        if (!(await findDistrict(tx, code))) throw notFound('district');
        const [s] = await tx.select({ id: sites.id }).from(sites).where(eq(sites.districtCode, code)).limit(1);
        const [pp] = await tx.select({ id: people.id }).from(people).where(eq(people.homeDistrictCode, code)).limit(1);
        if (s || pp) throw new ApiError('conflict', `district ${code} still has ${s ? 'sites' : 'people'}; move or delete them first`);
        await tx.delete(townships).where(eq(townships.districtCode, code));
        await tx.delete(districts).where(eq(districts.code, code));
        await audit(tx, { actor: actorOf(p), action: 'delete', entity: 'district', entityId: code });
      });
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/townships', tags, summary: 'List townships', request: { query: TownshipQuery }, responses: { 200: jsonContent(listOf(Township, 'TownshipList'), 'townships'), ...errs } }),
    async (c) => {
      if (!canReadRegistry(c.get('principal'))) throw new ApiError('forbidden', 'this token cannot read the registry');
      return c.json(await listTownships(c.get('deps').database.db, c.req.valid('query')), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: '/townships', tags, summary: 'Create a township', request: { body: jsonBody(TownshipInput) }, responses: { 201: jsonContent(Township, 'created'), ...errs } }),
    async (c) => {
      const p = c.get('principal');
      const input = c.req.valid('json');
      requireDistrictWrite(p, input.districtCode);
      const row = await c.get('deps').database.db.transaction(async (tx) => {
        if (!(await findDistrict(tx, input.districtCode))) throw fieldError('districtCode', `district ${input.districtCode} does not exist`);
        if (await findTownship(tx, input.code)) throw new ApiError('conflict', `township ${input.code} exists`, [{ pointer: '/code', detail: 'already exists', in: 'body' }]);
        const [r] = await tx.insert(townships).values(input).returning();
        await audit(tx, { actor: actorOf(p), action: 'create', entity: 'township', entityId: input.code });
        return r!;
      });
      return c.json(row, 201);
    },
  );

  return app;
}
