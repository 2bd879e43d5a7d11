// The web UI is a client of the API: every read and write goes through /api/v1 in-process with
// the signed-in user's bearer token, so validation, authorisation and error shapes are the API's.
import type { Problem } from '../errors.js';
import { WebError } from './errors.js';

/** Hands a request to the whole app (app.fetch), without going through the network. */
export type ApiFetch = (req: Request) => Response | Promise<Response>;

export type ApiResult<T> =
  | { ok: true; status: number; data: T }
  | { ok: false; status: number; problem: Problem };

export type Query = Record<string, string | number | undefined>;

// Host is irrelevant in-process; only the path and query reach the router.
const BASE = 'http://zhiban.internal';

export function queryString(q: Query = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== '') params.set(k, String(v));
  const s = params.toString();
  return s ? `?${s}` : '';
}

export class ApiClient {
  constructor(
    private readonly fetchApi: ApiFetch,
    private readonly token: string | null,
  ) {}

  /** The same client speaking with another token (sign-in checks a pasted token this way). */
  withToken(token: string): ApiClient {
    return new ApiClient(this.fetchApi, token);
  }

  /** The API's response as it is (streams, CSV downloads), with the session's token. */
  async raw(method: string, path: string, headers: Record<string, string> = {}): Promise<Response> {
    const h: Record<string, string> = { ...headers };
    if (this.token) h.authorization = `Bearer ${this.token}`;
    return this.fetchApi(new Request(`${BASE}/api/v1${path}`, { method, headers: h }));
  }

  async call<T>(method: string, path: string, body?: unknown, extra: Record<string, string> = {}): Promise<ApiResult<T>> {
    const headers: Record<string, string> = { accept: 'application/json', ...extra };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await this.fetchApi(
      new Request(`${BASE}/api/v1${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }),
    );
    if (res.status === 204) return { ok: true, status: 204, data: undefined as T };
    const text = await res.text();
    const parsed = text ? (JSON.parse(text) as unknown) : undefined;
    if (res.ok) return { ok: true, status: res.status, data: parsed as T };
    return { ok: false, status: res.status, problem: parsed as Problem };
  }

  /** GET that must succeed for the page to render; a failure becomes the error page. */
  async get<T>(path: string, query?: Query): Promise<T> {
    const r = await this.call<T>('GET', path + queryString(query));
    if (!r.ok) throw new WebError(r.status, r.problem);
    return r.data;
  }

  /** Counts only: the list's total with a one-row page. */
  async total(path: string, query: Query = {}): Promise<number> {
    return (await this.get<{ total: number }>(path, { ...query, limit: 1 })).total;
  }

  post<T>(path: string, body: unknown, headers?: Record<string, string>) {
    return this.call<T>('POST', path, body, headers);
  }

  patch<T>(path: string, body: unknown) {
    return this.call<T>('PATCH', path, body);
  }

  put<T>(path: string, body: unknown) {
    return this.call<T>('PUT', path, body);
  }

  delete(path: string) {
    return this.call<undefined>('DELETE', path);
  }
}
