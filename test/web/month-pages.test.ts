// The month pages through app.request() on a published district roster: the overview's coverage,
// a person's duties, feed address (shown once, with a QR code) and subsidies, and the finance
// page with its CSV download relayed with the session's token.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zh } from '../../src/web/i18n/zh.js';
import type { SolveQueue } from '../../src/roster/jobs.js';
import { yuan } from '../../src/web/format.js';
import type { AssignmentRow } from '../../src/web/roster/types.js';
import { waitForStatus, withQueue } from '../support/queue.js';
import { byId, webTest, type WebTest } from './helpers.js';

const DISTRICT = '520203';
let t: WebTest;
let queue: SolveQueue;
let id: number;
let person: { id: number; name: string; duties: number };
let personToken: string;

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const fill = (s: string, p: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(p[k]));
const api = async <T,>(path: string) => (await (await t.call('GET', path)).json()) as T;

beforeAll(async () => {
  t = await webTest();
  queue = await withQueue(t);
  const res = await t.call('POST', '/api/v1/rosters', { body: { period: '2026-12', scope: DISTRICT, seconds: 5 } }); // the whole roster even on a busy machine
  id = ((await res.json()) as { id: number }).id;
  await waitForStatus(t, id, ['solved']);
  const etag = (await t.call('GET', `/api/v1/rosters/${id}`)).headers.get('etag')!;
  expect((await t.call('POST', `/api/v1/rosters/${id}/publish`, { headers: { 'if-match': etag }, body: {} })).status).toBe(201);
  const all = (await api<{ items: AssignmentRow[] }>(`/api/v1/rosters/${id}/assignments?limit=5000`)).items;
  const counts = new Map<number, number>();
  for (const a of all) counts.set(a.personId, (counts.get(a.personId) ?? 0) + 1);
  const busiest = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  person = { id: busiest[0], name: all.find((a) => a.personId === busiest[0])!.personName, duties: busiest[1] };
  personToken = await t.token({ role: 'person', personId: person.id });
}, 90_000);
afterAll(async () => {
  await queue.stop();
  await t.close();
});

describe('overview', () => {
  it('opens on next month when only it has rosters, with the roster’s coverage, load and charts', async () => {
    const { html } = await t.page('/overview');
    expect(html).toContain('name="month" type="month" value="2026-12"');
    const r = await api<{ counts: { filled: number; unfilled: number } }>(`/api/v1/rosters/${id}`);
    const pct = Math.round((100 * r.counts.filled) / (r.counts.filled + r.counts.unfilled));
    expect(text(html)).toContain(fill(zh['coverage.lead'], { filled: r.counts.filled, unfilled: r.counts.unfilled, pct }));
    expect(byId(html, 'coverage-table')).toContain(zh['siteType.station']);
    expect(html).toMatch(/<svg[^>]*class="columns"/);
    expect(byId(html, 'load-most')).toContain(`${person.name}</a> ${fill(zh['coverage.duties'], { n: person.duties })}`);
  });

  it('says so when the month has no roster', async () => {
    const { html } = await t.page('/overview?month=2027-01');
    expect(text(html)).toContain(fill(zh['coverage.noRoster'], { period: '2027-01' }));
  });
});

describe('a person’s page', () => {
  it('lists their duties of the month from the roster they serve in', async () => {
    const { html } = await t.page(`/people/${person.id}?month=2026-12`, { token: personToken });
    expect(text(html)).toContain(fill(zh['duties.rosterHead'], { scope: '六枝特区', id, n: person.duties }));
    expect(byId(html, 'duties').match(/<tr>/g)?.length).toBe(person.duties + 1);
    // This month (November) has none.
    expect(text((await t.page(`/people/${person.id}`, { token: personToken })).html)).toContain(fill(zh['duties.none'], { period: '2026-11' }));
  });

  it('shows the feed address with a QR code when issued and on every later visit; issuing again retires it', async () => {
    expect((await t.page(`/people/${person.id}`, { token: personToken })).html).toContain(zh['feed.none']);
    // Issuing redirects to the person's page (a reload there issues nothing new), which shows it.
    const post = await t.page(`/people/${person.id}/feed`, { token: personToken, form: {} });
    expect(post.res.status).toBe(303);
    expect(post.res.headers.get('location')).toBe(`/people/${person.id}?saved=feed#feed`);
    const issued = await t.page(`/people/${person.id}?saved=feed`, { token: personToken });
    expect(text(issued.html)).toContain(zh['feed.issued']);
    const https = /id="feed-https" type="text" readonly="" value="([^"]+)"/.exec(issued.html)?.[1];
    expect(https).toMatch(/^http:\/\/127\.0\.0\.1:8787\/feeds\/zf_[A-Za-z0-9]{16}_[A-Za-z0-9_-]{43}\.ics$/);
    expect(issued.html).toContain(`href="${https!.replace(/^http/, 'webcal')}"`);
    expect(issued.html).toMatch(/<svg class="qr" id="feed-qr" viewBox="0 0 \d+ \d+" role="img"/);
    const feed = await t.app.request(new URL(https!).pathname);
    expect(feed.status).toBe(200);
    expect((await feed.text()).match(/BEGIN:VEVENT/g)?.length).toBe(person.duties);
    const later = await t.page(`/people/${person.id}`, { token: personToken });
    expect(later.html).toContain(`value="${https}"`);
    expect(later.html).toContain('id="feed-qr"');
    expect(text(later.html)).toContain(zh['feed.rotate']);
    // Issuing again retires the old address; the page then shows the new one.
    const again = await t.page(`/people/${person.id}/feed`, { token: personToken, form: {} });
    expect(again.res.headers.get('location')).toBe(`/people/${person.id}?saved=feed&older=1#feed`);
    expect(text((await t.page(`/people/${person.id}?saved=feed&older=1`, { token: personToken })).html)).toContain(zh['feed.olderStopped']);
    expect((await t.app.request(new URL(https!).pathname)).status).toBe(404);
    const next = /id="feed-https" type="text" readonly="" value="([^"]+)"/.exec((await t.page(`/people/${person.id}`, { token: personToken })).html)?.[1];
    expect(next).toMatch(/\/feeds\/zf_/);
    expect(next).not.toBe(https);
  });

  it('without a feed key on the server, shows a new address once and afterwards only when it was issued', async () => {
    const key = t.deps.feedKey;
    delete t.deps.feedKey;
    try {
      const issued = await t.page(`/people/${person.id}/feed`, { token: personToken, form: {} });
      expect(issued.res.status).toBe(200);
      expect(text(issued.html)).toContain(zh['feed.shownOnce']);
      expect(issued.html).toContain('id="feed-qr"');
      const later = await t.page(`/people/${person.id}`, { token: personToken });
      expect(later.html).not.toContain('/feeds/zf_');
      expect(text(later.html)).toContain(zh['feed.activeSinceHidden'].slice(0, 6));
    } finally {
      if (key) t.deps.feedKey = key;
    }
  });

  it('lists their subsidy records of the month with the total', async () => {
    const records = await api<{ items: { amountFen: number }[]; total: number }>(`/api/v1/subsidies/records?person=${person.id}&month=2026-12&limit=500`);
    expect(records.total).toBeGreaterThan(0);
    const { html } = await t.page(`/people/${person.id}?month=2026-12`, { token: personToken });
    const sum = records.items.reduce((n, r) => n + r.amountFen, 0);
    expect(text(byId(html, 'subsidy-total'))).toContain(fill(zh['subsidy.total'], { amount: yuan(sum), n: records.total }));
    expect(byId(html, 'subsidy-records').match(/<tr>/g)?.length).toBe(records.total + 1);
  });
});

describe('a site’s page', () => {
  it('lists the site’s duties of the month from the latest roster, each shift with its people', async () => {
    const all = (await api<{ items: AssignmentRow[] }>(`/api/v1/rosters/${id}/assignments?limit=5000`)).items;
    const site = all.find((a) => a.siteName.includes('中心'))?.siteId ?? all[0]!.siteId;
    const here = all.filter((a) => a.siteId === site);
    const shifts = new Set(here.map((a) => `${a.shiftId}:${a.seatGroup}`));
    const { html } = await t.page(`/sites/${site}?month=2026-12`);
    const slot = byId(html, 'site-duties');
    expect(slot).toContain('data-slot="site-duties"');
    expect(text(slot)).toContain(fill(zh['siteDuties.rosterHead'], { scope: '六枝特区', id, n: shifts.size }));
    expect(slot.match(/<tr>/g)?.length).toBe(shifts.size + 1);
    for (const a of here) expect(slot).toContain(`<a href="/people/${a.personId}?month=2026-12#duties">${a.personName}</a>`);
    // Planners open a duty's seat from the date.
    expect(slot).toContain(`href="/roster/${id}/seats/${here[0]!.shiftId}?site=${site}&amp;day=${here[0]!.localDate}`);
    // November has no roster.
    expect(text(byId((await t.page(`/sites/${site}`)).html, 'site-duties'))).toContain(fill(zh['siteDuties.noRoster'], { period: '2026-11' }));
  });
});

describe('finance', () => {
  it('shows each district’s spend against budget and a district’s lines', async () => {
    const st = await api<{ spentFen: number; lines: { name: string; amountFen: number }[] }>(`/api/v1/subsidies/statements?month=2026-12&district=${DISTRICT}`);
    const { html } = await t.page(`/finance?month=2026-12&district=${DISTRICT}`, { token: t.tokens.finance });
    const row = byId(html, 'finance-districts').split('<tr').find((r) => r.includes(`district=${DISTRICT}#`))!;
    expect(row).toContain(yuan(st.spentFen));
    expect(byId(html, 'finance-districts').match(/<tr/g)?.length).toBe(5); // heading + four districts
    const top = [...st.lines].sort((a, b) => b.amountFen - a.amountFen)[0]!;
    expect(byId(html, 'statement-lines')).toContain(`${top.name}</a>`);
    const own = await t.token({ role: 'coordinator', districtCode: '520201' });
    expect(byId((await t.page('/finance?month=2026-12', { token: own })).html, 'finance-districts').match(/<tr/g)?.length).toBe(2);
  });

  it('relays the statement CSV as a download, byte for byte, and refuses another district’s', async () => {
    const direct = await t.call('GET', `/api/v1/subsidies/statements?month=2026-12&district=${DISTRICT}&format=csv`);
    const res = await t.app.request(`/finance/export.csv?month=2026-12&district=${DISTRICT}`, { headers: { cookie: `zb_session=${t.tokens.finance}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="subsidy-2026-12-520203\.csv"$/);
    const body = new Uint8Array(await res.arrayBuffer());
    expect([...body.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(body).toEqual(new Uint8Array(await direct.arrayBuffer()));
    const other = await t.token({ role: 'coordinator', districtCode: '520201' });
    const refused = await t.page(`/finance/export.csv?month=2026-12&district=${DISTRICT}`, { token: other });
    expect(refused.res.status).toBe(403);
    expect(refused.html).toContain(zh['error.403']);
  });
});
