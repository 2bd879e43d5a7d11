// /api/v1/bookings: schools book law-education sessions with their legal vice-principal.
// A school books for itself (Idempotency-Key makes retries safe); vice-principals and
// coordinators confirm; schools and coordinators reschedule and cancel with a reason.
// Reads follow scope: a school its own, a vice-principal their own, coordinators their district.
import { createRoute } from '@hono/zod-openapi';
import { listBookings } from '../../db/repositories/bookings.js';
import {
  Booking,
  BookingInput,
  BookingQuery,
  CancelInput,
  ConfirmInput,
  IdempotencyHeader,
  ProposalReport,
  ProposeInput,
  RescheduleInput,
  YearlyQuery,
  YearlyReport,
} from '../../schemas/bookings.js';
import { IdParam, jsonBody, jsonContent, listOf, problemResponses } from '../../schemas/common.js';
import { bookingInScope, changeStatus, createBooking, rescheduleBooking, type BookingEnv } from '../bookings/commands.js';
import { solverProposalEngine } from '../bookings/solver-engine.js';
import { greedyProposalEngine, type ProposalEngine } from '../bookings/propose.js';
import { proposeSessions } from '../bookings/proposals.js';
import { yearlyReport } from '../bookings/yearly-report.js';
import type { WorkingDayCalendar } from '../domain/working-days.js';
import { ApiError } from '../errors.js';
import { createRouter, type AppEnv } from './router.js';
import { bookingOut } from './booking-out.js';
import type { Context } from 'hono';

const tags = ['bookings'];
const errs = problemResponses(400, 401, 403, 404, 409, 422);

export const bookingEnv = (c: Context<AppEnv>, calendar?: WorkingDayCalendar): BookingEnv => ({
  db: c.get('deps').database.db,
  now: c.get('deps').now(),
  calendar: calendar ?? c.get('deps').calendar,
});

export interface BookingRouteOptions {
  calendar?: WorkingDayCalendar;
  /** Replaces both built-in proposal engines (tests). */
  engine?: ProposalEngine;
}

export function bookingRoutes(options: BookingRouteOptions = {}) {
  const calendar = options.calendar;
  const engines: Record<'solver' | 'greedy', ProposalEngine> = { solver: options.engine ?? solverProposalEngine, greedy: options.engine ?? greedyProposalEngine };
  const app = createRouter();

  app.openapi(
    createRoute({ method: 'get', path: '/bookings', tags, summary: 'List bookings in scope (a school its own, a vice-principal their own, a coordinator its district)', request: { query: BookingQuery }, responses: { 200: jsonContent(listOf(Booking, 'BookingList'), 'bookings'), ...errs } }),
    async (c) => {
      const p = c.get('principal');
      const q = c.req.valid('query');
      const scoped = { ...q, from: q.from ? new Date(q.from) : undefined, to: q.to ? new Date(q.to) : undefined };
      if (p.role === 'school') {
        if (q.school !== undefined && q.school !== p.siteId) throw new ApiError('forbidden', 'a school token sees only its own bookings');
        scoped.school = p.siteId ?? -1;
      } else if (p.role === 'person') {
        if (q.person !== undefined && q.person !== p.personId) throw new ApiError('forbidden', 'a person token sees only its own bookings');
        scoped.person = p.personId ?? -1;
      } else if (p.role === 'coordinator' && p.districtCode !== null) {
        if (q.district !== undefined && q.district !== p.districtCode) throw new ApiError('forbidden', `this token coordinates district ${p.districtCode}`);
        scoped.district = p.districtCode;
      } else if (p.role !== 'admin' && p.role !== 'coordinator') {
        throw new ApiError('forbidden', `role ${p.role} may not read bookings`);
      }
      const page = await listBookings(c.get('deps').database.db, scoped);
      return c.json({ ...page, items: page.items.map(bookingOut) }, 200);
    },
  );

  // Registered before /bookings/{id}, which would otherwise take 'yearly-minimum' for an id.
  app.openapi(
    createRoute({ method: 'get', path: '/bookings/yearly-minimum', tags, summary: 'Schools and their class hours this school year; which are behind the 4-class-hour minimum', request: { query: YearlyQuery }, responses: { 200: jsonContent(YearlyReport, 'report'), ...errs } }),
    async (c) => c.json(await yearlyReport(bookingEnv(c, calendar), c.get('principal'), c.req.valid('query')), 200),
  );

  app.openapi(
    createRoute({ method: 'post', path: '/bookings/propose', tags, summary: 'Propose sessions for schools behind their yearly minimum (pending, for a coordinator to confirm)', request: { body: jsonBody(ProposeInput) }, responses: { 200: jsonContent(ProposalReport, 'proposals'), ...errs } }),
    async (c) => {
      const input = c.req.valid('json');
      const r = await proposeSessions(bookingEnv(c, calendar), c.get('principal'), input, engines[input.engine]);
      const proposals = r.proposals.map(({ siteId, personId, start, end, bookingId }) => ({
        ...(bookingId === undefined ? {} : { bookingId }),
        schoolId: siteId,
        personId,
        startsAt: new Date(start).toISOString(),
        endsAt: new Date(end).toISOString(),
      }));
      return c.json({ ...r, proposals }, 200);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/bookings/{id}', tags, summary: 'One booking, with its history', request: { params: IdParam }, responses: { 200: jsonContent(Booking, 'booking'), ...errs } }),
    async (c) => {
      const row = await bookingInScope(c.get('deps').database.db, c.get('principal'), c.req.valid('param').id, 'read');
      return c.json(bookingOut(row), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/bookings',
      tags,
      summary: 'Book a session (school role, own school; pending when the vice-principal confirms bookings)',
      request: { headers: IdempotencyHeader, body: jsonBody(BookingInput) },
      responses: { 201: jsonContent(Booking, 'booked (or the booking an earlier request with the same Idempotency-Key made)'), ...errs },
    }),
    async (c) => {
      const input = c.req.valid('json');
      const key = c.req.valid('header')['idempotency-key'];
      const { booking, replayed } = await createBooking(bookingEnv(c, calendar), c.get('principal'), {
        ...input,
        startsAt: new Date(input.startsAt),
        ...(key ? { idempotencyKey: key } : {}),
      });
      if (replayed) c.header('Idempotent-Replayed', 'true');
      c.header('Location', `/api/v1/bookings/${booking.id}`);
      return c.json(bookingOut(booking), 201);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: '/bookings/{id}/reschedule', tags, summary: 'Move a session (with a reason); raises sequence', request: { params: IdParam, body: jsonBody(RescheduleInput) }, responses: { 200: jsonContent(Booking, 'rescheduled'), ...errs } }),
    async (c) => {
      const input = c.req.valid('json');
      const row = await rescheduleBooking(bookingEnv(c, calendar), c.get('principal'), c.req.valid('param').id, { ...input, startsAt: new Date(input.startsAt) });
      return c.json(bookingOut(row), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: '/bookings/{id}/cancel', tags, summary: 'Cancel a session (with a reason); raises sequence', request: { params: IdParam, body: jsonBody(CancelInput) }, responses: { 200: jsonContent(Booking, 'cancelled'), ...errs } }),
    async (c) => {
      const row = await changeStatus(bookingEnv(c, calendar), c.get('principal'), c.req.valid('param').id, 'cancel', c.req.valid('json').reason);
      return c.json(bookingOut(row), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: '/bookings/{id}/confirm', tags, summary: 'Confirm a pending session (the vice-principal, or a coordinator for proposals); raises sequence', request: { params: IdParam, body: jsonBody(ConfirmInput) }, responses: { 200: jsonContent(Booking, 'confirmed'), ...errs } }),
    async (c) => {
      const row = await changeStatus(bookingEnv(c, calendar), c.get('principal'), c.req.valid('param').id, 'confirm', c.req.valid('json').note);
      return c.json(bookingOut(row), 200);
    },
  );

  return app;
}
