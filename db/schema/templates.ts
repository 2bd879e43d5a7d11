// Duty templates: a recurring need at a site (RRULE + local time + seats), or a flexible need
// that must happen N times in a window on days the solver picks (a monthly village visit).
import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { calendarModeEnum, type Language, type Role } from './enums.js';
import { sites } from './sites.js';

/** One group of identical seats on a shift. */
export interface SeatSpec {
  roles: Role[];
  skills: string[];
  /** Required languages (hard): every one of them. */
  languages: Language[];
  /** Wanted languages (soft): any one of them. */
  preferredLanguages?: Language[];
  count: number;
  /** Restrict to the site's appointees (school sessions, village visits). */
  appointeesOnly?: boolean;
}

/** Present when the template is flexible: `count` occurrences per `per` window. */
export interface FlexibleSpec {
  count: number;
  per: 'month' | 'week';
}

export const dutyTemplates = pgTable(
  'duty_templates',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    siteId: integer('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** RFC 5545 RRULE body, e.g. 'FREQ=WEEKLY;BYDAY=TU,TH'. */
    rrule: text('rrule').notNull(),
    /** Local start time 'HH:mm' in Asia/Shanghai. */
    startTime: text('start_time').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    calendarMode: calendarModeEnum('calendar_mode').notNull(),
    seats: jsonb('seats').$type<SeatSpec[]>().notNull(),
    tags: text('tags').array().notNull().default([]),
    flexible: jsonb('flexible').$type<FlexibleSpec | null>(),
    validFrom: date('valid_from'),
    validTo: date('valid_to'),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('duty_templates_site_idx').on(t.siteId),
    check('duty_templates_duration', sql`${t.durationMinutes} > 0 and ${t.durationMinutes} <= 1440`),
  ],
);
