// /api/v1/people: everyone who can be rostered. Coordinators write only people whose home
// district they coordinate; a person token reads only itself. Deleting someone with published
// duties is refused (409): history must keep who served.
import { createRoute } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { audit } from '../../db/repositories/audit.js';
import { findPerson, hasPublishedDuties, listPeople } from '../../db/repositories/registry.js';
import { appointments, bookings, people } from '../../db/schema/index.js';
import { isReferenceViolation } from '../../db/errors.js';
import { IdParam, jsonBody, jsonContent, listOf, problemResponses } from '../../schemas/common.js';
import { Person, PersonInput, PersonPatch, PersonQuery } from '../../schemas/registry.js';
import { actorOf, canReadRegistry, requireDistrictWrite } from '../auth/principal.js';
import { ApiError, notFound } from '../errors.js';
import { checkDistrict, checkEmployer, newCode } from './registry-checks.js';
import { createRouter, zodToFieldErrors } from './router.js';
import { personOut } from './serialize.js';

const tags = ['registry'];
const errs = problemResponses(400, 401, 403, 404, 409, 422);

export function peopleRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({ method: 'get', path: '/people', tags, summary: 'List people (filter by district, role, skill, language; search by name)', request: { query: PersonQuery }, responses: { 200: jsonContent(listOf(Person, 'PersonList'), 'people'), ...errs } }),
    async (c) => {
      const p = c.get('principal');
      if (!canReadRegistry(p)) throw new ApiError('forbidden', 'this token cannot list people');
      const page = await listPeople(c.get('deps').database.db, c.req.valid('query'));
      return c.json({ ...page, items: page.items.map(personOut) }, 200);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/people/{id}', tags, summary: 'One person', request: { params: IdParam }, responses: { 200: jsonContent(Person, 'person'), ...errs } }),
    async (c) => {
      const p = c.get('principal');
      const { id } = c.req.valid('param');
      if (!canReadRegistry(p) && !(p.role === 'person' && p.personId === id)) throw new ApiError('forbidden', 'this token cannot read this person');
      const row = await findPerson(c.get('deps').database.db, id);
      if (!row) throw notFound('person');
      return c.json(personOut(row), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: '/people', tags, summary: 'Create a person', request: { body: jsonBody(PersonInput) }, responses: { 201: jsonContent(Person, 'created'), ...errs } }),
    async (c) => {
      const p = c.get('principal');
      const input = c.req.valid('json');
      requireDistrictWrite(p, input.homeDistrictCode);
      const row = await c.get('deps').database.db.transaction(async (tx) => {
        await checkDistrict(tx, input.homeDistrictCode, 'homeDistrictCode');
        await checkEmployer(tx, input.employerCode);
        const code = input.code ?? newCode('P');
        const [dupe] = await tx.select({ id: people.id }).from(people).where(eq(people.code, code));
        if (dupe) throw new ApiError('conflict', `person code ${code} exists`, [{ pointer: '/code', detail: 'already exists', in: 'body' }]);
        const [r] = await tx.insert(people).values({ ...input, code }).returning();
        await audit(tx, { actor: actorOf(p), action: 'create', entity: 'person', entityId: r!.id });
        return r!;
      });
      return c.json(personOut(row), 201);
    },
  );

  app.openapi(
    createRoute({ method: 'patch', path: '/people/{id}', tags, summary: 'Update a person', request: { params: IdParam, body: jsonBody(PersonPatch) }, responses: { 200: jsonContent(Person, 'updated'), ...errs } }),
    async (c) => {
      const p = c.get('principal');
      const { id } = c.req.valid('param');
      const patch = c.req.valid('json');
      const row = await c.get('deps').database.db.transaction(async (tx) => {
        const current = await findPerson(tx, id);
        if (!current) throw notFound('person');
        requireDistrictWrite(p, current.homeDistrictCode);
        if (patch.homeDistrictCode !== undefined) requireDistrictWrite(p, patch.homeDistrictCode);
        const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = current;
        const merged = PersonInput.safeParse({ ...fields, ...patch });
        if (!merged.success) {
          const errors = zodToFieldErrors(merged.error, 'body');
          throw new ApiError('validation_failed', `${errors[0]?.pointer}: ${errors[0]?.detail}`, errors);
        }
        await checkDistrict(tx, patch.homeDistrictCode, 'homeDistrictCode');
        await checkEmployer(tx, patch.employerCode);
        const [r] = await tx.update(people).set({ ...patch, updatedAt: new Date() }).where(eq(people.id, id)).returning();
        await audit(tx, { actor: actorOf(p), action: 'update', entity: 'person', entityId: id, detail: patch });
        return r!;
      });
      return c.json(personOut(row), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'delete', path: '/people/{id}', tags, summary: 'Delete a person (409 when they have published duties or bookings)', request: { params: IdParam }, responses: { 204: { description: 'deleted' }, ...errs } }),
    async (c) => {
      const p = c.get('principal');
      const { id } = c.req.valid('param');
      try {
        await c.get('deps').database.db.transaction(async (tx) => {
          const current = await findPerson(tx, id);
          if (!current) throw notFound('person');
          requireDistrictWrite(p, current.homeDistrictCode);
          if (await hasPublishedDuties(tx, id)) {
            throw new ApiError('conflict', `${current.name} has duties in a published roster; record them as unavailable instead of deleting`);
          }
          const [booking] = await tx.select({ id: bookings.id }).from(bookings).where(eq(bookings.personId, id)).limit(1);
          if (booking) throw new ApiError('conflict', `${current.name} has school bookings; cancel or move them first`);
          // Appointments end with the person; unavailability and draft assignments cascade.
          await tx.delete(appointments).where(eq(appointments.personId, id));
          await tx.delete(people).where(eq(people.id, id));
          await audit(tx, { actor: actorOf(p), action: 'delete', entity: 'person', entityId: id, detail: { name: current.name } });
        });
      } catch (err) {
        if (isReferenceViolation(err)) {
          throw new ApiError('conflict', 'the person is still referred to by published duties, bookings or ledger records');
        }
        throw err;
      }
      return c.body(null, 204);
    },
  );

  return app;
}
