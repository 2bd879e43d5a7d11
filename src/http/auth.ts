// Bearer-token authentication for /api/v1: no token or an unknown one → 401 (the token itself
// is never logged or echoed).
import { createMiddleware } from 'hono/factory';
import { authenticate } from '../../db/repositories/tokens.js';
import { ApiError } from '../errors.js';
import type { AppEnv } from './router.js';

export const requireAuth = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header('authorization') ?? '';
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!m) throw new ApiError('unauthorized', 'send an API token as "Authorization: Bearer <token>"');
  const principal = await authenticate(c.get('deps').database.db, m[1]!);
  if (!principal) throw new ApiError('unauthorized', 'the token is unknown or revoked');
  c.set('principal', principal);
  await next();
});
