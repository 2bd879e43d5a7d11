// Opens the database: embedded PGlite in a directory (the zero-setup default) or a real
// PostgreSQL through postgres.js, and applies the committed migrations with drizzle's migrate().
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import * as schema from './schema/index.js';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Either the database or a transaction on it: repositories accept both. */
export type Queryable = Db | Tx;

/** Plain SQL access for libraries that bring their own queries (pg-boss). */
export interface RawSql {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
}

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** The postgres:// URL (PostgreSQL only), for libraries that open their own pool. */
  url?: string;
  raw: RawSql;
  close(): Promise<void>;
}

export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations', import.meta.url));

export interface DbOptions {
  /** postgres:// URL; when absent, PGlite is used. */
  url?: string;
  /** PGlite data directory; absent = in memory. */
  dataDir?: string;
  /** A PGlite data dump (tar) to start from instead of an empty database (tests clone a template). */
  loadDataDir?: Blob | File;
  /** postgres.js pool size. */
  max?: number;
}

export async function openDatabase(opts: DbOptions): Promise<Database> {
  if (opts.url) {
    const sql = postgres(opts.url, { max: opts.max ?? 10, onnotice: () => {}, prepare: true });
    const db = drizzlePostgres(sql, { schema }) as unknown as Db;
    return {
      db,
      kind: 'postgres',
      url: opts.url,
      raw: { query: async (text, params = []) => (await sql.unsafe(text, params as never[])) as never },
      close: () => sql.end({ timeout: 5 }),
    };
  }
  if (opts.dataDir) mkdirSync(opts.dataDir, { recursive: true });
  const client = await PGlite.create({
    dataDir: opts.dataDir,
    extensions: { btree_gist },
    loadDataDir: opts.loadDataDir,
  });
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    raw: {
      query: async (text, params = []) => {
        if (params.length === 0) {
          // Parameterless text may hold several statements (pg-boss migrations): use exec.
          const results = await client.exec(text);
          return (results.at(-1)?.rows ?? []) as never;
        }
        return (await client.query(text, params)).rows as never;
      },
    },
    close: () => client.close(),
  };
}

/** Applies the committed migrations (idempotent). */
export async function migrateDatabase(database: Database): Promise<void> {
  if (database.kind === 'pglite') {
    await migratePglite(database.db as never, { migrationsFolder: MIGRATIONS_DIR });
  } else {
    await migratePostgres(database.db as never, { migrationsFolder: MIGRATIONS_DIR });
  }
}

/** Underlying PGlite instance (tests dump it to clone templates). */
export function pgliteOf(database: Database): PGlite | undefined {
  const session = (database.db as unknown as { $client?: unknown }).$client;
  return session instanceof PGlite ? session : undefined;
}
