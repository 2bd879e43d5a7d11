// Standing appointments: legal vice-principals to schools (≤ 2 schools each, by 教育部令第52号)
// and village legal advisers to village/community workrooms (one adviser per village).
import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { appointmentKindEnum } from './enums.js';
import { people } from './people.js';
import { sites } from './sites.js';

export const appointments = pgTable(
  'appointments',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    kind: appointmentKindEnum('kind').notNull(),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    siteId: integer('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'restrict' }),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('appointments_person_idx').on(t.personId),
    index('appointments_site_idx').on(t.siteId),
    uniqueIndex('appointments_unique').on(t.kind, t.personId, t.siteId),
    // "One adviser per village at a time" and "≤ 2 schools per vice-principal" are date-range
    // rules: an exclusion constraint and a trigger in the integrity migration.
    check('appointments_order', sql`${t.endsOn} is null or ${t.endsOn} >= ${t.startsOn}`),
  ],
);
