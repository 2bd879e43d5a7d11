import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestContext } from '../support/app.js';

let t: TestContext;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

describe('service endpoints', () => {
  it('GET /health names the database in use', async () => {
    const res = await t.call('GET', '/health', { token: null });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { status: string; database: string };
    expect(body.status).toBe('ok');
    expect(body.database).toBe(t.database.kind);
    expect(['pglite', 'postgres']).toContain(body.database);
  });

  it('serves an OpenAPI 3.1 document generated from the schemas, and a reference page', async () => {
    const doc = (await (await t.call('GET', '/openapi.json', { token: null })).json()) as { openapi: string; paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, unknown> } };
    expect(doc.openapi).toBe('3.1.0');
    for (const path of ['/api/v1/sites', '/api/v1/sites/{id}', '/api/v1/people', '/api/v1/unavailability', '/api/v1/appointments', '/api/v1/districts']) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
    expect(Object.keys(doc.paths['/api/v1/people/{id}']!)).toEqual(expect.arrayContaining(['get', 'patch', 'delete']));
    expect(doc.components.schemas).toHaveProperty('PersonInput');
    expect(doc.components.schemas).toHaveProperty('Problem');
    const page = await t.call('GET', '/docs', { token: null });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('/api/v1/people/{id}');
    expect(html).toContain('PersonInput');
  });
});
