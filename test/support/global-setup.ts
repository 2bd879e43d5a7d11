// vitest globalSetup: builds the template databases every test file clones, on the database
// the run targets (DATABASE_URL set → real PostgreSQL, else PGlite), and drops them afterwards.
import type { TestProject } from 'vitest/node';
import { fillTemplate } from './fill-template.js';
import { templateKey } from './template-cache.js';
import {
  buildPgliteTemplate,
  buildPostgresTemplate,
  dropPostgresDatabases,
  type TemplateName,
} from './templates.js';

declare module 'vitest' {
  export interface ProvidedContext {
    dbKind: 'pglite' | 'postgres';
    /** pglite: dump file per template; postgres: template database name per template. */
    templates: Record<TemplateName, string>;
    baseUrl: string;
    runId: string;
  }
}

const url = process.env.DATABASE_URL || undefined;
const runId = `${process.pid}`;

export default async function setup(project: TestProject) {
  const names: TemplateName[] = ['empty', 'demo'];
  const templates = {} as Record<TemplateName, string>;
  const key = templateKey();
  for (const name of names) {
    templates[name] = url
      ? await buildPostgresTemplate(url, name, fillTemplate, key)
      : await buildPgliteTemplate(name, fillTemplate, key);
  }
  project.provide('dbKind', url ? 'postgres' : 'pglite');
  project.provide('templates', templates);
  project.provide('baseUrl', url ?? '');
  project.provide('runId', runId);
  return async () => {
    if (url) {
      await dropPostgresDatabases(url, `zhiban_t_${runId}_`);
      // Templates stay for the next run with the same key (other runs may be using them now).
    }
  };
}
