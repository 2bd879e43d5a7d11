// County-level units (区/县/市) and their township units (乡镇/街道).
import { boolean, doublePrecision, index, pgTable, text } from 'drizzle-orm/pg-core';
import { languageEnum, townshipKindEnum } from './enums.js';

export const districts = pgTable('districts', {
  /** Administrative division code, e.g. '520201' (钟山区). */
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  nameEn: text('name_en').notNull().default(''),
  seatLat: doublePrecision('seat_lat').notNull(),
  seatLon: doublePrecision('seat_lon').notNull(),
  /** The central city: its lawyers are the ones "resource sinking" sends outwards. */
  central: boolean('central').notNull().default(false),
});

export const townships = pgTable(
  'townships',
  {
    /** 9-digit township code, e.g. '520201001'. */
    code: text('code').primaryKey(),
    districtCode: text('district_code')
      .notNull()
      .references(() => districts.code, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    kind: townshipKindEnum('kind').notNull(),
    lat: doublePrecision('lat').notNull(),
    lon: doublePrecision('lon').notNull(),
    /** Local languages residents speak besides Mandarin (民族乡). */
    ethnicLanguages: languageEnum('ethnic_languages').array().notNull().default([]),
    remote: boolean('remote').notNull().default(false),
  },
  (t) => [index('townships_district_idx').on(t.districtCode)],
);
