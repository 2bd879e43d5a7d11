// /api/v1/rosters/{id}/unfilled, …/shifts and …/shifts/{shiftId}/candidates: the seats nobody
// holds (and why each candidate was ruled out), the shift list for grids, and who could take a
// seat now, ranked by the score change — for the 7 a.m. sick call.
import { createRoute, z } from '@hono/zod-openapi';
import { and, eq, inArray, type SQL } from 'drizzle-orm';
import { draftAssignments, shiftsByIds } from '../../db/repositories/rosters.js';
import { dutyTemplates, people, shifts, sites } from '../../db/schema/index.js';
import { jsonContent, IdParam, LocalDate, problemResponses } from '../../schemas/common.js';
import { ShiftIdParam } from '../../schemas/rosters.js';
import { ApiError, notFound } from '../errors.js';
import { buildRosterProblem } from '../roster/build-problem.js';
import type { RosterReport } from '../roster/report.js';
import { rankCandidates } from '../solver/index.js';
import { readableRoster } from './rosters.js';
import { createRouter } from './router.js';
import { iso } from './serialize.js';

const tags = ['rosters'];
const errs = problemResponses(400, 401, 403, 404, 422);
const CandidateQuery = z.object({
  seatGroup: z.coerce.number().int().min(0).default(0),
  replace: z.coerce.number().int().positive().optional().openapi({ description: 'the person leaving the seat (sick call)' }),
  limit: z.coerce.number().int().min(1).max(200).default(20),
});
const ShiftQuery = z.object({ day: LocalDate.optional(), site: z.coerce.number().int().positive().optional() });

export function rosterSeatRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({ method: 'get', path: '/rosters/{id}/unfilled', tags, summary: 'Unfilled seats, each with the candidates and the rule that ruled each out', request: { params: IdParam }, responses: { 200: jsonContent(z.object({ items: z.array(z.record(z.string(), z.unknown())), totals: z.record(z.string(), z.number()) }), 'unfilled seats'), ...errs } }),
    async (c) => {
      const db = c.get('deps').database.db;
      const r = await readableRoster(db, c.get('principal'), c.req.valid('param').id);
      const unfilled = (r.report as RosterReport | null)?.unfilled ?? [];
      const shiftIds = [...new Set(unfilled.flatMap((u) => u.shifts.map(Number)))];
      const personIds = [...new Set(unfilled.flatMap((u) => [...u.available, ...u.reasons.flatMap((x) => x.people)].map(Number)))];
      const [shiftRows, names] = await Promise.all([
        shiftsByIds(db, shiftIds),
        personIds.length ? db.select({ id: people.id, name: people.name }).from(people).where(inArray(people.id, personIds)) : [],
      ]);
      const shiftById = new Map(shiftRows.map((s) => [s.id, s]));
      const nameOf = new Map(names.map((n) => [String(n.id), n.name]));
      const siteIds = [...new Set(shiftRows.map((s) => s.siteId))];
      const siteRows = siteIds.length ? await db.select({ id: sites.id, name: sites.name }).from(sites).where(inArray(sites.id, siteIds)) : [];
      const siteName = new Map(siteRows.map((s) => [s.id, s.name]));
      const totals: Record<string, number> = {};
      const items = unfilled.map((u) => {
        const first = shiftById.get(Number(u.shifts[0]));
        for (const reason of u.reasons) totals[reason.constraint] = (totals[reason.constraint] ?? 0) + reason.count * u.missing;
        return {
          shiftIds: u.shifts.map(Number),
          seatGroup: u.seat,
          siteId: first?.siteId ?? null,
          siteName: first ? (siteName.get(first.siteId) ?? '') : u.name,
          dates: [...new Set(u.shifts.map((s) => shiftById.get(Number(s))?.localDate).filter(Boolean))],
          startsAt: first ? iso(first.startsAt) : null,
          missing: u.missing,
          available: u.available.slice(0, 20).map((p) => ({ personId: Number(p), name: nameOf.get(p) ?? p })),
          availableCount: u.available.length,
          reasons: u.reasons.map((x) => ({ constraint: x.constraint, reason: x.reason, count: x.count, examples: x.people.slice(0, 5).map((p) => nameOf.get(p) ?? p) })),
          summary: u.summary,
        };
      });
      return c.json({ items, totals }, 200);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/rosters/{id}/shifts', tags, summary: 'Shifts with their seats and who holds them (filter by day, site)', request: { params: IdParam, query: ShiftQuery }, responses: { 200: jsonContent(z.object({ items: z.array(z.record(z.string(), z.unknown())) }), 'shifts'), ...errs } }),
    async (c) => {
      const db = c.get('deps').database.db;
      const q = c.req.valid('query');
      const r = await readableRoster(db, c.get('principal'), c.req.valid('param').id);
      const conds: SQL[] = [eq(shifts.rosterId, r.id)];
      if (q.day) conds.push(eq(shifts.localDate, q.day));
      if (q.site) conds.push(eq(shifts.siteId, q.site));
      if (!q.day && !q.site) throw new ApiError('validation_failed', 'give day or site', [{ pointer: '/day', detail: 'day or site is required', in: 'query' }]);
      const rows = await db.select({ shift: shifts, siteName: sites.name, dutyName: dutyTemplates.name }).from(shifts).innerJoin(sites, eq(sites.id, shifts.siteId))
        .leftJoin(dutyTemplates, eq(dutyTemplates.id, shifts.templateId)).where(and(...conds)).orderBy(shifts.startsAt, shifts.id);
      const held = await draftAssignments(db, r.id);
      const ids = new Set(rows.map((x) => x.shift.id));
      const byShift = new Map<number, typeof held>();
      for (const a of held) if (ids.has(a.shiftId)) byShift.set(a.shiftId, [...(byShift.get(a.shiftId) ?? []), a]);
      return c.json({
        items: rows.map(({ shift: s, siteName: name, dutyName }) => ({
          id: s.id, siteId: s.siteId, siteName: name, dutyName, startsAt: iso(s.startsAt), endsAt: iso(s.endsAt), localDate: s.localDate, tags: s.tags, seats: s.seats, groupKey: s.groupKey,
          assignments: (byShift.get(s.id) ?? []).map((a) => ({ seatGroup: a.seatGroup, seatIndex: a.seatIndex, personId: a.personId, pinned: a.pinned })),
        })),
      }, 200);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/rosters/{id}/shifts/{shiftId}/candidates', tags, summary: 'Who could take this seat, ranked by score change, with reasons', request: { params: ShiftIdParam, query: CandidateQuery }, responses: { 200: jsonContent(z.object({ items: z.array(z.record(z.string(), z.unknown())) }), 'candidates'), ...errs } }),
    async (c) => {
      const deps = c.get('deps');
      const db = deps.database.db;
      const { id, shiftId } = c.req.valid('param');
      const q = c.req.valid('query');
      const r = await readableRoster(db, c.get('principal'), id);
      const [shift] = await shiftsByIds(db, [shiftId]);
      if (!shift || shift.rosterId !== r.id) throw notFound('shift');
      if (!shift.seats[q.seatGroup]) throw new ApiError('validation_failed', `shift ${shiftId} has no seat group ${q.seatGroup}`, [{ pointer: '/seatGroup', detail: 'no such seat', in: 'query' }]);
      const built = await buildRosterProblem(db, r, deps.calendar);
      const drafts = await draftAssignments(db, r.id);
      const ranked = rankCandidates(
        { ...built.problem, pins: built.bookingAssignments },
        [...drafts.map((a) => ({ person: String(a.personId), shift: String(a.shiftId), ...(a.seatGroup ? { seat: a.seatGroup } : {}) })), ...built.bookingAssignments],
        String(shiftId),
        q.seatGroup,
        { ...(q.replace ? { replace: String(q.replace) } : {}), limit: q.limit },
      );
      return c.json({ items: ranked.map((x) => ({ ...x, personId: Number(x.person) })) }, 200);
    },
  );

  return app;
}
