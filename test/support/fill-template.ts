// What each template database holds: 'empty' is only migrated; 'demo' adds the seeded
// Liupanshui demo data (seed 1, scale 1), as `npm start` writes it on a first start.
import type { Database } from '../../db/client.js';
import { seedDemo } from '../../db/seed.js';
import { generateDemo } from '../../src/demo/index.js';
import type { TemplateName } from './templates.js';

export async function fillTemplate(name: TemplateName, database: Database): Promise<void> {
  if (name === 'empty') return;
  await seedDemo(database, generateDemo({ seed: 1, scale: 1 }));
}
