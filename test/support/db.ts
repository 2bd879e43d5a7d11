// A fresh database per test file, cloned from a template built by the global setup.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import postgres from 'postgres';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../../db/client.js';
import { databaseNameFor, type TemplateName } from './templates.js';

export async function testDatabase(template: TemplateName = 'empty'): Promise<Database> {
  const kind = inject('dbKind');
  const tpl = inject('templates')[template];
  if (kind === 'pglite') {
    const dump = readFileSync(tpl);
    return openDatabase({ loadDataDir: new Blob([dump]) });
  }
  const baseUrl = inject('baseUrl');
  const name = `zhiban_t_${inject('runId')}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name} template ${tpl}`);
  } finally {
    await admin.end();
  }
  const database = await openDatabase({ url: databaseNameFor(baseUrl, name), max: 5 });
  const close = database.close;
  return {
    ...database,
    close: async () => {
      await close();
      const a = postgres(baseUrl, { max: 1, onnotice: () => {} });
      try {
        await a.unsafe(`drop database if exists ${name} with (force)`);
      } finally {
        await a.end();
      }
    },
  };
}
