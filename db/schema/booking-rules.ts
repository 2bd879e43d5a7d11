// What schools may book: booking rules as data (city-wide and per district, each field inheriting
// from the level above), and each legal vice-principal's bookable windows — a weekly pattern,
// date overrides and the "requires confirmation" setting. Local times are Asia/Shanghai 'HH:mm'.
import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp } from 'drizzle-orm/pg-core';
import { people } from './people.js';

/** A local wall-clock window, 'HH:mm' to 'HH:mm' (end after start; '24:00' = midnight). */
export interface LocalWindow {
  start: string;
  end: string;
}

/** One weekly window: ISO weekday (1 = Monday … 7 = Sunday) and local times. */
export interface WeeklyWindow extends LocalWindow {
  weekday: number;
}

/** Booking rule fields; absent fields inherit (district → city → built-in defaults). */
export interface BookingRuleFields {
  /** Whole local days between today and the session's day (default 3). */
  minNoticeDays?: number;
  /** How many local days ahead a session may be booked (default 60). */
  horizonDays?: number;
  /** Minutes added to the modelled driving time between two places (default 15). */
  travelBufferMinutes?: number;
  /** Sessions (pending or confirmed) per school per school term (default 4). */
  maxSessionsPerTerm?: number;
  /** Session lengths offered, minutes (subset of 45 and 90). */
  sessionMinutes?: number[];
  /** Grid of slot starts, minutes past local midnight (default 30). */
  slotStepMinutes?: number;
  /** Weekly pattern for vice-principals who have not set their own. */
  defaultWeekly?: WeeklyWindow[];
}

export const bookingRules = pgTable('booking_rules', {
  /** 'city' or a district code. */
  scope: text('scope').primaryKey(),
  rules: jsonb('rules').$type<BookingRuleFields>().notNull(),
  updatedBy: text('updated_by').notNull().default(''),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const availabilityWindows = pgTable(
  'availability_windows',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    /** ISO weekday, 1 = Monday … 7 = Sunday. */
    weekday: smallint('weekday').notNull(),
    /** Local 'HH:mm', Asia/Shanghai. */
    startTime: text('start_time').notNull(),
    endTime: text('end_time').notNull(),
    validFrom: date('valid_from'),
    validTo: date('valid_to'),
  },
  (t) => [
    index('availability_windows_person_idx').on(t.personId),
    check('availability_windows_weekday', sql`${t.weekday} between 1 and 7`),
    check('availability_windows_order', sql`${t.endTime} > ${t.startTime}`),
  ],
);

/** A date override replaces that date's weekly windows; an empty list means "not available". */
export const availabilityOverrides = pgTable(
  'availability_overrides',
  {
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    /** Local date, Asia/Shanghai. */
    onDate: date('on_date').notNull(),
    windows: jsonb('windows').$type<LocalWindow[]>().notNull(),
    note: text('note').notNull().default(''),
  },
  (t) => [primaryKey({ columns: [t.personId, t.onDate] })],
);

export const bookingSettings = pgTable('booking_settings', {
  personId: integer('person_id')
    .primaryKey()
    .references(() => people.id, { onDelete: 'cascade' }),
  /** Schools' bookings stay pending until the vice-principal (or a coordinator) confirms. */
  requiresConfirmation: boolean('requires_confirmation').notNull().default(false),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
