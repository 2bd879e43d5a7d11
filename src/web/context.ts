// What every page handler gets: the language and translator, the session (if any), an API
// client carrying the session's token, and the current path (for the language toggle).
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Principal } from '../auth/principal.js';
import type { Deps } from '../deps.js';
import { ApiClient, type ApiFetch } from './api-client.js';
import { WebError } from './errors.js';
import { parseLang, translator, type Lang, type Translate } from './i18n/index.js';
import { LANG_COOKIE, readSession, type Session } from './session.js';

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
  fetchApi: ApiFetch;
}

export interface WebEnv {
  Variables: { web: WebCtx };
}

export async function buildWebCtx(c: Context, deps: Deps, fetchApi: ApiFetch): Promise<WebCtx> {
  const lang = parseLang(getCookie(c, LANG_COOKIE));
  const url = new URL(c.req.url);
  const found = await readSession(c, deps);
  const session = found === 'invalid' ? null : found;
  const ctx: WebCtx = {
    lang,
    t: translator(lang),
    session,
    staleSession: found === 'invalid',
    api: new ApiClient(fetchApi, session?.token ?? null),
    here: url.pathname + url.search,
    deps,
    fetchApi,
  };
  return ctx;
}

/** The signed-in principal, or the 401 page. */
export function requirePrincipal(web: WebCtx): Principal {
  if (!web.session) throw new WebError(401);
  return web.session.principal;
}
