// Availability of legal vice-principals (weekly pattern, date overrides, "requires confirmation")
// under /api/v1/people/{id}/availability, and booking rules as data under /api/v1/booking-rules
// ('city' and per district; each field inherits from the level above, then the built-in defaults).
import { createRoute } from '@hono/zod-openapi';
import type { Queryable } from '../../db/client.js';
import type { BookingRuleFields as BookingRuleFieldsRow } from '../../db/schema/index.js';
import { audit } from '../../db/repositories/audit.js';
import {
  deleteOverride,
  deleteRuleRow,
  listOverrides,
  listRuleRows,
  listWindows,
  replaceWindows,
  requiringConfirmation,
  setRequiresConfirmation,
  upsertOverride,
  upsertRuleRow,
} from '../../db/repositories/booking-rules.js';
import { findDistrict, findPerson } from '../../db/repositories/registry.js';
import { Availability, AvailabilityInput, BookingRuleFields, BookingRuleList, BookingRuleRow, OverrideInput, PersonDateParam, RuleScopeParam } from '../../schemas/bookings.js';
import { IdParam, jsonBody, jsonContent, problemResponses } from '../../schemas/common.js';
import { actorOf, canReadRegistry, requireDistrictWrite, type Principal } from '../auth/principal.js';
import { DEFAULT_BOOKING_RULES, resolveRules } from '../bookings/rules.js';
import { ApiError, fieldError, notFound } from '../errors.js';
import { ruleFieldsOut, rulesOut, weekdayName, weekdayNumber } from './booking-out.js';
import { createRouter } from './router.js';
import { iso } from './serialize.js';

const tags = ['bookings'];
const errs = problemResponses(400, 401, 403, 404, 409, 422);

/** The person must be a legal vice-principal; the caller must be them, or coordinate their district. */
async function vicePrincipal(db: Queryable, p: Principal, id: number, write: boolean) {
  const person = await findPerson(db, id);
  if (!person) throw notFound('person');
  const self = p.role === 'person' && p.personId === id;
  if (write && !self) requireDistrictWrite(p, person.homeDistrictCode);
  if (!write && !self && !canReadRegistry(p)) throw new ApiError('forbidden', 'this token cannot read this person’s availability');
  if (!person.roles.includes('legal_vice_principal')) throw fieldError('id', `${person.name} is not a legal vice-principal`, 'path');
  return person;
}

async function availabilityOf(db: Queryable, personId: number) {
  const [weekly, overrides, confirm] = await Promise.all([listWindows(db, [personId]), listOverrides(db, [personId]), requiringConfirmation(db, [personId])]);
  return {
    personId,
    requiresConfirmation: confirm.has(personId),
    usesDefault: weekly.length === 0,
    weekly: weekly.map((w) => ({ weekday: weekdayName(w.weekday), start: w.startTime, end: w.endTime, validFrom: w.validFrom, validTo: w.validTo })),
    overrides: overrides.map((o) => ({ date: o.onDate, windows: o.windows, note: o.note })),
  };
}

export function availabilityRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({ method: 'get', path: '/people/{id}/availability', tags, summary: 'A vice-principal’s bookable windows', request: { params: IdParam }, responses: { 200: jsonContent(Availability, 'availability'), ...errs } }),
    async (c) => {
      const db = c.get('deps').database.db;
      const { id } = c.req.valid('param');
      await vicePrincipal(db, c.get('principal'), id, false);
      return c.json(await availabilityOf(db, id), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'put', path: '/people/{id}/availability', tags, summary: 'Replace the weekly pattern (and set whether bookings need confirmation)', request: { params: IdParam, body: jsonBody(AvailabilityInput) }, responses: { 200: jsonContent(Availability, 'availability'), ...errs } }),
    async (c) => {
      const p = c.get('principal');
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      const now = c.get('deps').now();
      const out = await c.get('deps').database.db.transaction(async (tx) => {
        await vicePrincipal(tx, p, id, true);
        await replaceWindows(tx, id, input.weekly.map((w) => ({ ...w, weekday: weekdayNumber(w.weekday) })));
        if (input.requiresConfirmation !== undefined) await setRequiresConfirmation(tx, id, input.requiresConfirmation, now);
        await audit(tx, { actor: actorOf(p), action: 'update', entity: 'availability', entityId: id, detail: input });
        return availabilityOf(tx, id);
      });
      return c.json(out, 200);
    },
  );

  app.openapi(
    createRoute({ method: 'put', path: '/people/{id}/availability/overrides/{date}', tags, summary: 'Set one date’s windows (empty = not available that day)', request: { params: PersonDateParam, body: jsonBody(OverrideInput) }, responses: { 200: jsonContent(Availability, 'availability'), ...errs } }),
    async (c) => {
      const p = c.get('principal');
      const { id, date } = c.req.valid('param');
      const input = c.req.valid('json');
      const out = await c.get('deps').database.db.transaction(async (tx) => {
        await vicePrincipal(tx, p, id, true);
        await upsertOverride(tx, id, date, input.windows, input.note);
        await audit(tx, { actor: actorOf(p), action: 'override', entity: 'availability', entityId: id, detail: { date, ...input } });
        return availabilityOf(tx, id);
      });
      return c.json(out, 200);
    },
  );

  app.openapi(
    createRoute({ method: 'delete', path: '/people/{id}/availability/overrides/{date}', tags, summary: 'Remove one date’s override (the weekly pattern applies again)', request: { params: PersonDateParam }, responses: { 204: { description: 'removed' }, ...errs } }),
    async (c) => {
      const p = c.get('principal');
      const { id, date } = c.req.valid('param');
      await c.get('deps').database.db.transaction(async (tx) => {
        await vicePrincipal(tx, p, id, true);
        if (!(await deleteOverride(tx, id, date))) throw notFound('override');
        await audit(tx, { actor: actorOf(p), action: 'delete_override', entity: 'availability', entityId: id, detail: { date } });
      });
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/booking-rules', tags, summary: 'Booking rules: built-in defaults, and the city and district rows with their effective values', responses: { 200: jsonContent(BookingRuleList, 'rules'), ...errs } }),
    async (c) => {
      if (!canReadRegistry(c.get('principal'))) throw new ApiError('forbidden', 'this token cannot read booking rules');
      const rows = await listRuleRows(c.get('deps').database.db);
      const city = rows.find((r) => r.scope === 'city')?.rules;
      const items = rows.map((r) => ({
        scope: r.scope,
        rules: ruleFieldsOut(r.rules),
        effective: rulesOut(r.scope === 'city' ? resolveRules(r.rules) : resolveRules(city, r.rules)),
        updatedBy: r.updatedBy,
        updatedAt: iso(r.updatedAt),
      }));
      return c.json({ defaults: rulesOut(DEFAULT_BOOKING_RULES), items }, 200);
    },
  );

  app.openapi(
    createRoute({ method: 'put', path: '/booking-rules/{scope}', tags, summary: 'Set the rules of the city or of one district (absent fields inherit)', request: { params: RuleScopeParam, body: jsonBody(BookingRuleFields) }, responses: { 200: jsonContent(BookingRuleRow, 'rules'), ...errs } }),
    async (c) => {
      const p = c.get('principal');
      const { scope } = c.req.valid('param');
      const fields = c.req.valid('json');
      const db = c.get('deps').database.db;
      requireDistrictWrite(p, scope === 'city' ? null : scope);
      if (scope !== 'city' && !(await findDistrict(db, scope))) throw fieldError('scope', `district ${scope} does not exist`, 'path');
      const { defaultWeekly, ...rest } = fields;
      const stored: BookingRuleFieldsRow = defaultWeekly ? { ...rest, defaultWeekly: defaultWeekly.map((w) => ({ ...w, weekday: weekdayNumber(w.weekday) })) } : rest;
      const row = await db.transaction(async (tx) => {
        const r = await upsertRuleRow(tx, scope, stored, actorOf(p), c.get('deps').now());
        await audit(tx, { actor: actorOf(p), action: 'update', entity: 'booking_rules', entityId: scope, detail: fields });
        return r;
      });
      const city = scope === 'city' ? undefined : (await listRuleRows(db)).find((r) => r.scope === 'city')?.rules;
      return c.json({ scope, rules: ruleFieldsOut(row.rules), effective: rulesOut(resolveRules(city, row.rules)), updatedBy: row.updatedBy, updatedAt: iso(row.updatedAt) }, 200);
    },
  );

  app.openapi(
    createRoute({ method: 'delete', path: '/booking-rules/{scope}', tags, summary: 'Remove the city’s or a district’s rules (the level above applies)', request: { params: RuleScopeParam }, responses: { 204: { description: 'removed' }, ...errs } }),
    async (c) => {
      const p = c.get('principal');
      const { scope } = c.req.valid('param');
      requireDistrictWrite(p, scope === 'city' ? null : scope);
      await c.get('deps').database.db.transaction(async (tx) => {
        if (!(await deleteRuleRow(tx, scope))) throw notFound('booking rules');
        await audit(tx, { actor: actorOf(p), action: 'delete', entity: 'booking_rules', entityId: scope });
      });
      return c.body(null, 204);
    },
  );

  return app;
}
