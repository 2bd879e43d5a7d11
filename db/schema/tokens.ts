// API tokens (Bearer) and feed tokens. Only a SHA-256 hash of each secret is stored;
// a token's public id finds the row, then the hashes are compared in constant time.
import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { districts } from './districts.js';
import { tokenRoleEnum } from './enums.js';
import { people } from './people.js';
import { sites } from './sites.js';

export const apiTokens = pgTable('api_tokens', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  /** Public part of the token (not secret), e.g. 'k3J9…'; finds the row. */
  publicId: text('public_id').notNull().unique(),
  /** hex SHA-256 of the secret part. */
  secretHash: text('secret_hash').notNull(),
  role: tokenRoleEnum('role').notNull(),
  /** coordinator: the district (null = whole city). */
  districtCode: text('district_code').references(() => districts.code, { onDelete: 'restrict' }),
  personId: integer('person_id').references(() => people.id, { onDelete: 'cascade' }),
  siteId: integer('site_id').references(() => sites.id, { onDelete: 'cascade' }),
  label: text('label').notNull().default(''),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
});

export const feedTokens = pgTable(
  'feed_tokens',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    publicId: text('public_id').notNull().unique(),
    secretHash: text('secret_hash').notNull(),
    /** person | site | school */
    subject: text('subject').notNull(),
    personId: integer('person_id').references(() => people.id, { onDelete: 'cascade' }),
    siteId: integer('site_id').references(() => sites.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('feed_tokens_person_idx').on(t.personId)],
);
