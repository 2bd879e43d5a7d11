// The roster API's response shapes as the roster pages read them (inferred from the API's schemas
// where it has them; written out here where the API answers loosely typed records).
import type { z } from 'zod';
import type { AssignmentOut, Roster, ScoreSchema, ViolationOut } from '../../../schemas/rosters.js';
import type { DutyRef } from '../../roster/diff.js';

export type { DutyRef };

export type RosterOut = z.infer<typeof Roster>;
export type AssignmentRow = z.infer<typeof AssignmentOut>;
export type Score = z.infer<typeof ScoreSchema>;
export type ViolationRow = z.infer<typeof ViolationOut>;

export interface SeatNeed {
  count: number;
  roles: string[];
  skills: string[];
  languages: string[];
  appointeesOnly?: boolean;
}

/** GET /rosters/{id}/shifts items. */
export interface ShiftRow {
  id: number;
  siteId: number;
  siteName: string;
  /** The duty template's name ('中心窗口值班'); null when the template was deleted. */
  dutyName: string | null;
  startsAt: string;
  endsAt: string;
  localDate: string;
  tags: string[];
  seats: SeatNeed[];
  /** A flexible duty's group (its alternative days share it); null for a fixed shift. */
  groupKey: string | null;
  assignments: { seatGroup: number; seatIndex: number; personId: number; pinned: boolean }[];
}

/** GET /rosters/{id}/unfilled items: one unfilled need (a fixed seat, or a flexible duty's alternatives). */
export interface UnfilledItem {
  shiftIds: number[];
  seatGroup: number;
  siteId: number | null;
  siteName: string;
  dates: string[];
  startsAt: string | null;
  missing: number;
  available: { personId: number; name: string }[];
  availableCount: number;
  reasons: { constraint: string; reason: string; count: number; examples: string[] }[];
  summary: string;
}

export interface UnfilledOut {
  items: UnfilledItem[];
  totals: Record<string, number>;
}

/** GET /rosters/{id}/shifts/{shiftId}/candidates items. */
export interface CandidateRow {
  personId: number;
  name: string;
  delta: Score;
  feasible: boolean;
  hardReasons: { constraint: string; reason: string }[];
  penalties: { constraint: string; level: string; amount: number }[];
}

export interface ExplainOut {
  draftVersion: number;
  reportVersion: number | null;
  score: Score | null;
  byConstraint: { constraint: string; name: string; level: string; count: number; amount: number }[];
  violations: ViolationRow[];
}

export interface VersionRow {
  rosterId: number;
  version: number;
  publishedAt: string;
  publishedBy: string;
  score: Score | null;
  note: string;
}

export interface DiffOut {
  from: number;
  to: number | 'draft';
  people: { personId: number; name: string; gained: DutyRef[]; lost: DutyRef[]; moved: { from: DutyRef; to: DutyRef }[] }[];
  gained: number;
  lost: number;
  moved: number;
}

/** Live progress as the events stream and GET /rosters/{id} report it. */
export interface Progress {
  seed?: number;
  score?: Score;
  seats?: number;
  elapsedMs?: number;
  iterations?: number;
  firstFeasibleMs?: number;
}
