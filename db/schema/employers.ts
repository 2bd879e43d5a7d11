// Employers of rostered people: law firms, notary offices, courts, police, the justice bureau …
import { pgTable, text } from 'drizzle-orm/pg-core';
import { districts } from './districts.js';
import { employerKindEnum } from './enums.js';

export const employers = pgTable('employers', {
  code: text('code').primaryKey(),
  kind: employerKindEnum('kind').notNull(),
  name: text('name').notNull(),
  districtCode: text('district_code').references(() => districts.code, { onDelete: 'restrict' }),
});
