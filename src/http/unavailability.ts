// /api/v1/unavailability: leave, court dates, training … as UTC time ranges. A person token
// declares and manages its own; coordinators manage people of their district.
import { createRoute } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { audit } from '../../db/repositories/audit.js';
import { findPerson, findUnavailability, listUnavailability } from '../../db/repositories/registry.js';
import { unavailability } from '../../db/schema/index.js';
import { IdParam, jsonBody, jsonContent, listOf, problemResponses } from '../../schemas/common.js';
import { Unavailability, UnavailabilityInput, UnavailabilityPatch, UnavailabilityQuery } from '../../schemas/registry.js';
import { actorOf, canReadRegistry, requireDistrictWrite, type Principal } from '../auth/principal.js';
import type { Queryable } from '../../db/client.js';
import { ApiError, fieldError, notFound } from '../errors.js';
import { createRouter } from './router.js';
import { unavailabilityOut } from './serialize.js';

const tags = ['registry'];
const errs = problemResponses(400, 401, 403, 404, 409, 422);

/** The person must exist, and the caller must be them or coordinate their district. */
async function requirePersonWrite(db: Queryable, p: Principal, personId: number, field = 'personId') {
  const person = await findPerson(db, personId);
  if (!person) throw fieldError(field, `person ${personId} does not exist`);
  if (p.role === 'person' && p.personId === personId) return person;
  requireDistrictWrite(p, person.homeDistrictCode);
  return person;
}

export function unavailabilityRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({ method: 'get', path: '/unavailability', tags, summary: 'List unavailability (filter by person, district, time window)', request: { query: UnavailabilityQuery }, responses: { 200: jsonContent(listOf(Unavailability, 'UnavailabilityList'), 'ranges'), ...errs } }),
    async (c) => {
      const p = c.get('principal');
      const q = c.req.valid('query');
      if (!canReadRegistry(p)) {
        if (p.role !== 'person' || (q.person !== undefined && q.person !== p.personId)) throw new ApiError('forbidden', 'a person token reads only its own unavailability');
        q.person = p.personId ?? -1;
      }
      const page = await listUnavailability(c.get('deps').database.db, q);
      return c.json({ ...page, items: page.items.map(unavailabilityOut) }, 200);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/unavailability/{id}', tags, summary: 'One unavailability range', request: { params: IdParam }, responses: { 200: jsonContent(Unavailability, 'range'), ...errs } }),
    async (c) => {
      const p = c.get('principal');
      const row = await findUnavailability(c.get('deps').database.db, c.req.valid('param').id);
      if (!row) throw notFound('unavailability');
      if (!canReadRegistry(p) && !(p.role === 'person' && p.personId === row.personId)) throw new ApiError('forbidden', 'not your unavailability');
      return c.json(unavailabilityOut(row), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: '/unavailability', tags, summary: 'Declare unavailability', request: { body: jsonBody(UnavailabilityInput) }, responses: { 201: jsonContent(Unavailability, 'created'), ...errs } }),
    async (c) => {
      const p = c.get('principal');
      const input = c.req.valid('json');
      const row = await c.get('deps').database.db.transaction(async (tx) => {
        await requirePersonWrite(tx, p, input.personId);
        const [r] = await tx
          .insert(unavailability)
          .values({ ...input, startsAt: new Date(input.startsAt), endsAt: new Date(input.endsAt) })
          .returning();
        await audit(tx, { actor: actorOf(p), action: 'create', entity: 'unavailability', entityId: r!.id, detail: { personId: input.personId } });
        return r!;
      });
      return c.json(unavailabilityOut(row), 201);
    },
  );

  app.openapi(
    createRoute({ method: 'patch', path: '/unavailability/{id}', tags, summary: 'Change an unavailability range', request: { params: IdParam, body: jsonBody(UnavailabilityPatch) }, responses: { 200: jsonContent(Unavailability, 'updated'), ...errs } }),
    async (c) => {
      const p = c.get('principal');
      const { id } = c.req.valid('param');
      const patch = c.req.valid('json');
      const row = await c.get('deps').database.db.transaction(async (tx) => {
        const current = await findUnavailability(tx, id);
        if (!current) throw notFound('unavailability');
        await requirePersonWrite(tx, p, current.personId);
        const startsAt = patch.startsAt ? new Date(patch.startsAt) : current.startsAt;
        const endsAt = patch.endsAt ? new Date(patch.endsAt) : current.endsAt;
        if (endsAt <= startsAt) throw fieldError('endsAt', 'must be after startsAt');
        const [r] = await tx
          .update(unavailability)
          .set({ kind: patch.kind ?? current.kind, note: patch.note ?? current.note, startsAt, endsAt })
          .where(eq(unavailability.id, id))
          .returning();
        await audit(tx, { actor: actorOf(p), action: 'update', entity: 'unavailability', entityId: id, detail: patch });
        return r!;
      });
      return c.json(unavailabilityOut(row), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'delete', path: '/unavailability/{id}', tags, summary: 'Withdraw an unavailability range', request: { params: IdParam }, responses: { 204: { description: 'deleted' }, ...errs } }),
    async (c) => {
      const p = c.get('principal');
      const { id } = c.req.valid('param');
      await c.get('deps').database.db.transaction(async (tx) => {
        const current = await findUnavailability(tx, id);
        if (!current) throw notFound('unavailability');
        await requirePersonWrite(tx, p, current.personId);
        await tx.delete(unavailability).where(eq(unavailability.id, id));
        await audit(tx, { actor: actorOf(p), action: 'delete', entity: 'unavailability', entityId: id });
      });
      return c.body(null, 204);
    },
  );

  return app;
}
