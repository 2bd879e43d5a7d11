// /api/v1/rosters: generate a month's roster and solve it as a job, follow its progress (also as
// server-sent events), stop it early, and read its assignments and explanation.
import { createRoute, z } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { streamSSE } from 'hono/streaming';
import { findDistrict } from '../../db/repositories/registry.js';
import { assignmentView, listRosters, seatCounts } from '../../db/repositories/roster-views.js';
import { findRoster, type RosterRow } from '../../db/repositories/rosters.js';
import { rosters } from '../../db/schema/index.js';
import { IdParam, jsonBody, jsonContent, problemResponses } from '../../schemas/common.js';
import { AssignmentOut, AssignmentQuery, CreateRoster, Roster, RosterQuery } from '../../schemas/rosters.js';
import { actorOf } from '../auth/principal.js';
import { canReadRosters, requirePlanScope } from '../auth/scope.js';
import { ApiError, fieldError, notFound } from '../errors.js';
import { createRoster } from '../roster/generate.js';
import type { Queryable } from '../../db/client.js';
import type { Principal } from '../auth/principal.js';
import { createRouter } from './router.js';
import { iso } from './serialize.js';

const tags = ['rosters'];
const errs = problemResponses(400, 401, 403, 404, 409, 412, 422, 428, 503);
const TERMINAL = new Set(['solved', 'stopped', 'failed']);

export const rosterOut = (r: RosterRow, counts?: Awaited<ReturnType<typeof seatCounts>>) => ({
  id: r.id,
  period: r.period,
  scope: r.scope,
  status: r.status as 'queued',
  draftVersion: r.draftVersion,
  publishedVersion: r.publishedVersion,
  score: (r.score as { hard: number; medium: number; soft: number } | null) ?? null,
  progress: (r.progress as Record<string, unknown> | null) ?? null,
  error: r.error,
  seconds: r.seconds,
  seed: r.seed,
  ...(counts ? { counts } : {}),
  createdBy: r.createdBy,
  createdAt: iso(r.createdAt),
  updatedAt: iso(r.updatedAt),
});

/** The roster, if the caller may read it (404 first, so ids of other scopes do not leak). */
export async function readableRoster(db: Queryable, p: Principal, id: number): Promise<RosterRow> {
  const r = await findRoster(db, id);
  if (!r) throw notFound('roster');
  if (!canReadRosters(p)) throw new ApiError('forbidden', 'this token cannot read rosters');
  return r;
}

export function rosterRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({ method: 'post', path: '/rosters', tags, summary: 'Generate a month roster and queue its solve (202)', request: { body: jsonBody(CreateRoster) }, responses: { 202: jsonContent(Roster, 'queued'), ...errs } }),
    async (c) => {
      const p = c.get('principal');
      const deps = c.get('deps');
      const input = c.req.valid('json');
      requirePlanScope(p, input.scope);
      if (input.scope !== 'city' && !(await findDistrict(deps.database.db, input.scope))) throw fieldError('scope', `district ${input.scope} does not exist`);
      if (!deps.queue) throw new ApiError('unavailable', 'the solve queue is starting; try again in a few seconds');
      const { roster } = await createRoster(deps.database.db, deps.calendar, { ...input, actor: actorOf(p) });
      const jobId = await deps.queue.enqueue({ rosterId: roster.id, mode: 'solve' }, roster.seconds);
      const [row] = await deps.database.db.update(rosters).set({ jobId }).where(eq(rosters.id, roster.id)).returning();
      c.header('Location', `/api/v1/rosters/${roster.id}`);
      return c.json(rosterOut(row!), 202);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/rosters', tags, summary: 'List rosters (by period, scope)', request: { query: RosterQuery }, responses: { 200: jsonContent(z.object({ items: z.array(Roster) }), 'rosters'), ...errs } }),
    async (c) => {
      if (!canReadRosters(c.get('principal'))) throw new ApiError('forbidden', 'this token cannot read rosters');
      const rows = await listRosters(c.get('deps').database.db, c.req.valid('query'));
      return c.json({ items: rows.map((r) => rosterOut(r)) }, 200);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/rosters/{id}', tags, summary: 'Status, score by level, progress and seat counts (ETag = draft version)', request: { params: IdParam }, responses: { 200: jsonContent(Roster, 'roster'), ...errs } }),
    async (c) => {
      const db = c.get('deps').database.db;
      const r = await readableRoster(db, c.get('principal'), c.req.valid('param').id);
      c.header('ETag', `"${r.draftVersion}"`);
      return c.json(rosterOut(r, await seatCounts(db, r)), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/rosters/{id}/events', tags, summary: 'Progress as server-sent events until the solve ends', request: { params: IdParam }, responses: { 200: { description: 'text/event-stream of `progress` events, then `done`' }, ...errs } }),
    async (c) => {
      const db = c.get('deps').database.db;
      const first = await readableRoster(db, c.get('principal'), c.req.valid('param').id);
      return streamSSE(c, async (stream) => {
        let lastSent = '';
        let closed = false;
        stream.onAbort(() => {
          closed = true;
        });
        for (let r: RosterRow | undefined = first; r && !closed; r = await findRoster(db, first.id)) {
          const payload = JSON.stringify({ id: r.id, status: r.status, score: r.score, progress: r.progress, draftVersion: r.draftVersion, error: r.error });
          if (payload !== lastSent) {
            await stream.writeSSE({ event: TERMINAL.has(r.status) ? 'done' : 'progress', data: payload });
            lastSent = payload;
          }
          if (TERMINAL.has(r.status)) break;
          await stream.sleep(500);
        }
      });
    },
  );

  app.openapi(
    createRoute({ method: 'delete', path: '/rosters/{id}/solve', tags, summary: 'Stop the solve early; the best roster so far is kept', request: { params: IdParam }, responses: { 202: jsonContent(Roster, 'stop requested'), ...errs } }),
    async (c) => {
      const p = c.get('principal');
      const db = c.get('deps').database.db;
      const r = await readableRoster(db, p, c.req.valid('param').id);
      requirePlanScope(p, r.scope);
      if (TERMINAL.has(r.status)) throw new ApiError('conflict', `the roster is ${r.status}; nothing to stop`);
      const [row] = await db.update(rosters).set({ stopRequested: true, updatedAt: new Date() }).where(eq(rosters.id, r.id)).returning();
      return c.json(rosterOut(row!), 202);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/rosters/{id}/assignments', tags, summary: 'Draft assignments (filter by person, site, day)', request: { params: IdParam, query: AssignmentQuery }, responses: { 200: jsonContent(z.object({ items: z.array(AssignmentOut) }), 'assignments'), ...errs } }),
    async (c) => {
      const p = c.get('principal');
      const db = c.get('deps').database.db;
      const q = c.req.valid('query');
      const r = await findRoster(db, c.req.valid('param').id);
      if (!r) throw notFound('roster');
      if (!canReadRosters(p)) {
        // A person reads their own duties only.
        if (p.role !== 'person' || (q.person !== undefined && q.person !== p.personId)) throw new ApiError('forbidden', 'a person token reads only its own duties');
        q.person = p.personId ?? -1;
      }
      const rows = await assignmentView(db, r.id, q);
      return c.json({ items: rows.map((a) => ({ ...a, startsAt: iso(a.startsAt), endsAt: iso(a.endsAt) })) }, 200);
    },
  );

  return app;
}
