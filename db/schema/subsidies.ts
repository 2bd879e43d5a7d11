// Subsidy rules (data, with validity dates), monthly budgets, and the append-only ledger
// (a trigger refuses UPDATE and DELETE; a correction is a reversing record).
import { sql } from 'drizzle-orm';
import { bigint, check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { districts } from './districts.js';
import { people } from './people.js';
import { shifts } from './rosters.js';

export const subsidyRules = pgTable('subsidy_rules', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  /** Null: the city-wide default. */
  districtCode: text('district_code').references(() => districts.code, { onDelete: 'restrict' }),
  code: text('code').notNull(),
  rule: jsonb('rule').notNull(),
  validFrom: date('valid_from').notNull(),
  validTo: date('valid_to'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const subsidyBudgets = pgTable(
  'subsidy_budgets',
  {
    districtCode: text('district_code')
      .notNull()
      .references(() => districts.code, { onDelete: 'restrict' }),
    /** 'YYYY-MM' */
    month: text('month').notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.districtCode, t.month] }), check('budget_nonneg', sql`${t.amountFen} >= 0`)],
);

export const subsidyRecords = pgTable(
  'subsidy_records',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    shiftId: integer('shift_id')
      .notNull()
      .references(() => shifts.id, { onDelete: 'restrict' }),
    rosterId: integer('roster_id').notNull(),
    rosterVersion: integer('roster_version').notNull(),
    districtCode: text('district_code').notNull(),
    /** 'YYYY-MM' of the duty (local). */
    month: text('month').notNull(),
    ruleCode: text('rule_code').notNull(),
    /** Signed: a reversal is the negative of the record it reverses. */
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    /** The record this one reverses (at most one reversal per record). */
    reverses: integer('reverses').references((): AnyPgColumn => subsidyRecords.id, { onDelete: 'restrict' }),
    detail: jsonb('detail'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('subsidy_records_month_idx').on(t.month, t.districtCode),
    index('subsidy_records_person_idx').on(t.personId),
    // The ledger hook reads a roster's open records on every publication.
    index('subsidy_records_roster_idx').on(t.rosterId, t.personId, t.shiftId),
    // A record is reversed at most once: a second reversal would pay back twice.
    uniqueIndex('subsidy_records_reversed_once').on(t.reverses).where(sql`${t.reverses} is not null`),
  ],
);
