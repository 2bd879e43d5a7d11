// createApp(deps): middleware, one router per resource under /api/v1, the OpenAPI document,
// its reference page, /health, and a single error handler.
import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import type { Deps } from './deps.js';
import { ApiError } from './errors.js';
import { appointmentRoutes } from './http/appointments.js';
import { availabilityRoutes } from './http/availability.js';
import { bookingRoutes } from './http/bookings.js';
import { requireAuth } from './http/auth.js';
import { docsPage } from './http/docs.js';
import { feedTokenRoutes } from './http/feed-tokens.js';
import { feedRoutes } from './http/feeds.js';
import { districtRoutes } from './http/districts.js';
import { notFoundHandler, onError } from './http/errors.js';
import { meRoutes } from './http/me.js';
import { peopleRoutes } from './http/people.js';
import { createRouter, type AppEnv } from './http/router.js';
import { registrySummaryRoutes } from './http/registry-summary.js';
import { siteRoutes } from './http/sites.js';
import { rosterEditRoutes } from './http/roster-edits.js';
import { rosterRoutes } from './http/rosters.js';
import { rosterVersionRoutes } from './http/roster-versions.js';
import { rosterSeatRoutes } from './http/roster-seats.js';
import { subsidyRoutes } from './http/subsidies.js';
import { slotRoutes } from './http/slots.js';
import { templateRoutes } from './http/templates.js';
import { unavailabilityRoutes } from './http/unavailability.js';
import { vicePrincipalRoutes } from './http/vice-principals.js';
import { webRoutes } from './web/index.js';

export type ApiRouterFactory = (deps: Deps) => OpenAPIHono<AppEnv>;

export interface AppOptions {
  /** Extra routers mounted under /api/v1 (later capabilities register here). */
  apiRouters?: ApiRouterFactory[];
  /** Routers mounted at the root without API auth (web UI, feeds). */
  rootRouters?: ((deps: Deps) => OpenAPIHono<AppEnv> | import('hono').Hono<AppEnv>)[];
}

export function createApp(deps: Deps, options: AppOptions = {}) {
  const app = createRouter();
  app.onError(onError);
  app.notFound(notFoundHandler);
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    await next();
  });
  app.use(
    '/api/*',
    bodyLimit({ maxSize: 2 * 1024 * 1024, onError: () => { throw new ApiError('payload_too_large', 'the body is over 2 MiB'); } }),
  );

  app.get('/health', async (c) => {
    let database = 'down';
    try {
      await deps.database.raw.query('select 1');
      database = 'up';
    } catch {
      /* reported below */
    }
    const ok = database === 'up';
    return c.json({ status: ok ? 'ok' : 'degraded', database: deps.database.kind, databaseStatus: database }, ok ? 200 : 503);
  });

  const api = createRouter();
  api.use('*', requireAuth);
  for (const r of [
    districtRoutes(),
    siteRoutes(),
    peopleRoutes(),
    unavailabilityRoutes(),
    appointmentRoutes(),
    templateRoutes(),
    rosterRoutes(),
    rosterEditRoutes(),
    rosterVersionRoutes(),
    rosterSeatRoutes(),
    feedTokenRoutes(),
    subsidyRoutes(),
    bookingRoutes(),
    slotRoutes(),
    availabilityRoutes(),
    vicePrincipalRoutes(),
  ]) {
    api.route('/', r);
  }
  api.route('/', meRoutes());
  api.route('/', registrySummaryRoutes());
  for (const factory of options.apiRouters ?? []) api.route('/', factory(deps));
  app.route('/api/v1', api);

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'zhiban API',
      version: '1',
      description: 'Duty rosters for public legal services (值班). All /api/v1 routes need "Authorization: Bearer <token>". Errors are RFC 9457 problem+json.',
    },
    security: [{ bearer: [] }],
  });
  app.get('/docs', (c) => c.html(docsPage(app.getOpenAPI31Document({ openapi: "3.1.0", info: { title: "zhiban API", version: "1" } }) as never)));

  app.route('/', feedRoutes(deps)); // public: the tokened URL is the key, no API auth
  for (const factory of options.rootRouters ?? []) app.route('/', factory(deps));
  app.route('/', webRoutes(deps, (req) => app.fetch(req))); // web UI last: its catch-all answers unknown pages (problem+json under /api)
  return app;
}

export type App = ReturnType<typeof createApp>;
