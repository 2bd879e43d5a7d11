// /api/v1/appointments: legal vice-principals to schools (≤ 2 schools each; the database
// trigger enforces it under a row lock) and village legal advisers to workrooms (one each).
import { createRoute } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { audit } from '../../db/repositories/audit.js';
import { findAppointment, findPerson, findSite, listAppointments } from '../../db/repositories/registry.js';
import { appointments } from '../../db/schema/index.js';
import { pgErrorOf, PG } from '../../db/errors.js';
import { IdParam, jsonBody, jsonContent, listOf, problemResponses } from '../../schemas/common.js';
import { Appointment, AppointmentInput, AppointmentPatch, AppointmentQuery } from '../../schemas/registry.js';
import { actorOf, canReadRegistry, requireDistrictWrite } from '../auth/principal.js';
import { ApiError, fieldError, notFound } from '../errors.js';
import { createRouter } from './router.js';
import { appointmentOut } from './serialize.js';

const tags = ['registry'];
const errs = problemResponses(400, 401, 403, 404, 409, 422);

const RULES = {
  vice_principal: { siteType: 'school', roles: ['legal_vice_principal'] },
  village_adviser: { siteType: 'workroom', roles: ['lawyer', 'grassroots_worker'] },
} as const;

function conflictFrom(err: unknown): ApiError | undefined {
  const pg = pgErrorOf(err);
  if (!pg) return undefined;
  if (pg.code === PG.checkViolation && (pg.constraint === 'appointments_vice_principal_limit' || /at most 2 schools/.test(pg.message))) {
    return new ApiError('conflict', 'a legal vice-principal serves at most 2 schools (教育部令第52号)', [{ pointer: '/personId', detail: 'already holds 2 schools', in: 'body' }]);
  }
  if (pg.code === PG.exclusionViolation && pg.constraint === 'appointments_one_adviser') {
    return new ApiError('conflict', 'this village already has a legal adviser for these dates; end that appointment first', [{ pointer: '/siteId', detail: 'already has an adviser', in: 'body' }]);
  }
  if (pg.code === PG.uniqueViolation) return new ApiError('conflict', 'this appointment already exists');
  return undefined;
}

export function appointmentRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({ method: 'get', path: '/appointments', tags, summary: 'List appointments', request: { query: AppointmentQuery }, responses: { 200: jsonContent(listOf(Appointment, 'AppointmentList'), 'appointments'), ...errs } }),
    async (c) => {
      const p = c.get('principal');
      const q = c.req.valid('query');
      if (!canReadRegistry(p)) {
        if (p.role === 'person') q.person = p.personId ?? -1;
        else if (p.role === 'school') q.site = p.siteId ?? -1;
        else throw new ApiError('forbidden', 'this token cannot read appointments');
      }
      const page = await listAppointments(c.get('deps').database.db, q);
      return c.json({ ...page, items: page.items.map(appointmentOut) }, 200);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/appointments/{id}', tags, summary: 'One appointment', request: { params: IdParam }, responses: { 200: jsonContent(Appointment, 'appointment'), ...errs } }),
    async (c) => {
      const p = c.get('principal');
      const row = await findAppointment(c.get('deps').database.db, c.req.valid('param').id);
      if (!row) throw notFound('appointment');
      const own = (p.role === 'person' && p.personId === row.personId) || (p.role === 'school' && p.siteId === row.siteId);
      if (!canReadRegistry(p) && !own) throw new ApiError('forbidden', 'not your appointment');
      return c.json(appointmentOut(row), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: '/appointments', tags, summary: 'Appoint a vice-principal to a school or an adviser to a village', request: { body: jsonBody(AppointmentInput) }, responses: { 201: jsonContent(Appointment, 'created'), ...errs } }),
    async (c) => {
      const p = c.get('principal');
      const input = c.req.valid('json');
      try {
        const row = await c.get('deps').database.db.transaction(async (tx) => {
          const rule = RULES[input.kind];
          const site = await findSite(tx, input.siteId);
          if (!site) throw fieldError('siteId', `site ${input.siteId} does not exist`);
          if (site.type !== rule.siteType) throw fieldError('siteId', `a ${input.kind} appointment needs a ${rule.siteType}, not a ${site.type}`);
          requireDistrictWrite(p, site.districtCode);
          const person = await findPerson(tx, input.personId);
          if (!person) throw fieldError('personId', `person ${input.personId} does not exist`);
          if (!person.roles.some((r) => (rule.roles as readonly string[]).includes(r))) {
            throw fieldError('personId', `${person.name} lacks the role ${rule.roles.join(' or ')}`);
          }
          const [r] = await tx.insert(appointments).values(input).returning();
          await audit(tx, { actor: actorOf(p), action: 'create', entity: 'appointment', entityId: r!.id, detail: input });
          return r!;
        });
        return c.json(appointmentOut(row), 201);
      } catch (err) {
        throw conflictFrom(err) ?? err;
      }
    },
  );

  app.openapi(
    createRoute({ method: 'patch', path: '/appointments/{id}', tags, summary: 'Change the dates of an appointment (end it)', request: { params: IdParam, body: jsonBody(AppointmentPatch) }, responses: { 200: jsonContent(Appointment, 'updated'), ...errs } }),
    async (c) => {
      const p = c.get('principal');
      const { id } = c.req.valid('param');
      const patch = c.req.valid('json');
      try {
        const row = await c.get('deps').database.db.transaction(async (tx) => {
          const current = await findAppointment(tx, id);
          if (!current) throw notFound('appointment');
          const site = await findSite(tx, current.siteId);
          requireDistrictWrite(p, site?.districtCode ?? null);
          const startsOn = patch.startsOn ?? current.startsOn;
          const endsOn = patch.endsOn === undefined ? current.endsOn : patch.endsOn;
          if (endsOn && endsOn < startsOn) throw fieldError('endsOn', 'must not be before startsOn');
          const [r] = await tx.update(appointments).set({ startsOn, endsOn }).where(eq(appointments.id, id)).returning();
          await audit(tx, { actor: actorOf(p), action: 'update', entity: 'appointment', entityId: id, detail: patch });
          return r!;
        });
        return c.json(appointmentOut(row), 200);
      } catch (err) {
        throw conflictFrom(err) ?? err;
      }
    },
  );

  app.openapi(
    createRoute({ method: 'delete', path: '/appointments/{id}', tags, summary: 'Delete an appointment', request: { params: IdParam }, responses: { 204: { description: 'deleted' }, ...errs } }),
    async (c) => {
      const p = c.get('principal');
      const { id } = c.req.valid('param');
      await c.get('deps').database.db.transaction(async (tx) => {
        const current = await findAppointment(tx, id);
        if (!current) throw notFound('appointment');
        const site = await findSite(tx, current.siteId);
        requireDistrictWrite(p, site?.districtCode ?? null);
        await tx.delete(appointments).where(eq(appointments.id, id));
        await audit(tx, { actor: actorOf(p), action: 'delete', entity: 'appointment', entityId: id });
      });
      return c.body(null, 204);
    },
  );

  return app;
}
