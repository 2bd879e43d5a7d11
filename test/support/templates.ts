// Builds template databases once per test run (vitest globalSetup), so each test file gets a
// fresh, migrated database in well under a second: PGlite clones a dumped data directory;
// a real PostgreSQL copies a template database (CREATE DATABASE … TEMPLATE …).
import { existsSync, mkdirSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { migrateDatabase, openDatabase, pgliteOf, type Database } from '../../db/client.js';
import { CACHE_DIR } from './template-cache.js';

export type TemplateName = 'empty' | 'demo';

/** Fills a migrated database for a named template. */
export type TemplateFiller = (name: TemplateName, database: Database) => Promise<void>;

export function databaseNameFor(baseUrl: string, name: string): string {
  const u = new URL(baseUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function buildPgliteTemplate(name: TemplateName, fill?: TemplateFiller, key?: string): Promise<string> {
  if (key) {
    const cached = join(CACHE_DIR, `${key}-${name}.tar`);
    if (existsSync(cached)) return cached;
  }
  const database = await openDatabase({});
  await migrateDatabase(database);
  if (fill) await fill(name, database);
  const dump = await pgliteOf(database)!.dumpDataDir('none');
  await database.close();
  const bytes = Buffer.from(await dump.arrayBuffer());
  if (key) {
    mkdirSync(CACHE_DIR, { recursive: true });
    const file = join(CACHE_DIR, `${key}-${name}.tar`);
    const tmp = `${file}.${process.pid}`;
    writeFileSync(tmp, bytes);
    renameSync(tmp, file); // atomic: a concurrent run never reads half a file
    return file;
  }
  const dir = mkdtempSync(join(tmpdir(), 'zhiban-tpl-'));
  const file = join(dir, `${name}.tar`);
  writeFileSync(file, bytes);
  return file;
}

export async function buildPostgresTemplate(baseUrl: string, name: TemplateName, fill?: TemplateFiller, key?: string): Promise<string> {
  const dbName = key ? `zhiban_tpl_${key}_${name}` : `zhiban_tpl_${name}_${process.pid}`;
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  try {
    // One builder at a time per template (the lock lives as long as this connection); a template
    // marked complete is reused as it is.
    await admin`select pg_advisory_lock(hashtext(${dbName}))`;
    const [done] = await admin`select 1 from pg_database where datname = ${dbName} and shobj_description(oid, 'pg_database') = 'complete'`;
    if (done && key) return dbName;
    await admin.unsafe(`drop database if exists ${dbName} with (force)`);
    await admin.unsafe(`create database ${dbName}`);
    const database = await openDatabase({ url: databaseNameFor(baseUrl, dbName), max: 2 });
    try {
      await migrateDatabase(database);
      if (fill) await fill(name, database);
    } finally {
      await database.close();
    }
    await admin.unsafe(`comment on database ${dbName} is 'complete'`);
    return dbName;
  } finally {
    await admin.end();
  }
}

export async function dropPostgresDatabases(baseUrl: string, prefix: string): Promise<void> {
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  try {
    const rows = await admin<{ datname: string }[]>`select datname from pg_database where datname like ${`${prefix}%`}`;
    for (const r of rows) await admin.unsafe(`drop database if exists ${r.datname} with (force)`);
  } finally {
    await admin.end();
  }
}
