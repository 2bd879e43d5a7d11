// The single onError / notFound: every failure leaves as RFC 9457 problem+json, never a stack.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { pgErrorOf, PG } from '../../db/errors.js';
import { ApiError, toProblem } from '../errors.js';
import type { AppEnv } from './router.js';

export function problemResponse(c: Context, err: ApiError): Response {
  const body = JSON.stringify(toProblem(err, c.req.path));
  const headers: Record<string, string> = { 'content-type': 'application/problem+json; charset=utf-8' };
  if (err.status === 401) headers['www-authenticate'] = 'Bearer realm="zhiban"';
  return new Response(body, { status: err.status, headers });
}

/** Database constraint failures that slipped past the handlers' own checks are still 4xx. */
function fromDatabase(err: unknown): ApiError | undefined {
  const pg = pgErrorOf(err);
  if (!pg) return undefined;
  switch (pg.code) {
    case PG.uniqueViolation:
    case PG.exclusionViolation:
      return new ApiError('conflict', `conflicts with existing data${pg.constraint ? ` (${pg.constraint})` : ''}`);
    case PG.foreignKeyViolation:
    case PG.restrictViolation:
      return new ApiError('conflict', 'other records still refer to this one, or a reference does not exist');
    case PG.checkViolation:
    case PG.notNullViolation:
      return new ApiError('validation_failed', `a value breaks a rule${pg.constraint ? ` (${pg.constraint})` : ''}`);
    case PG.raiseException:
      return new ApiError('conflict', pg.message);
    case '22P02': // invalid text representation (e.g. an enum value)
    case '22003': // numeric out of range
    case '22007': // invalid datetime
    case '22008':
      return new ApiError('validation_failed', pg.message);
    default:
      return undefined;
  }
}

export function onError(err: Error, c: Context<AppEnv>): Response {
  if (err instanceof ApiError) return problemResponse(c, err);
  if (err instanceof HTTPException) {
    const status = err.status;
    if (status === 400 && /JSON/i.test(err.message)) return problemResponse(c, new ApiError('malformed_json', 'the request body is not valid JSON'));
    if (status === 415) return problemResponse(c, new ApiError('unsupported_media_type', 'send the body as application/json'));
    if (status === 413) return problemResponse(c, new ApiError('payload_too_large'));
    if (status === 401) return problemResponse(c, new ApiError('unauthorized', err.message));
    if (status < 500) return problemResponse(c, new ApiError('bad_request', err.message || 'bad request'));
  }
  const db = fromDatabase(err);
  if (db) return problemResponse(c, db);
  c.get('deps')?.logger.error('unhandled error', { path: c.req.path, method: c.req.method, error: err.message, stack: err.stack });
  return problemResponse(c, new ApiError('internal', 'an internal error occurred; it has been logged'));
}

export function notFoundHandler(c: Context<AppEnv>): Response {
  return problemResponse(c, new ApiError('not_found', `no route for ${c.req.method} ${c.req.path}`));
}
