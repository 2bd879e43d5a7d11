// The seeded demo registry as the API serves it: real-scale counts and the appointment rules.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestContext } from '../support/app.js';

let t: TestContext;
beforeAll(async () => {
  t = await testApp('demo');
});
afterAll(() => t.close());

const total = async (path: string) => ((await (await t.call('GET', path)).json()) as { total: number }).total;

describe('seeded Liupanshui demo data', () => {
  it('serves the real-scale counts', async () => {
    expect(await total('/api/v1/sites?type=station')).toBe(92);
    expect(await total('/api/v1/sites?type=centre')).toBe(5);
    expect(await total('/api/v1/sites?type=workroom')).toBe(1152);
    expect(await total('/api/v1/sites?type=resettlement')).toBe(48);
    expect(await total('/api/v1/sites?type=school')).toBe(673);
    expect(await total('/api/v1/sites?type=online')).toBe(3);
    expect(await total('/api/v1/townships?limit=1')).toBe(92);
    const districts = ((await (await t.call('GET', '/api/v1/districts')).json()) as { items: { code: string; townshipCount: number }[] }).items;
    expect(districts.map((d) => [d.code, d.townshipCount])).toEqual([['520201', 19], ['520203', 18], ['520204', 28], ['520281', 27]]);
    expect(await total('/api/v1/people?role=lawyer')).toBe(420);
    expect(await total('/api/v1/people?role=notary')).toBe(22);
    expect(await total('/api/v1/people?role=legal_vice_principal')).toBe(450);
  });

  it('gives every school a legal vice-principal and nobody more than two schools', async () => {
    const rows = await t.database.raw.query<{ orphans: number; over: number }>(`
      select
        (select count(*)::int from sites s where s.type = 'school' and not exists
           (select 1 from appointments a where a.site_id = s.id and a.kind = 'vice_principal'
             and daterange(a.starts_on, a.ends_on, '[]') @> date '2026-12-01')) as orphans,
        (select count(*)::int from (select person_id from appointments where kind = 'vice_principal'
           and daterange(starts_on, ends_on, '[]') @> date '2026-12-01' group by person_id having count(*) > 2) x) as over`);
    expect(rows[0]).toEqual({ orphans: 0, over: 0 });
  });

  it('gives every village workroom exactly one adviser, each holding 1–5 villages', async () => {
    const [row] = await t.database.raw.query<{ without: number; minv: number; maxv: number }>(`
      select
        (select count(*)::int from sites s where s.type = 'workroom' and not exists
          (select 1 from appointments a where a.site_id = s.id and a.kind = 'village_adviser')) as without,
        (select min(n)::int from (select count(*) n from appointments where kind = 'village_adviser' group by person_id) x) as minv,
        (select max(n)::int from (select count(*) n from appointments where kind = 'village_adviser' group by person_id) x) as maxv`);
    expect(row).toEqual({ without: 0, minv: 1, maxv: expect.any(Number) });
    expect(row!.maxv).toBeLessThanOrEqual(5);
  });
});
