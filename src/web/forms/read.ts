// Reading submitted forms and turning their text into the JSON the API expects. Values that do
// not parse are passed on as text, so the API's own validation names the field at fault.
import type { Context } from 'hono';
import type { FormValues } from '../components/fields.js';

export async function readForm(c: Context): Promise<FormValues> {
  const body = await c.req.parseBody({ all: true });
  const out: FormValues = {};
  for (const [k, v] of Object.entries(body)) {
    if (Array.isArray(v)) out[k] = v.filter((x): x is string => typeof x === 'string');
    else if (typeof v === 'string') out[k] = v;
  }
  return out;
}

/** '' → undefined (let the API default apply); a number → number; anything else stays text. */
export function num(v: string | undefined): number | string | undefined {
  const s = (v ?? '').trim();
  if (s === '') return undefined;
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(s) ? Number(s) : s;
}

/** '' → null (clears an optional field), else the trimmed text. */
export function textOrNull(v: string | undefined): string | null {
  const s = (v ?? '').trim();
  return s === '' ? null : s;
}

/** '' → undefined, else the trimmed text. */
export function textOrUndefined(v: string | undefined): string | undefined {
  const s = (v ?? '').trim();
  return s === '' ? undefined : s;
}

/** Comma- or space-separated codes typed by hand. */
export function codes(v: string | undefined): string[] {
  return (v ?? '')
    .split(/[\s,，、]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * A local path to return to after a form; anything that would leave the site ('//host',
 * '/\\host', '/\t/host' — browsers drop tabs and read backslashes as slashes) becomes the fallback.
 */
export function safeNext(next: string | undefined, fallback: string): string {
  if (!next || !next.startsWith('/')) return fallback;
  const base = 'http://zhiban.invalid';
  let url: URL;
  try {
    url = new URL(next, base);
  } catch {
    return fallback;
  }
  return url.origin === base ? url.pathname + url.search + url.hash : fallback;
}
