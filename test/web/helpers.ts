// Drives the web UI through app.request() the way a browser would: a session cookie, an optional
// lang cookie, url-encoded form posts with a same-origin Origin header, and a little HTML reading.
import { expect } from 'vitest';
import { createApiToken, type TokenScope } from '../../db/repositories/tokens.js';
import { testApp, type TestContext } from '../support/app.js';

export interface PageOptions {
  token?: string | null;
  lang?: 'zh' | 'en';
  form?: Record<string, string | string[]>;
  headers?: Record<string, string>;
  /** Bindings as @hono/node-server passes them (e.g. the socket's remote address). */
  env?: unknown;
}

export interface WebTest extends TestContext {
  page(path: string, opts?: PageOptions): Promise<{ res: Response; html: string }>;
  token(scope: TokenScope): Promise<string>;
}

export const ORIGIN = 'http://localhost';

export async function webTest(): Promise<WebTest> {
  const t = await testApp('demo');
  const page: WebTest['page'] = async (path, opts = {}) => {
    const headers: Record<string, string> = { ...(opts.headers ?? {}) };
    const cookies: string[] = [];
    const token = opts.token === undefined ? t.tokens.admin : opts.token;
    if (token) cookies.push(`zb_session=${token}`);
    if (opts.lang) cookies.push(`lang=${opts.lang}`);
    if (cookies.length) headers.cookie = cookies.join('; ');
    let body: string | undefined;
    if (opts.form) {
      const params = new URLSearchParams();
      for (const [k, v] of Object.entries(opts.form)) for (const x of Array.isArray(v) ? v : [v]) params.append(k, x);
      body = params.toString();
      headers['content-type'] = 'application/x-www-form-urlencoded';
      headers.origin ??= ORIGIN;
      headers['sec-fetch-site'] ??= 'same-origin';
    }
    const res = await t.app.request(path, { method: opts.form ? 'POST' : 'GET', headers, body }, opts.env as never);
    return { res, html: await res.text() };
  };
  const token = async (scope: TokenScope) => (await createApiToken(t.database.db, scope)).token;
  return { ...t, page, token };
}

/** The element with this id and its content (first match; enough for the small pages here). */
export function byId(html: string, id: string): string {
  const m = new RegExp(`<([a-z0-9]+)[^>]*\\bid="${id}"[^>]*>([\\s\\S]*?)</\\1>`).exec(html);
  return m ? m[0] : '';
}

/** The opening tag of the element with this id. */
export function tagOf(html: string, id: string): string {
  return new RegExp(`<[a-z0-9]+[^>]*\\bid="${id}"[^>]*>`).exec(html)?.[0] ?? '';
}

/** Asserts a field shows an error: the message element exists and the control points at it. */
export function expectFieldError(html: string, field: string): string {
  const error = byId(html, `f-${field}-error`);
  expect(error, `no error shown for ${field}`).not.toBe('');
  const control = tagOf(html, `f-${field}`);
  if (control.startsWith('<input') || control.startsWith('<select')) {
    expect(control).toContain('aria-invalid="true"');
    expect(control).toContain(`f-${field}-error`);
  }
  return error.replace(/<[^>]+>/g, '');
}

export const cookieOf = (res: Response, name: string) => res.headers.getSetCookie().find((c) => c.startsWith(`${name}=`));
