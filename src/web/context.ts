// What every page handler gets: the language and translator, the session (if any), an API
// client carrying the session's token, and the current path (for the language toggle).
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Deps } from '../deps.js';
import { ApiClient, type ApiFetch } from './api-client.js';
import { WebError } from './errors.js';
import { parseLang, translator, type Lang, type Translate } from './i18n/index.js';
import { LANG_COOKIE, readSession, type Session } from './session.js';
import type { MeOut } from './types.js';

export interface WebCtx {
  lang: Lang;
  t: Translate;
  session: Session | null;
  /** A session cookie was sent but its token no longer works (revoked): show 401, drop the cookie. */
  staleSession: boolean;
  api: ApiClient;
  /** Path and query of this request, for links that come back here. */
  here: string;
  deps: Deps;
}

export interface WebEnv {
  Variables: { web: WebCtx };
}

/** The context without a session: language from the cookie, an API client with no token. */
export function anonymousCtx(c: Context, deps: Deps, fetchApi: ApiFetch): WebCtx {
  const lang = parseLang(getCookie(c, LANG_COOKIE));
  const url = new URL(c.req.url);
  return { lang, t: translator(lang), session: null, staleSession: false, api: new ApiClient(fetchApi, null), here: url.pathname + url.search, deps };
}

export async function buildWebCtx(c: Context, deps: Deps, fetchApi: ApiFetch): Promise<WebCtx> {
  const ctx = anonymousCtx(c, deps, fetchApi);
  const found = await readSession(c, ctx.api);
  if (found === 'invalid') return { ...ctx, staleSession: true };
  if (!found) return ctx;
  return { ...ctx, session: found, api: new ApiClient(fetchApi, found.token) };
}

/** The signed-in principal, or the 401 page. */
export function requirePrincipal(web: WebCtx): MeOut {
  if (!web.session) throw new WebError(401);
  return web.session.principal;
}
