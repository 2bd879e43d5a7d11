// Rosters (one period × scope), their shifts, draft assignments, immutable published versions
// and the audit log of every edit, solve, publish and repair.
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { dutyTemplates, type SeatSpec } from './templates.js';
import { people } from './people.js';
import { sites } from './sites.js';

export const rosters = pgTable(
  'rosters',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    /** 'YYYY-MM' (local months, Asia/Shanghai). */
    period: text('period').notNull(),
    /** A district code, or 'city'. */
    scope: text('scope').notNull(),
    /** queued | solving | solved | stopped | failed */
    status: text('status').notNull().default('queued'),
    /** Draft version: bumped by every change, carried as the ETag for If-Match. */
    draftVersion: integer('draft_version').notNull().default(1),
    publishedVersion: integer('published_version'),
    score: jsonb('score'),
    progress: jsonb('progress'),
    error: text('error'),
    /** Set by DELETE …/solve: the worker stops at its next check and keeps the best so far. */
    stopRequested: boolean('stop_requested').notNull().default(false),
    /** Explanation of the last solve or edit: score by constraint, violations, unfilled seats. */
    report: jsonb('report'),
    /** The draft version the report describes. */
    reportVersion: integer('report_version'),
    solvedAt: timestamp('solved_at', { withTimezone: true }),
    seed: integer('seed').notNull().default(1),
    /** Shifts and seats the month expanded to (fixed at generation; flexible needs count once). */
    shiftCount: integer('shift_count').notNull().default(0),
    seatCount: integer('seat_count').notNull().default(0),
    seconds: integer('seconds').notNull().default(20),
    jobId: text('job_id'),
    createdBy: text('created_by').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('rosters_period_scope_idx').on(t.period, t.scope)],
);

export const shifts = pgTable(
  'shifts',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    rosterId: integer('roster_id')
      .notNull()
      .references(() => rosters.id, { onDelete: 'cascade' }),
    templateId: integer('template_id').references(() => dutyTemplates.id, { onDelete: 'set null' }),
    siteId: integer('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'restrict' }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    /** Local date (Asia/Shanghai) the shift starts on. */
    localDate: date('local_date').notNull(),
    tags: text('tags').array().notNull().default([]),
    seats: jsonb('seats').$type<SeatSpec[]>().notNull(),
    /** Flexible duties: alternatives of one need share a group key. */
    groupKey: text('group_key'),
    groupCount: integer('group_count'),
  },
  (t) => [
    index('shifts_roster_idx').on(t.rosterId, t.localDate),
    index('shifts_site_idx').on(t.siteId, t.startsAt),
    check('shifts_order', sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

/** Draft assignments: one person in one seat of one shift. */
export const assignments = pgTable(
  'assignments',
  {
    rosterId: integer('roster_id')
      .notNull()
      .references(() => rosters.id, { onDelete: 'cascade' }),
    shiftId: integer('shift_id')
      .notNull()
      .references(() => shifts.id, { onDelete: 'cascade' }),
    /** Index of the seat group within the shift's seats. */
    seatGroup: integer('seat_group').notNull(),
    /** Position within the group (0 … count-1). */
    seatIndex: integer('seat_index').notNull(),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    pinned: boolean('pinned').notNull().default(false),
    /** solver | manual | booking | repair */
    source: text('source').notNull().default('solver'),
  },
  (t) => [
    primaryKey({ columns: [t.shiftId, t.seatGroup, t.seatIndex] }),
    index('assignments_roster_person_idx').on(t.rosterId, t.personId),
  ],
);

export const rosterVersions = pgTable(
  'roster_versions',
  {
    rosterId: integer('roster_id')
      .notNull()
      .references(() => rosters.id, { onDelete: 'restrict' }),
    version: integer('version').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
    publishedBy: text('published_by').notNull(),
    score: jsonb('score'),
    note: text('note').notNull().default(''),
  },
  (t) => [primaryKey({ columns: [t.rosterId, t.version] })],
);

/** The assignments of a published version: immutable (a trigger refuses UPDATE/DELETE). */
export const publishedAssignments = pgTable(
  'published_assignments',
  {
    rosterId: integer('roster_id').notNull(),
    version: integer('version').notNull(),
    shiftId: integer('shift_id')
      .notNull()
      .references(() => shifts.id, { onDelete: 'restrict' }),
    seatGroup: integer('seat_group').notNull(),
    seatIndex: integer('seat_index').notNull(),
    // RESTRICT: a person with published duties cannot be deleted (the API answers 409).
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
  },
  (t) => [
    primaryKey({ columns: [t.rosterId, t.version, t.shiftId, t.seatGroup, t.seatIndex] }),
    index('published_assignments_person_idx').on(t.personId),
  ],
);

export const auditLog = pgTable(
  'audit_log',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    /** Token id and label of the caller ('system' for jobs). */
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    detail: jsonb('detail'),
  },
  (t) => [index('audit_log_entity_idx').on(t.entity, t.entityId)],
);


