// /api/v1/people/{id}/feed and /api/v1/sites/{id}/feed: issue (rotate), inspect and revoke the
// tokened iCal feed addresses. A person manages their own; coordinators and admins anyone in their
// scope; a school its own school's. The address is returned once, when issued: only a hash of
// its secret is stored, so a lost address is rotated, never read back.
import { createRoute } from '@hono/zod-openapi';
import { audit } from '../../db/repositories/audit.js';
import { feedPerson, feedSite, issueFeedToken, liveFeedToken, revokeFeedTokens, type FeedTarget } from '../../db/repositories/feeds.js';
import { IdParam, jsonContent, problemResponses } from '../../schemas/common.js';
import { FeedLink, FeedStatus } from '../../schemas/feeds.js';
import { recoverFeedToken } from '../auth/feed-key.js';
import { actorOf, canWriteDistrict, type Principal } from '../auth/principal.js';
import type { Deps } from '../deps.js';
import { ApiError, notFound } from '../errors.js';
import type { Queryable } from '../../db/client.js';
import { createRouter } from './router.js';

const tags = ['feeds'];
const errs = problemResponses(401, 403, 404, 422);

/** The feed address in both forms, from the configured public URL. */
export function feedUrls(publicUrl: string, token: string): { https: string; webcal: string } {
  const https = `${publicUrl.replace(/\/$/, '')}/feeds/${token}.ics`;
  return { https, webcal: https.replace(/^https?:\/\//, 'webcal://') };
}

type Kind = 'people' | 'sites';

/** Finds the feed's owner and checks the caller may manage its address. */
async function targetOf(db: Queryable, p: Principal, kind: Kind, id: number): Promise<FeedTarget> {
  if (kind === 'people') {
    const person = await feedPerson(db, id);
    if (!person) throw notFound('person');
    const own = p.role === 'person' && p.personId === id;
    if (!own && !canWriteDistrict(p, person.homeDistrictCode)) throw new ApiError('forbidden', 'this token cannot manage this person\'s feed');
    return { subject: 'person', personId: id };
  }
  const site = await feedSite(db, id);
  if (!site) throw notFound('site');
  const own = p.role === 'school' && p.siteId === id;
  if (!own && !canWriteDistrict(p, site.districtCode)) throw new ApiError('forbidden', 'this token cannot manage this site\'s feed');
  return { subject: site.type === 'school' ? 'school' : 'site', siteId: id };
}

const out = (t: FeedTarget) => ({ subject: t.subject, personId: t.personId ?? null, siteId: t.siteId ?? null });

export function feedTokenRoutes() {
  const app = createRouter();
  for (const kind of ['people', 'sites'] as const) {
    const path = `/${kind}/{id}/feed`;
    const what = kind === 'people' ? "a person's" : "a site's (or school's)";

    app.openapi(
      createRoute({ method: 'get', path, tags, summary: `Whether ${what} feed address is live, and the address itself when the server can derive it again`, request: { params: IdParam }, responses: { 200: jsonContent(FeedStatus, 'status'), ...errs } }),
      async (c) => {
        const { id } = c.req.valid('param');
        const db = c.get('deps').database.db;
        const target = await targetOf(db, c.get('principal'), kind, id);
        const live = await liveFeedToken(db, target);
        const token = live ? recoverFeedToken(c.get('deps').feedKey, live) : undefined;
        return c.json({
          ...out(target),
          active: live !== undefined,
          tokenId: live?.id ?? null,
          createdAt: live ? live.createdAt.toISOString() : null,
          ...(token ? feedUrls(c.get('deps').publicUrl, token) : { https: null, webcal: null }),
          issue: `POST /api/v1/${kind}/${id}/feed`,
        }, 200);
      },
    );

    app.openapi(
      createRoute({ method: 'post', path, tags, summary: `Issue ${what} feed address; any older one stops working (rotation)`, request: { params: IdParam }, responses: { 201: jsonContent(FeedLink, 'issued'), ...errs } }),
      async (c) => {
        const { id } = c.req.valid('param');
        const deps: Deps = c.get('deps');
        const p = c.get('principal');
        const issued = await deps.database.db.transaction(async (tx) => {
          const target = await targetOf(tx, p, kind, id);
          const r = await issueFeedToken(tx, target, deps.now(), deps.feedKey);
          await audit(tx, { actor: actorOf(p), action: 'feed_token.issue', entity: target.subject, entityId: id, detail: { tokenId: r.row.id, revokedOlder: r.revoked } });
          return { target, ...r };
        });
        return c.json({
          ...out(issued.target),
          tokenId: issued.row.id,
          createdAt: issued.row.createdAt.toISOString(),
          ...feedUrls(deps.publicUrl, issued.token),
          revokedOlder: issued.revoked,
        }, 201);
      },
    );

    app.openapi(
      createRoute({ method: 'delete', path, tags, summary: `Revoke ${what} feed address (the feed then answers 404)`, request: { params: IdParam }, responses: { 204: { description: 'revoked' }, ...errs } }),
      async (c) => {
        const { id } = c.req.valid('param');
        const deps: Deps = c.get('deps');
        const p = c.get('principal');
        await deps.database.db.transaction(async (tx) => {
          const target = await targetOf(tx, p, kind, id);
          const n = await revokeFeedTokens(tx, target, deps.now());
          if (n === 0) throw new ApiError('not_found', 'this feed has no live address');
          await audit(tx, { actor: actorOf(p), action: 'feed_token.revoke', entity: target.subject, entityId: id, detail: { revoked: n } });
        });
        return c.body(null, 204);
      },
    );
  }
  return app;
}
