// /api/v1/rosters/{id}/…: manual edits (If-Match), re-solve, publish and repair.
import { createRoute, z } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { audit } from '../../db/repositories/audit.js';
import { lockRoster } from '../../db/repositories/rosters.js';
import { rosters } from '../../db/schema/index.js';
import { IdParam, jsonBody, jsonContent, problemResponses } from '../../schemas/common.js';
import { EditRequest, EditResult, PublishRequest, ResolveRequest, Roster, ScoreSchema } from '../../schemas/rosters.js';
import { actorOf } from '../auth/principal.js';
import { requirePlanScope } from '../auth/scope.js';
import { ApiError, notFound } from '../errors.js';
import { editRoster } from '../roster/edit.js';
import { publishRoster } from '../roster/publish.js';
import { repairRoster } from '../roster/repair.js';
import { createRouter } from './router.js';
import { rosterOut } from './rosters.js';

const tags = ['rosters'];
const errs = problemResponses(400, 401, 403, 404, 409, 412, 422, 428, 503);
const IfMatch = z.object({ 'if-match': z.string().optional().openapi({ param: { name: 'if-match', in: 'header' }, description: 'the roster ETag (draft version)' }) });

export function rosterEditRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({ method: 'post', path: '/rosters/{id}/edits', tags, summary: 'Assign, unassign, swap or pin (checked by the constraints; If-Match required)', request: { params: IdParam, headers: IfMatch, body: jsonBody(EditRequest) }, responses: { 200: jsonContent(EditResult, 'applied'), ...errs } }),
    async (c) => {
      const deps = c.get('deps');
      const out = await editRoster(deps.database.db, deps.calendar, c.get('principal'), c.req.valid('param').id, c.req.header('if-match'), c.req.valid('json'));
      c.header('ETag', `"${out.draftVersion}"`);
      return c.json(out, 200);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: '/rosters/{id}/resolve', tags, summary: 'Re-solve: keep pins, change as little as possible of the rest (202)', request: { params: IdParam, headers: IfMatch, body: { required: false, content: { 'application/json': { schema: ResolveRequest } } } }, responses: { 202: jsonContent(Roster, 'queued'), ...errs } }),
    async (c) => {
      const p = c.get('principal');
      const deps = c.get('deps');
      if (!deps.queue) throw new ApiError('unavailable', 'the solve queue is starting; try again in a few seconds');
      const body = (c.req.valid('json') ?? {}) as { seconds?: number; seed?: number };
      const id = c.req.valid('param').id;
      const db = deps.database.db;
      // The roster is marked queued under its lock, and the job is sent after the commit: pg-boss
      // writes through its own connection, which on the embedded PGlite is the same single one, so
      // sending inside the transaction waited on itself and hung every request after it. The old
      // job id is cleared, or the worker would take the new job for a superseded one, and so is the
      // last solve's progress, which the roster page would show as this one's.
      const { before, seconds } = await db.transaction(async (tx) => {
        const r = await lockRoster(tx, id);
        if (!r) throw notFound('roster');
        requirePlanScope(p, r.scope);
        const ifMatch = c.req.header('if-match');
        if (ifMatch !== undefined && Number(ifMatch.replace(/"/g, '')) !== r.draftVersion) throw new ApiError('precondition_failed', `the roster is now version "${r.draftVersion}"`);
        if (r.status === 'queued' || r.status === 'solving') throw new ApiError('conflict', 'a solve is already running');
        const seconds = body.seconds ?? r.seconds;
        await tx.update(rosters).set({ status: 'queued', jobId: null, progress: null, seconds, seed: body.seed ?? r.seed, stopRequested: false, updatedAt: new Date() }).where(eq(rosters.id, id));
        return { before: r, seconds };
      });
      let jobId: string;
      try {
        jobId = await deps.queue.enqueue({ rosterId: id, mode: 'resolve' }, seconds);
      } catch (err) {
        await db.update(rosters).set({ status: before.status, jobId: before.jobId, progress: before.progress, updatedAt: new Date() }).where(eq(rosters.id, id));
        throw err;
      }
      const row = await db.transaction(async (tx) => {
        const [next] = await tx.update(rosters).set({ jobId }).where(eq(rosters.id, id)).returning();
        await audit(tx, { actor: actorOf(p), action: 'resolve', entity: 'roster', entityId: id, detail: { seconds, job: jobId } });
        return next!;
      });
      return c.json(rosterOut(row), 202);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: '/rosters/{id}/publish', tags, summary: 'Freeze the draft as a new immutable version', request: { params: IdParam, headers: IfMatch, body: { required: false, content: { 'application/json': { schema: PublishRequest } } } }, responses: { 201: jsonContent(z.object({ version: z.number().int(), assignments: z.number().int() }), 'published'), ...errs } }),
    async (c) => {
      const deps = c.get('deps');
      const body = (c.req.valid('json') ?? {}) as { note?: string };
      const out = await publishRoster(deps.database.db, c.get('principal'), c.req.valid('param').id, {
        ...(c.req.header('if-match') !== undefined ? { ifMatch: c.req.header('if-match')! } : {}),
        note: body.note ?? '',
        now: deps.now(),
        hooks: deps.publishHooks ?? [],
      });
      return c.json(out, 201);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: '/rosters/{id}/repair', tags, summary: 'Re-plan only the published seats that now break a hard rule (new draft + diff)', request: { params: IdParam, body: { required: false, content: { 'application/json': { schema: ResolveRequest } } } }, responses: { 200: jsonContent(z.object({ draftVersion: z.number().int(), freed: z.number().int(), refilled: z.number().int(), score: ScoreSchema, diff: z.record(z.string(), z.unknown()) }), 'repaired draft'), ...errs } }),
    async (c) => {
      const deps = c.get('deps');
      const body = (c.req.valid('json') ?? {}) as { seconds?: number };
      const out = await repairRoster(deps.database.db, deps.calendar, c.get('principal'), c.req.valid('param').id, { seconds: body.seconds ?? 5 });
      c.header('ETag', `"${out.draftVersion}"`);
      return c.json({ ...out, diff: out.diff as unknown as Record<string, unknown> }, 200);
    },
  );

  return app;
}
