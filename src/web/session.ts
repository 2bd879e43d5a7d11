// Sessions of the web UI: the API token lives in an HttpOnly, SameSite=Strict cookie (Secure over
// https) and is never rendered or logged after sign-in. Who the token speaks for comes from the
// API (GET /api/v1/me), like every other read. Also the same-origin check for posts and the
// loopback check that guards one-click demo accounts.
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { ApiClient } from './api-client.js';
import { WebError } from './errors.js';
import type { MeOut } from './types.js';

export const SESSION_COOKIE = 'zb_session';
export const LANG_COOKIE = 'lang';
/** A signed-in browser stays signed in for a working day (seconds). */
const SESSION_MAX_AGE = 12 * 60 * 60;

/** `principal` is the API's /me answer (role, scope, person or site, label). */
export type Session = { token: string; principal: MeOut };

export function isSecure(c: Context): boolean {
  return new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
}

export function startSession(c: Context, token: string): void {
  setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: 'Strict', secure: isSecure(c), path: '/', maxAge: SESSION_MAX_AGE });
}

export function endSession(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'Strict', secure: isSecure(c) });
}

/** The session of this request: none, a valid one, or a cookie whose token no longer works. */
export async function readSession(c: Context, api: ApiClient): Promise<Session | 'invalid' | null> {
  const token = getCookie(c, SESSION_COOKIE);
  if (!token) return null;
  const principal = await principalOf(api, token);
  return principal ? { token, principal } : 'invalid';
}

/** Asks the API who a presented token speaks for (sign-in form, session cookie); undefined when it is refused (401). */
export async function principalOf(api: ApiClient, token: string): Promise<MeOut | undefined> {
  if (!token) return undefined;
  const res = await api.withToken(token).call<MeOut>('GET', '/me');
  if (res.ok) return res.data;
  if (res.status === 401) return undefined;
  throw new WebError(res.status, res.problem);
}

/**
 * A state-changing request must come from our own pages: browsers send Sec-Fetch-Site and Origin
 * on posts; a cross-site value is refused. Requests with neither (curl, tests) carry no
 * ambient browser credentials beyond the SameSite=Strict cookie, which a cross-site post never gets.
 */
export function isSameOrigin(c: Context): boolean {
  const site = c.req.header('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') return false;
  const origin = c.req.header('origin');
  if (!origin) return true;
  try {
    return new URL(origin).host === new URL(c.req.url).host;
  } catch {
    return false; // 'null' and other opaque origins
  }
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** True only for a direct connection from this machine (not relayed by a proxy). */
export function isLoopback(c: Context): boolean {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  const address = env?.incoming?.socket?.remoteAddress;
  if (!address || !LOOPBACK.has(address)) return false;
  if (c.req.header('x-forwarded-for') || c.req.header('forwarded')) return false;
  const host = new URL(c.req.url).hostname;
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]';
}
