// The coordinator's web UI, mounted at the root of the app: server-rendered pages that call the
// API in-process with the signed-in user's token. /api/* paths pass straight through, so the
// API keeps answering unknown routes with problem+json.
import { Hono } from 'hono';
import type { Deps } from '../deps.js';
import { notFoundHandler } from '../http/errors.js';
import type { AppEnv } from '../http/router.js';
import type { ApiFetch } from './api-client.js';
import { buildWebCtx, requirePrincipal, type WebEnv } from './context.js';
import { webErrorHandler } from './error-handler.js';
import { WebError } from './errors.js';
import { homeOf } from './nav.js';
import { authRoutes } from './routes/auth.js';
import { financeRoutes } from './routes/finance.js';
import { overviewRoutes } from './routes/overview.js';
import { peopleRoutes } from './routes/people.js';
import { rosterActionRoutes } from './routes/roster-actions.js';
import { rosterListRoutes } from './routes/roster-list.js';
import { rosterPageRoutes } from './routes/roster-page.js';
import { rosterReviewRoutes } from './routes/roster-review.js';
import { rosterSeatRoutes } from './routes/roster-seat.js';
import { schoolRoutes } from './routes/school.js';
import { schoolBookingRoutes } from './routes/school-booking.js';
import { schoolMinimumRoutes } from './routes/school-minimum.js';
import { siteRoutes } from './routes/sites.js';
import { unavailabilityRoutes } from './routes/unavailability.js';
import { availabilityRoutes } from './routes/availability.js';
import { isSameOrigin } from './session.js';
import { serveAsset } from './static.js';

export type { ApiFetch } from './api-client.js';

const isApiPath = (path: string) => path === '/api' || path.startsWith('/api/');
/** Pages anyone may open; every other page needs a session. */
const PUBLIC = new Set(['/sign-in', '/sign-in/demo', '/sign-out', '/lang']);

const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'same-origin',
};

/**
 * @param deps the app's dependencies
 * @param fetchApi hands a request to the whole app in-process, e.g. `(req) => app.fetch(req)`
 */
export function webRoutes(deps: Deps, fetchApi: ApiFetch): Hono<WebEnv & AppEnv> {
  const web = new Hono<WebEnv & AppEnv>();

  web.onError(webErrorHandler(deps, fetchApi));

  web.get('/static/:name', serveAsset);

  web.use('*', async (c, next) => {
    if (isApiPath(c.req.path)) return next();
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) c.header(k, v);
    c.set('web', await buildWebCtx(c, deps, fetchApi));
    if (!['GET', 'HEAD', 'OPTIONS'].includes(c.req.method) && !isSameOrigin(c)) throw new WebError(403, undefined, 'error.csrf');
    if (PUBLIC.has(c.req.path)) return next();
    const ctx = c.get('web');
    if (ctx.staleSession) throw new WebError(401);
    if (!ctx.session) {
      if (c.req.method !== 'GET') throw new WebError(401);
      return c.redirect(`/sign-in?next=${encodeURIComponent(ctx.here)}`, 303);
    }
    return next();
  });

  web.get('/', (c) => c.redirect(homeOf(requirePrincipal(c.get('web'))), 303));
  const pages = [authRoutes(), overviewRoutes(), peopleRoutes(), unavailabilityRoutes(), availabilityRoutes(), siteRoutes(), financeRoutes()];
  const roster = [rosterListRoutes(), rosterPageRoutes(), rosterSeatRoutes(), rosterActionRoutes(), rosterReviewRoutes()];
  // The minimum routes first: /school/pending must not be read as a school id.
  const school = [schoolMinimumRoutes(), schoolRoutes(), schoolBookingRoutes()];
  for (const r of [...pages, ...roster, ...school]) web.route('/', r);

  web.all('*', (c) => {
    if (isApiPath(c.req.path)) return notFoundHandler(c as never);
    throw new WebError(404);
  });
  return web;
}
