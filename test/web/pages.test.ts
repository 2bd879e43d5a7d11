// The registry pages through app.request(): Chinese by default and English after the toggle,
// lists that search, filter and page like the API, detail pages, and the 403 / 404 pages.
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webRoutes } from '../../src/web/index.js';
import { en } from '../../src/web/i18n/en.js';
import { zh } from '../../src/web/i18n/zh.js';
import { personToForm } from '../../src/web/forms/person.js';
import type { PersonOut } from '../../src/web/types.js';
import { byId, cookieOf, webTest, type WebTest } from './helpers.js';

let t: WebTest;
let lawyer: PersonOut;
beforeAll(async () => {
  t = await webTest();
  const list = (await (await t.call('GET', '/api/v1/people?role=lawyer&district=520201&limit=1')).json()) as { items: PersonOut[] };
  lawyer = list.items[0]!;
});
afterAll(() => t.close());

const apiTotal = async (path: string) => ((await (await t.call('GET', path)).json()) as { total: number }).total;
const rows = (html: string, tableId: string) => byId(html, tableId).match(/<tr>/g)?.length ?? 0;

describe('languages', () => {
  it('renders the overview in Chinese by default, with the registry counts of the API', async () => {
    const { res, html } = await t.page('/overview');
    expect(res.status).toBe(200);
    expect(html).toContain('<html lang="zh-CN">');
    for (const key of ['overview.title', 'nav.people', 'nav.roster', 'siteType.station', 'personRole.lawyer', 'overview.coverage'] as const) expect(html).toContain(zh[key]);
    const stations = await apiTotal('/api/v1/sites?type=station');
    expect(byId(html, 'sites-table')).toContain(`<td class="num">${stations}</td>`);
    expect(html).toMatch(/<svg[^>]*role="img"/);
  });

  it('switches to English with the toggle and keeps it in a cookie', async () => {
    const toggle = await t.page('/lang?to=en&next=%2Foverview');
    expect(toggle.res.status).toBe(303);
    expect(toggle.res.headers.get('location')).toBe('/overview');
    expect(cookieOf(toggle.res, 'lang')).toMatch(/^lang=en/);
    const { html } = await t.page('/overview', { lang: 'en' });
    expect(html).toContain('<html lang="en">');
    for (const key of ['overview.title', 'nav.people', 'siteType.station', 'personRole.lawyer'] as const) expect(html).toContain(en[key]);
    // No label of the Chinese catalogue is left on the page (district names are data and stay).
    for (const key of ['nav.people', 'nav.roster', 'overview.registry', 'siteType.workroom', 'personRole.mediator', 'overview.totalRow'] as const) expect(html).not.toContain(zh[key]);
  });

  it('refuses to redirect the toggle off-site', async () => {
    const { res } = await t.page('/lang?to=zh&next=%2F%2Fevil.example%2F');
    expect(res.headers.get('location')).toBe('/');
  });
});

describe('people and sites pages', () => {
  it('searches people by name and links to their page', async () => {
    const { html } = await t.page(`/people?q=${encodeURIComponent(lawyer.name)}`);
    expect(byId(html, 'people-list')).toContain(`<a href="/people/${lawyer.id}">${lawyer.name}</a>`);
  });

  it('filters people by district, role, skill and language with the API’s totals, paged', async () => {
    const q = 'district=520201&role=lawyer&skill=labour&language=zh';
    const total = await apiTotal(`/api/v1/people?${q}`);
    const first = await t.page(`/people?${q}`);
    expect(first.html).toContain(zh['common.total'].replace('{n}', String(total)));
    expect(rows(first.html, 'people-list')).toBe(Math.min(total, 30) + 1);
    expect(first.html).toContain(`href="/people?${q.replaceAll('&', '&amp;')}&amp;page=2"`);
    const second = await t.page(`/people?${q}&page=2`);
    expect(second.html).toContain(zh['common.page'].replace('{page}', '2').replace('{pages}', String(Math.ceil(total / 30))));
  });

  it('shows a person with appointments by site name and unavailability in Beijing time', async () => {
    const { html } = await t.page(`/people/${lawyer.id}`);
    expect(html).toContain(`<h1>${lawyer.name} <span class="code">${lawyer.code}</span></h1>`);
    const ranges = (await (await t.call('GET', `/api/v1/unavailability?person=${lawyer.id}&from=2026-10-27T00:00:00%2B08:00&limit=1`)).json()) as { items: { startsAt: string }[] };
    if (ranges.items[0]) {
      const local = new Date(Date.parse(ranges.items[0].startsAt) + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
      expect(byId(html, 'unavailability-list')).toContain(local);
    }
    expect(byId(html, 'unavailability-form')).toContain('name="startsAt"');
    // Today is 2026-11-26 in these tests: the page lists 30 days back to 120 ahead, or all later ones.
    const windowed = await apiTotal(`/api/v1/unavailability?person=${lawyer.id}&from=2026-10-27T00:00:00%2B08:00&to=2027-03-26T00:00:00%2B08:00`);
    expect(html).toContain(zh['unavail.windowTo'].replace('{from}', '2026-10-27').replace('{to}', '2027-03-26').replace('{n}', String(windowed)));
    expect(html).toContain(`href="/people/${lawyer.id}?ranges=all#unavailability"`);
    const all = await t.page(`/people/${lawyer.id}?ranges=all`);
    const later = await apiTotal(`/api/v1/unavailability?person=${lawyer.id}&from=2026-10-27T00:00:00%2B08:00`);
    expect(all.html).toContain(zh['unavail.window'].replace('{from}', '2026-10-27').replace('{n}', String(later)));
    expect(rows(all.html, 'unavailability-list')).toBe(Math.min(later, 200) + 1);
  });

  it('filters sites by type, and shows a school with its vice-principal', async () => {
    const stations = await t.page('/sites?type=station');
    expect(stations.html).toContain(zh['common.total'].replace('{n}', String(await apiTotal('/api/v1/sites?type=station'))));
    const appt = ((await (await t.call('GET', '/api/v1/appointments?kind=vice_principal&limit=1')).json()) as { items: { siteId: number; personId: number }[] }).items[0]!;
    const { html } = await t.page(`/sites/${appt.siteId}`);
    expect(html).toContain(`<a href="/people/${appt.personId}">`);
    expect(html).toContain(zh['appointment.vice_principal']);
  });
});

describe('refusals', () => {
  it('shows the 403 page when the API refuses the token', async () => {
    const person = await t.token({ role: 'person', personId: lawyer.id });
    const list = await t.page('/people', { token: person });
    expect(list.res.status).toBe(403);
    expect(list.html).toContain(zh['error.403']);
    expect((await t.page(`/people/${lawyer.id + 1}`, { token: person })).res.status).toBe(403);
    // Their own page works, and "/" leads there.
    expect((await t.page(`/people/${lawyer.id}`, { token: person })).res.status).toBe(200);
    expect((await t.page('/', { token: person })).res.headers.get('location')).toBe(`/people/${lawyer.id}`);
    const school = await t.token({ role: 'school', siteId: 1 });
    expect((await t.page('/overview', { token: school, lang: 'en' })).html).toContain(en['error.403']);
  });

  it('shows the 403 page to a district coordinator editing another district’s person', async () => {
    const zhongshan = await t.token({ role: 'coordinator', districtCode: '520201' });
    const other = ((await (await t.call('GET', '/api/v1/people?district=520204&limit=1')).json()) as { items: PersonOut[] }).items[0]!;
    expect((await t.page(`/people/${other.id}/edit`, { token: zhongshan })).res.status).toBe(403);
    const post = await t.page(`/people/${other.id}`, { token: zhongshan, form: personToForm(other) });
    expect(post.res.status).toBe(403);
    expect(post.html).toContain(zh['error.403']);
  });

  it('shows a friendly 500 page, never the stack, and logs the failure without the token', async () => {
    const logged: Record<string, unknown>[] = [];
    const deps = { ...t.deps, logger: { info() {}, error: (msg: string, fields?: Record<string, unknown>) => void logged.push({ msg, ...fields }) } };
    const broken = new Hono().route('/', webRoutes(deps, () => Promise.reject(new Error('database on fire'))));
    const res = await broken.request('/overview', { headers: { cookie: `zb_session=${t.tokens.admin}; lang=en` } });
    const html = await res.text();
    expect(res.status).toBe(500);
    expect(html).toContain(en['error.500']);
    expect(html).not.toMatch(/database on fire|at .*\.ts:\d+/);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ path: '/overview', error: 'database on fire' });
    expect(JSON.stringify(logged)).not.toContain(t.tokens.admin);
  });

  it('shows a friendly 404 page, while unknown API paths still answer problem+json', async () => {
    for (const path of ['/no-such-page', '/people/999999', '/people/abc']) {
      const { res, html } = await t.page(path);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(html).toContain(zh['error.404']);
    }
    const api = await t.call('GET', '/api/v1/no-such-thing');
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });
});
