// Public iCal feeds: GET /feeds/<token>.ics, no API auth (the unguessable token is the key).
// ETag + Last-Modified with 304s, a Cache-Control for subscribed calendars, and a plain 404 for
// an unknown or revoked token. Nothing here logs the request path: it holds the secret.
import { Hono } from 'hono';
import type { Deps } from '../deps.js';
import { createFeedService, type CachedFeed, type FeedServiceOptions } from '../feeds/service.js';
import type { AppEnv } from './router.js';

/** Private: the URL is a secret, shared caches should not keep it. Clients may reuse a copy for
 *  5 minutes, then must revalidate (a 304 is cheap). */
export const FEED_CACHE_CONTROL = 'private, max-age=300, must-revalidate';

function headers(feed: CachedFeed): Record<string, string> {
  return {
    etag: feed.etag,
    ...(feed.lastModified ? { 'last-modified': feed.lastModified } : {}),
    'cache-control': FEED_CACHE_CONTROL,
    'x-robots-tag': 'noindex, nofollow',
    'referrer-policy': 'no-referrer',
  };
}

const notFound = () => new Response('Not Found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });

export function feedRoutes(deps: Deps, options: FeedServiceOptions = {}) {
  const service = createFeedService(deps, options);
  const app = new Hono<AppEnv>();
  app.get('/feeds/:file', async (c) => {
    const file = c.req.param('file');
    if (!file.endsWith('.ics')) return notFound();
    try {
      const result = await service.serve({
        token: file.slice(0, -'.ics'.length),
        ifNoneMatch: c.req.header('if-none-match'),
        ifModifiedSince: c.req.header('if-modified-since'),
      });
      if (result.status === 404) return notFound();
      if (result.status === 304) return new Response(null, { status: 304, headers: headers(result.feed) });
      return new Response(result.feed.body, {
        status: 200,
        headers: { ...headers(result.feed), 'content-type': 'text/calendar; charset=utf-8', 'content-disposition': 'inline; filename="zhiban.ics"' },
      });
    } catch (err) {
      // Logged without the path (it carries the token); the app's onError would log it.
      deps.logger.error('feed failed', { error: err instanceof Error ? err.message : String(err) });
      return new Response('Internal Server Error', { status: 500, headers: { 'content-type': 'text/plain; charset=utf-8' } });
    }
  });
  return app;
}
