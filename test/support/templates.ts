// Builds template databases once per test run (vitest globalSetup), so each test file gets a
// fresh, migrated database in well under a second: PGlite clones a dumped data directory;
// a real PostgreSQL copies a template database (CREATE DATABASE … TEMPLATE …).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { migrateDatabase, openDatabase, pgliteOf, type Database } from '../../db/client.js';

export type TemplateName = 'empty' | 'demo';

/** Fills a migrated database for a named template. */
export type TemplateFiller = (name: TemplateName, database: Database) => Promise<void>;

export function databaseNameFor(baseUrl: string, name: string): string {
  const u = new URL(baseUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function buildPgliteTemplate(name: TemplateName, fill?: TemplateFiller): Promise<string> {
  const database = await openDatabase({});
  await migrateDatabase(database);
  if (fill) await fill(name, database);
  const dump = await pgliteOf(database)!.dumpDataDir('none');
  await database.close();
  const dir = mkdtempSync(join(tmpdir(), 'zhiban-tpl-'));
  const file = join(dir, `${name}.tar`);
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  return file;
}

export async function buildPostgresTemplate(baseUrl: string, name: TemplateName, fill?: TemplateFiller): Promise<string> {
  const dbName = `zhiban_tpl_${name}_${process.pid}`;
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists ${dbName}`);
    await admin.unsafe(`create database ${dbName}`);
  } finally {
    await admin.end();
  }
  const database = await openDatabase({ url: databaseNameFor(baseUrl, dbName), max: 2 });
  await migrateDatabase(database);
  if (fill) await fill(name, database);
  await database.close();
  return dbName;
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
