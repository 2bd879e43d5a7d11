// API contracts of rosters: generate and solve, progress, review, edits, publication, repair.
import { z } from '@hono/zod-openapi';
import { DistrictCode, LocalDate } from './common.js';

export const Period = z
  .string()
  .regex(/^20\d\d-(0[1-9]|1[0-2])$/, 'must be a month YYYY-MM')
  .openapi({ example: '2026-12' });
export const Scope = z.union([z.literal('city'), DistrictCode]).openapi({ description: "a district code, or 'city'", example: '520201' });

export const CreateRoster = z
  .strictObject({
    period: Period,
    scope: Scope,
    seconds: z.number().int().min(1).max(600).default(20).openapi({ description: 'solver time limit, seconds' }),
    seed: z.number().int().min(0).max(2 ** 31 - 1).default(1),
  })
  .openapi('CreateRoster');

export const ScoreSchema = z.object({ hard: z.number(), medium: z.number(), soft: z.number() }).openapi('Score');

export const Roster = z
  .object({
    id: z.number().int(),
    period: z.string(),
    scope: z.string(),
    status: z.enum(['queued', 'solving', 'solved', 'stopped', 'failed']),
    draftVersion: z.number().int().openapi({ description: 'send as If-Match on edits' }),
    publishedVersion: z.number().int().nullable(),
    score: ScoreSchema.nullable(),
    progress: z.record(z.string(), z.unknown()).nullable(),
    error: z.string().nullable(),
    seconds: z.number().int(),
    seed: z.number().int(),
    counts: z.object({ shifts: z.number().int(), seats: z.number().int(), filled: z.number().int(), unfilled: z.number().int() }).optional(),
    createdBy: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Roster');

export const RosterQuery = z.object({
  period: Period.optional(),
  scope: Scope.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const AssignmentQuery = z.object({
  person: z.coerce.number().int().positive().optional(),
  site: z.coerce.number().int().positive().optional(),
  day: LocalDate.optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(500),
  offset: z.coerce.number().int().min(0).default(0),
});

export const AssignmentOut = z
  .object({
    shiftId: z.number().int(),
    seatGroup: z.number().int(),
    seatIndex: z.number().int(),
    personId: z.number().int(),
    personName: z.string(),
    siteId: z.number().int(),
    siteName: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    localDate: z.string(),
    tags: z.array(z.string()),
    pinned: z.boolean(),
    source: z.string(),
  })
  .openapi('RosterAssignment');

const SeatRef = { shiftId: z.number().int().positive(), seatGroup: z.number().int().min(0).default(0) };
export const EditRequest = z
  .discriminatedUnion('op', [
    z.strictObject({ op: z.literal('assign'), ...SeatRef, personId: z.number().int().positive(), force: z.boolean().default(false) }),
    z.strictObject({ op: z.literal('unassign'), ...SeatRef, personId: z.number().int().positive(), force: z.boolean().default(false) }),
    z.strictObject({
      op: z.literal('swap'),
      ...SeatRef,
      personId: z.number().int().positive().openapi({ description: 'the person leaving this seat' }),
      withPersonId: z.number().int().positive().openapi({ description: 'the person taking it (their own duty there, if any, goes the other way)' }),
      withShiftId: z.number().int().positive().optional().openapi({ description: "the other person's duty to trade, if any" }),
      withSeatGroup: z.number().int().min(0).default(0),
      force: z.boolean().default(false),
    }),
    z.strictObject({ op: z.literal('pin'), ...SeatRef, personId: z.number().int().positive(), pinned: z.boolean() }),
  ])
  .openapi('RosterEdit');

export const ViolationOut = z
  .object({ constraint: z.string(), level: z.string(), amount: z.number(), person: z.string().optional(), shift: z.string().optional(), day: z.number().optional(), message: z.string() })
  .openapi('Violation');

export const EditResult = z
  .object({ draftVersion: z.number().int(), score: ScoreSchema, hard: z.array(ViolationOut), warnings: z.array(ViolationOut) })
  .openapi('EditResult');

export const ResolveRequest = z
  .strictObject({ seconds: z.number().int().min(1).max(600).optional(), seed: z.number().int().min(0).optional() })
  .openapi('ResolveRequest');

export const PublishRequest = z.strictObject({ note: z.string().max(500).default('') }).openapi('PublishRequest');

export const DiffQuery = z.object({
  from: z.coerce.number().int().min(0).openapi({ description: 'version (0 = empty)' }),
  to: z.coerce.number().int().min(1).optional().openapi({ description: 'version; default the current draft' }),
});

export const ShiftIdParam = z.object({
  id: z.coerce.number().int().positive().openapi({ param: { name: 'id', in: 'path' } }),
  shiftId: z.coerce.number().int().positive().openapi({ param: { name: 'shiftId', in: 'path' } }),
});
export const VersionParam = z.object({
  id: z.coerce.number().int().positive().openapi({ param: { name: 'id', in: 'path' } }),
  version: z.coerce.number().int().positive().openapi({ param: { name: 'version', in: 'path' } }),
});
