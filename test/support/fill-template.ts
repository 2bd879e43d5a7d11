// What each template database holds: 'empty' is only migrated; 'demo' adds the seeded
// Liupanshui demo data (seed 1, scale 1), as `npm start` writes it on a first start.
import type { Database } from '../../db/client.js';
import { seedDemo } from '../../db/seed.js';
import { generateDemo } from '../../src/demo/index.js';
import { seedDemoPastSessions } from '../../src/bookings/demo-seed.js';
import type { TemplateName } from './templates.js';

export async function fillTemplate(name: TemplateName, database: Database): Promise<void> {
  if (name === 'empty') return;
  const demo = generateDemo({ seed: 1, scale: 1 });
  await seedDemo(database, demo);
  // As a first `npm start` would on the tests' fixed date (test/support/app.ts's clock).
  await seedDemoPastSessions(database.db, demo, new Date('2026-11-26T02:00:00Z'));
}
