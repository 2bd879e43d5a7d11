// People who can be rostered, and the time ranges they cannot serve (leave, court dates …).
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { districts } from './districts.js';
import { employers } from './employers.js';
import { languageEnum, roleEnum, unavailabilityKindEnum } from './enums.js';

export const people = pgTable(
  'people',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    gender: text('gender'),
    roles: roleEnum('roles').array().notNull(),
    employerCode: text('employer_code').references(() => employers.code, { onDelete: 'restrict' }),
    /** A salaried public official (court, procuratorate, police, justice bureau) gets no subsidy. */
    publicOfficial: boolean('public_official').notNull().default(false),
    homeDistrictCode: text('home_district_code')
      .notNull()
      .references(() => districts.code, { onDelete: 'restrict' }),
    homeLat: doublePrecision('home_lat').notNull(),
    homeLon: doublePrecision('home_lon').notNull(),
    /** Dispute areas: labour, land, property, family, consumer, ecommerce … */
    skills: text('skills').array().notNull().default([]),
    languages: languageEnum('languages').array().notNull().default(['zh']),
    maxDutiesPerWeek: integer('max_duties_per_week').notNull().default(3),
    maxDutiesPerMonth: integer('max_duties_per_month').notNull().default(10),
    /** Contract limit, hours per calendar month. */
    maxHoursPerMonth: integer('max_hours_per_month').notNull().default(60),
    contractStart: date('contract_start').notNull(),
    contractEnd: date('contract_end'),
    phone: text('phone').notNull().default(''),
    /** Lawyer in the provincial 12348 hotline pool. */
    hotlinePool: boolean('hotline_pool').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('people_district_idx').on(t.homeDistrictCode),
    check('people_roles_nonempty', sql`cardinality(${t.roles}) > 0`),
    check('people_home_lat', sql`${t.homeLat} between -90 and 90`),
    check('people_home_lon', sql`${t.homeLon} between -180 and 180`),
    check('people_limits', sql`${t.maxDutiesPerWeek} >= 0 and ${t.maxDutiesPerMonth} >= 0 and ${t.maxHoursPerMonth} >= 0`),
    check('people_contract', sql`${t.contractEnd} is null or ${t.contractEnd} >= ${t.contractStart}`),
  ],
);

export const unavailability = pgTable(
  'unavailability',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    kind: unavailabilityKindEnum('kind').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    note: text('note').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('unavailability_person_idx').on(t.personId, t.startsAt),
    check('unavailability_order', sql`${t.endsAt} > ${t.startsAt}`),
  ],
);
