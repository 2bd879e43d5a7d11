// School law-education sessions booked with a legal vice-principal. Double booking is refused
// by an exclusion constraint (btree_gist) added in a custom migration.
import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { people } from './people.js';
import { sites } from './sites.js';

export const bookings = pgTable(
  'bookings',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    schoolSiteId: integer('school_site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'restrict' }),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    /** pending | confirmed | cancelled */
    status: text('status').notNull().default('confirmed'),
    /** Who asked for it: school (booked by or for the school) | proposal (proposed for a school
     *  behind its yearly minimum, pending a coordinator) | demo (seeded past session). */
    origin: text('origin').notNull().default('school'),
    topic: text('topic').notNull().default(''),
    idempotencyKey: text('idempotency_key'),
    sequence: integer('sequence').notNull().default(0),
    history: jsonb('history').notNull().default([]),
    createdBy: text('created_by').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('bookings_school_idx').on(t.schoolSiteId, t.startsAt),
    index('bookings_person_idx').on(t.personId, t.startsAt),
    uniqueIndex('bookings_idempotency').on(t.schoolSiteId, t.idempotencyKey),
    check('bookings_order', sql`${t.endsAt} > ${t.startsAt}`),
    check('bookings_status', sql`${t.status} in ('pending', 'confirmed', 'cancelled')`),
    check('bookings_origin', sql`${t.origin} in ('school', 'proposal', 'demo')`),
  ],
);
