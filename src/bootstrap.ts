// Start-up shared by the server, the standalone worker and CLI commands: open the database the
// config names, apply migrations, seed the demo data into an empty registry, and make sure the
// operator's admin token exists.
import { resolve } from 'node:path';
import { migrateDatabase, openDatabase, type Database } from '../db/client.js';
import { ensureAdminToken } from '../db/repositories/tokens.js';
import { isRegistryEmpty, seedDemo, type SeedCounts } from '../db/seed.js';
import type { Config } from './config.js';
import { generateDemo } from './demo/index.js';
import { seedDemoPastSessions } from './bookings/demo-seed.js';

export interface Booted {
  database: Database;
  /** Counts written when this start seeded the demo data, else undefined. */
  seeded?: SeedCounts;
}

export async function openConfiguredDatabase(config: Config): Promise<Database> {
  return config.databaseUrl
    ? openDatabase({ url: config.databaseUrl })
    : openDatabase({ dataDir: resolve(config.dataDir) });
}

export async function boot(config: Config, opts: { seed?: boolean; now?: Date } = {}): Promise<Booted> {
  const database = await openConfiguredDatabase(config);
  try {
    await migrateDatabase(database);
    let seeded: SeedCounts | undefined;
    if ((opts.seed ?? config.seedDemo) && (await isRegistryEmpty(database))) {
      const demo = generateDemo({ seed: 1, scale: 1 });
      seeded = await seedDemo(database, demo);
      // This school year's law-education sessions already held, so the yearly report has history.
      seeded.pastSessions = await seedDemoPastSessions(database.db, demo, opts.now ?? new Date());
    }
    if (config.adminToken) await ensureAdminToken(database.db, config.adminToken);
    return { database, seeded };
  } catch (err) {
    await database.close();
    throw err;
  }
}
