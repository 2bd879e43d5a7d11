// Why the API refused a booking, reschedule or cancel, as a catalogue sentence: a rule of the
// booking rules (too soon, holiday, term full…), a clash (with which booking, duty or absence),
// or a reused Idempotency-Key. Pure: reads the problem's machine fields, never its English.
import type { Problem } from '../../errors.js';
import type { MessageKey } from '../i18n/index.js';

const RULE_REASONS = [
  'too_soon',
  'beyond_horizon',
  'weekend',
  'holiday',
  'school_break',
  'calendar_missing',
  'term_full',
  'length_not_allowed',
  'not_appointed',
  'outside_windows',
] as const;
export type RuleReason = (typeof RULE_REASONS)[number];

export interface Refusal {
  key: MessageKey;
  /** What holds the time, when the refusal is a clash. */
  conflict?: { kind: 'booking' | 'duty' | 'unavailability'; id: number };
  /** The API's own sentence (Chinese first), when no catalogue sentence says more. */
  detail?: string;
}

const isRule = (r: unknown): r is RuleReason => typeof r === 'string' && (RULE_REASONS as readonly string[]).includes(r);

function conflictOf(problem: Problem): Refusal['conflict'] {
  const c = problem.conflict as { kind?: unknown; id?: unknown } | undefined;
  if (c && (c.kind === 'booking' || c.kind === 'duty' || c.kind === 'unavailability') && typeof c.id === 'number') return { kind: c.kind, id: c.id };
  const id = problem.conflictingBookingId;
  return typeof id === 'number' ? { kind: 'booking', id } : undefined;
}

export function refusalOf(problem: Problem | undefined, status: number): Refusal {
  if (!problem) return { key: status === 409 ? 'refusal.conflict' : 'refusal.generic' };
  if (problem.errors?.some((e) => e.in === 'header' && /idempotency-key/i.test(e.pointer))) return { key: 'refusal.keyReused' };
  if (isRule(problem.reason)) return { key: `refusal.${problem.reason}` };
  const conflict = conflictOf(problem);
  if (conflict) return { key: conflict.kind === 'booking' ? 'refusal.taken' : `refusal.${conflict.kind}`, conflict };
  return { key: status === 409 ? 'refusal.conflict' : 'refusal.generic', detail: problem.detail };
}

/** Field errors of the form that the page shows beside a control (topic, reason), by form name. */
export function formFieldErrors(problem: Problem | undefined, fields: readonly string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const e of problem?.errors ?? []) {
    const name = e.pointer.split('/')[1] ?? '';
    if (e.in !== 'header' && fields.includes(name)) (out[name] ??= []).push(e.detail);
  }
  return out;
}
