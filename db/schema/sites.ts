// Places with duty: centres, township stations, village workrooms, resettlement sites,
// schools and the online desks (hotline seat, online platform: no travel).
import { sql } from 'drizzle-orm';
import { boolean, check, doublePrecision, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { districts, townships } from './districts.js';
import { languageEnum, siteTypeEnum } from './enums.js';

/** One opening rule: on which days, from `open` to `close` (local HH:mm, Asia/Shanghai). */
export interface OpeningHours {
  days: 'working_days' | 'every_day' | 'school_days';
  open: string;
  close: string;
}

export const sites = pgTable(
  'sites',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    /** Stable human code (demo data and imports), unique. */
    code: text('code').notNull().unique(),
    type: siteTypeEnum('type').notNull(),
    name: text('name').notNull(),
    /** Null only for online desks that belong to the whole city. */
    districtCode: text('district_code').references(() => districts.code, { onDelete: 'restrict' }),
    townshipCode: text('township_code').references(() => townships.code, { onDelete: 'restrict' }),
    address: text('address').notNull().default(''),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    openingHours: jsonb('opening_hours').$type<OpeningHours[]>().notNull().default([]),
    phone: text('phone').notNull().default(''),
    languagesNeeded: languageEnum('languages_needed').array().notNull().default([]),
    /** Residents served (resettlement sites), when known. */
    population: integer('population'),
    schoolLevel: text('school_level'),
    remote: boolean('remote').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('sites_district_type_idx').on(t.districtCode, t.type),
    index('sites_type_idx').on(t.type),
    check('sites_lat_range', sql`${t.lat} is null or (${t.lat} between -90 and 90)`),
    check('sites_lon_range', sql`${t.lon} is null or (${t.lon} between -180 and 180)`),
    check('sites_coords_both', sql`(${t.lat} is null) = (${t.lon} is null)`),
  ],
);
