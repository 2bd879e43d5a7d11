// The API's validation messages are English sentences from zod. The common ones are re-worded in
// the user's language beside the field; any other message is shown as the API wrote it.
import type { MessageKey, Params, Translate } from './index.js';

const RULES: [RegExp, MessageKey, (m: RegExpExecArray) => Params | undefined][] = [
  [/received (undefined|null)$/, 'apiError.required', () => undefined],
  [/expected string to have >=1 characters$/, 'apiError.required', () => undefined],
  [/expected number, received/, 'apiError.number', () => undefined],
  [/^Too big: expected number to be <=?(-?[\d.]+)$/, 'apiError.max', (m) => ({ n: m[1]! })],
  [/^Too small: expected number to be >=?(-?[\d.]+)$/, 'apiError.min', (m) => ({ n: m[1]! })],
  [/^Too small: expected array to have >=(\d+) items?$/, 'apiError.minItems', (m) => ({ n: m[1]! })],
  [/^Invalid ISO date$/, 'apiError.date', () => undefined],
  [/^Invalid ISO datetime$/, 'apiError.datetime', () => undefined],
  [/^must be HH:mm/, 'apiError.time', () => undefined],
  // roster generation before the State Council's notice for that year is in calendars/holidays/
  [/^no working-day calendar for (\d{4})\b/, 'apiError.calendarMissing', (m) => ({ year: m[1]! })],
];

export function localizeApiMessage(detail: string, t: Translate): string {
  for (const [re, key, params] of RULES) {
    const m = re.exec(detail);
    if (m) return t(key, params(m));
  }
  return detail;
}

/** Every message of a form's field errors, re-worded where a rule knows it. */
export function localizeErrors(errors: Record<string, string[]>, t: Translate): Record<string, string[]> {
  return Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, v.map((m) => localizeApiMessage(m, t))]));
}
