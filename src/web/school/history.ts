// A booking's history (who, when, what, why) as rows to show: actors read from the API's audit
// strings ('token:12:school:钟山区第一小学', 'demo'), times in Asia/Shanghai. Pure.
import { localDateTime } from '../format.js';
import type { HistoryOut } from './types.js';

export type Actor = { kind: 'label'; label: string } | { kind: 'role'; role: string } | { kind: 'demo' } | { kind: 'other'; text: string };

export interface HistoryRow {
  at: string;
  actor: Actor;
  action: string;
  status?: string;
  reason?: string;
  /** Local start times of a move: from → to. */
  move?: { from: string; to: string; personChanged: boolean };
}

const ROLES = new Set(['admin', 'coordinator', 'person', 'school', 'finance']);

export function actorOf(by: string): Actor {
  if (by === 'demo') return { kind: 'demo' };
  const m = /^token:\d+:([a-z]+)(?::(.*))?$/s.exec(by);
  if (!m || !ROLES.has(m[1]!)) return { kind: 'other', text: by };
  return m[2] ? { kind: 'label', label: m[2] } : { kind: 'role', role: m[1]! };
}

/** Oldest first, as the API keeps them. */
export function historyRows(history: readonly HistoryOut[]): HistoryRow[] {
  return history.map((h) => ({
    at: localDateTime(h.at),
    actor: actorOf(h.by),
    action: h.action,
    ...(h.status ? { status: h.status } : {}),
    ...(h.reason ? { reason: h.reason } : {}),
    ...(h.from && h.to ? { move: { from: localDateTime(h.from.startsAt), to: localDateTime(h.to.startsAt), personChanged: h.from.personId !== h.to.personId } } : {}),
  }));
}
