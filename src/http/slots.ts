// GET /api/v1/schools/{id}/slots: bookable session slots with the school's legal
// vice-principal(s) between two local dates, and why each closed day is closed.
import { createRoute } from '@hono/zod-openapi';
import { SlotList, SlotQuery } from '../../schemas/bookings.js';
import { IdParam, jsonContent, problemResponses } from '../../schemas/common.js';
import { findSlots, todayOf } from '../bookings/availability.js';
import { loadSetups } from '../bookings/context.js';
import { localParts } from '../bookings/windows.js';
import { addDays, type WorkingDayCalendar } from '../domain/working-days.js';
import { ApiError, fieldError, notFound } from '../errors.js';
import { findSite } from '../../db/repositories/registry.js';
import { findBooking } from '../../db/repositories/bookings.js';
import { createRouter } from './router.js';

const tags = ['bookings'];
const errs = problemResponses(400, 401, 403, 404, 422);
/** Longest range one request may ask for, days. */
const MAX_RANGE_DAYS = 92;

export function slotRoutes(options: { calendar?: WorkingDayCalendar } = {}) {
  const app = createRouter();

  app.openapi(
    createRoute({ method: 'get', path: '/schools/{id}/slots', tags, summary: 'Bookable slots with the school’s legal vice-principal(s)', request: { params: IdParam, query: SlotQuery }, responses: { 200: jsonContent(SlotList, 'slots'), ...errs } }),
    async (c) => {
      const p = c.get('principal');
      const { id } = c.req.valid('param');
      const q = c.req.valid('query');
      const db = c.get('deps').database.db;
      const now = c.get('deps').now();
      const calendar = options.calendar ?? c.get('deps').calendar;
      const site = await findSite(db, id);
      if (!site || site.type !== 'school') throw notFound('school');
      const from = q.from ?? todayOf(now);
      const to = q.to ?? addDays(from, 13);
      if (to < from) throw fieldError('to', 'must not be before from', 'query');
      if (to > addDays(from, MAX_RANGE_DAYS - 1)) throw fieldError('to', `at most ${MAX_RANGE_DAYS} days per request`, 'query');
      // Rescheduling: the booking's own time is free for its new slot. Only a live booking of this
      // school may be left out; a wrong one is refused after the permission check (nothing leaks).
      const moving = q.except !== undefined ? await findBooking(db, q.except) : undefined;
      const except = moving && moving.schoolSiteId === id && moving.status !== 'cancelled' ? moving.id : undefined;
      const setup = (await loadSetups(db, [id], { from, to }, calendar, except !== undefined ? { exceptBookingId: except } : {})).get(id)!;
      const own = p.role === 'school' && p.siteId === id;
      const appointee = p.role === 'person' && setup.persons.some((x) => x.personId === p.personId);
      if (!own && !appointee && p.role !== 'admin' && p.role !== 'coordinator') throw new ApiError('forbidden', 'this token cannot see this school’s slots');
      if (q.except !== undefined && except === undefined) throw fieldError('except', 'not a live booking of this school', 'query');
      if (!setup.rules.sessionMinutes.includes(q.minutes)) throw fieldError('minutes', `sessions of ${setup.rules.sessionMinutes.join(' or ')} minutes only`, 'query');
      const { slots, closedDays } = findSlots({ calendar, rules: setup.rules, now }, setup.school, setup.persons, { from, to, minutes: q.minutes });
      const names = new Map(setup.persons.map((x) => [x.personId, x.name]));
      return c.json(
        {
          schoolId: id,
          from,
          to,
          minutes: q.minutes,
          slots: slots.map((s) => {
            const local = localParts(s.start);
            return { personId: s.personId, personName: names.get(s.personId) ?? '', startsAt: new Date(s.start).toISOString(), endsAt: new Date(s.end).toISOString(), localDate: local.date, localStart: local.time };
          }),
          closedDays,
        },
        200,
      );
    },
  );

  return app;
}
