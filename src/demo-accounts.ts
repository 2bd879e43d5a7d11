// Demo accounts for the embedded database: on the first start, one token per role is created
// and kept in DATA_DIR/demo-accounts.json (mode 0600) so `npm start` can show them every time.
// Only for the embedded demo; a real PostgreSQL deployment makes tokens with the CLI.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { createApiToken } from '../db/repositories/tokens.js';
import { appointments, people, sites } from '../db/schema/index.js';

export interface DemoAccount {
  role: string;
  label: string;
  token: string;
}

/** The demo accounts written by ensureDemoAccounts, or [] when there are none (the web UI's one-click sign-in). */
export function readDemoAccounts(dataDir: string): DemoAccount[] {
  const file = join(resolve(dataDir), 'demo-accounts.json');
  if (!existsSync(file)) return [];
  return JSON.parse(readFileSync(file, 'utf8')) as DemoAccount[];
}

export async function ensureDemoAccounts(database: Database, dataDir: string): Promise<DemoAccount[]> {
  const file = join(resolve(dataDir), 'demo-accounts.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as DemoAccount[];
  const db = database.db;
  const [lawyer] = await db.select({ id: people.id, name: people.name }).from(people).where(sql`'lawyer' = any(${people.roles})`).orderBy(people.id).limit(1);
  const [school] = await db
    .select({ id: sites.id, name: sites.name })
    .from(sites)
    .innerJoin(appointments, and(eq(appointments.siteId, sites.id), eq(appointments.kind, 'vice_principal')))
    .where(eq(sites.districtCode, '520201'))
    .orderBy(sites.id)
    .limit(1);
  const accounts: DemoAccount[] = [];
  const add = async (role: DemoAccount['role'], label: string, scope: Parameters<typeof createApiToken>[1]) => {
    accounts.push({ role, label, token: (await createApiToken(db, { ...scope, label })).token });
  };
  await add('admin', '管理员 admin', { role: 'admin' });
  await add('coordinator', '市司法局协调员 city coordinator', { role: 'coordinator', districtCode: null });
  await add('coordinator', '钟山区协调员 Zhongshan coordinator', { role: 'coordinator', districtCode: '520201' });
  if (lawyer) await add('person', `${lawyer.name}（律师）`, { role: 'person', personId: lawyer.id });
  if (school) await add('school', school.name, { role: 'school', siteId: school.id });
  await add('finance', '财务 finance', { role: 'finance' });
  writeFileSync(file, JSON.stringify(accounts, null, 2), { mode: 0o600 });
  return accounts;
}
