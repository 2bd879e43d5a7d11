// /api/v1/rosters/{id}/versions, …/versions/{version}, …/diff and …/explain: what was published,
// what changed between two versions (or a version and the draft), and why the score is what it is.
import { createRoute, z } from '@hono/zod-openapi';
import { inArray } from 'drizzle-orm';
import { draftRefs, listVersions, versionRefs } from '../../db/repositories/roster-versions.js';
import { people } from '../../db/schema/index.js';
import { IdParam, jsonContent, problemResponses } from '../../schemas/common.js';
import { DiffQuery, VersionParam } from '../../schemas/rosters.js';
import { notFound } from '../errors.js';
import { diffAssignments } from '../roster/diff.js';
import type { RosterReport } from '../roster/report.js';
import { readableRoster } from './rosters.js';
import { createRouter } from './router.js';
import { iso } from './serialize.js';

const tags = ['rosters'];
const errs = problemResponses(400, 401, 403, 404, 422);

export function rosterVersionRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({ method: 'get', path: '/rosters/{id}/versions', tags, summary: 'Published versions', request: { params: IdParam }, responses: { 200: jsonContent(z.object({ items: z.array(z.record(z.string(), z.unknown())) }), 'versions'), ...errs } }),
    async (c) => {
      const db = c.get('deps').database.db;
      const r = await readableRoster(db, c.get('principal'), c.req.valid('param').id);
      const rows = await listVersions(db, r.id);
      return c.json({ items: rows.map((v) => ({ ...v, publishedAt: iso(v.publishedAt) })) }, 200);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/rosters/{id}/versions/{version}', tags, summary: "A published version's assignments", request: { params: VersionParam }, responses: { 200: jsonContent(z.object({ version: z.number().int(), items: z.array(z.record(z.string(), z.unknown())) }), 'version'), ...errs } }),
    async (c) => {
      const db = c.get('deps').database.db;
      const { id, version } = c.req.valid('param');
      const r = await readableRoster(db, c.get('principal'), id);
      if (!r.publishedVersion || version > r.publishedVersion) throw notFound('version');
      return c.json({ version, items: await versionRefs(db, r.id, version) }, 200);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/rosters/{id}/diff', tags, summary: 'Who gained, lost or moved duties between two versions (to = draft by default)', request: { params: IdParam, query: DiffQuery }, responses: { 200: jsonContent(z.record(z.string(), z.unknown()), 'diff'), ...errs } }),
    async (c) => {
      const db = c.get('deps').database.db;
      const { from, to } = c.req.valid('query');
      const r = await readableRoster(db, c.get('principal'), c.req.valid('param').id);
      const published = r.publishedVersion ?? 0;
      if (from > published || (to !== undefined && to > published)) throw notFound('version');
      const before = from === 0 ? [] : await versionRefs(db, r.id, from);
      const after = to === undefined ? await draftRefs(db, r.id) : await versionRefs(db, r.id, to);
      const diff = diffAssignments(before, after);
      const ids = diff.people.map((p) => p.personId);
      const names = ids.length ? await db.select({ id: people.id, name: people.name }).from(people).where(inArray(people.id, ids)) : [];
      const nameOf = new Map(names.map((n) => [n.id, n.name]));
      return c.json({ from, to: to ?? 'draft', ...diff, people: diff.people.map((p) => ({ ...p, name: nameOf.get(p.personId) ?? '' })) }, 200);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/rosters/{id}/explain', tags, summary: 'Score by constraint and every violation as a sentence', request: { params: IdParam }, responses: { 200: jsonContent(z.record(z.string(), z.unknown()), 'explanation'), ...errs } }),
    async (c) => {
      const r = await readableRoster(c.get('deps').database.db, c.get('principal'), c.req.valid('param').id);
      const report = r.report as RosterReport | null;
      return c.json({ draftVersion: r.draftVersion, reportVersion: r.reportVersion, score: report?.score ?? null, byConstraint: report?.byConstraint ?? [], violations: report?.violations ?? [] }, 200);
    },
  );

  return app;
}
