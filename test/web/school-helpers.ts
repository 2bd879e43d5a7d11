// Small readers the School page tests share: page text without tags, catalogue sentences filled
// in, an API read that must succeed, the slot radios and the form's Idempotency-Key of a page.
import { expect } from 'vitest';
import type { VicePrincipalOut } from '../../src/web/school/types.js';
import type { WebTest } from './helpers.js';

export const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
export const fill = (s: string, p: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(p[k]));

export async function apiGet<T>(t: WebTest, path: string, token?: string): Promise<T> {
  const res = await t.call('GET', path, { token });
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as T;
}

/** The values of the slot radios, in page order. */
export const slotValues = (html: string) => [...html.matchAll(/<input type="radio" name="slot" value="([^"]+)"/g)].map((m) => m[1]!);
/** The Idempotency-Key this render of the booking form carries. */
export const keyOf = (html: string) => /name="key" value="([^"]+)"/.exec(html)![1]!;
/** Appointed on the tests' today (2026-11-26). */
export const current = (v: VicePrincipalOut) => v.startsOn <= '2026-11-26' && (v.endsOn === null || v.endsOn >= '2026-11-26');
