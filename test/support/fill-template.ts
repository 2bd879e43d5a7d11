// What each template database holds: 'empty' is only migrated; 'demo' adds the seeded
// Liupanshui demo data (filled in once the demo generator lands).
import type { Database } from '../../db/client.js';
import type { TemplateName } from './templates.js';

export async function fillTemplate(name: TemplateName, database: Database): Promise<void> {
  if (name === 'empty') return;
  void database;
}
