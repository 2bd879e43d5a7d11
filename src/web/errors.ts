// Failures a page cannot recover from (the API refused a read, a record is missing, a cross-site
// post). They render as a friendly page in the user's language, never as a stack trace.
import type { Problem } from '../errors.js';
import { localizeApiMessage } from './i18n/api-messages.js';
import type { Translate } from './i18n/index.js';

export class WebError extends Error {
  constructor(
    readonly status: number,
    readonly problem?: Problem,
    /** A catalogue key that says more than the status does (e.g. 'error.csrf'). */
    readonly reason?: 'error.csrf',
  ) {
    super(problem?.detail ?? `HTTP ${status}`);
  }
}

/** Field errors of a problem, keyed by the first segment of each JSON pointer ('/roles/0' → 'roles'). */
export function fieldErrorsOf(problem: Problem | undefined, t: Translate): { byField: Record<string, string[]>; other: string[] } {
  const byField: Record<string, string[]> = {};
  const other: string[] = [];
  for (const e of problem?.errors ?? []) {
    const field = e.pointer.split('/')[1]?.replace(/~1/g, '/').replace(/~0/g, '~');
    if (field && e.in !== 'query' && e.in !== 'path') (byField[field] ??= []).push(localizeApiMessage(e.detail, t));
    else other.push(e.detail);
  }
  if (problem && !problem.errors?.length) other.push(problem.detail);
  return { byField, other };
}
