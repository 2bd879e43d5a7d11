// Sends a rendered page: HTML, never cached (it holds the user's data), with the status given.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export async function render(c: Context, page: unknown, status: ContentfulStatusCode = 200): Promise<Response> {
  const html = String(await (page as Promise<string> | string));
  c.header('cache-control', 'no-store');
  return c.html(html, status);
}
