// The roster pages through app.request() on the demo data: generate a small district roster from
// the form, follow its progress through the page's event relay, read the grids, open a seat,
// unassign and assign through the forms (If-Match: a stale version reloads, a hard rule shows the
// solver's sentence), publish, compare versions, and the refusals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/web/i18n/en.js';
import { zh } from '../../src/web/i18n/zh.js';
import type { SolveQueue } from '../../src/roster/jobs.js';
import type { AssignmentRow, UnfilledItem } from '../../src/web/roster/types.js';
import { waitForStatus, withQueue } from '../support/queue.js';
import { byId, webTest, type WebTest } from './helpers.js';

const DISTRICT = '520203';
let t: WebTest;
let queue: SolveQueue;
let coordinator: string;
let id: number;
let firstPage: string;

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const fill = (s: string, p: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(p[k]));
const api = async <T,>(path: string) => (await (await t.call('GET', path)).json()) as T;
const draftVersion = async () => (await api<{ draftVersion: number }>(`/api/v1/rosters/${id}`)).draftVersion;
const seatUrl = (a: AssignmentRow) => `/roster/${id}/seats/${a.shiftId}?site=${a.siteId}&day=${a.localDate}&group=${a.seatGroup}`;
const edit = async (form: Record<string, string | number>, token = coordinator) =>
  t.page(`/roster/${id}/edits`, { token, form: Object.fromEntries(Object.entries(form).map(([k, v]) => [k, String(v)])) });

beforeAll(async () => {
  t = await webTest();
  queue = await withQueue(t);
  coordinator = await t.token({ role: 'coordinator', districtCode: DISTRICT, label: '六枝特区协调员' });
  const res = await t.page('/roster', { token: coordinator, form: { period: '2026-12', scope: DISTRICT, seconds: '5' } }); // 5 s: the whole roster even on a busy machine
  expect(res.res.status).toBe(303);
  id = Number(/^\/roster\/(\d+)$/.exec(res.res.headers.get('location') ?? '')?.[1]);
  firstPage = (await t.page(`/roster/${id}`, { token: coordinator })).html;
}, 60_000);
afterAll(async () => {
  await queue.stop();
  await t.close();
});

describe('generating and solving', () => {
  it('shows the solve’s progress panel, relays its events with the session, and ends with the result', async () => {
    // The page right after generating: queued or solving, with the relay's address for the script.
    expect(firstPage).toContain(`data-events="/roster/${id}/events"`);
    expect(firstPage).toContain(zh['progress.title']);
    const res = await t.app.request(`/roster/${id}/events`, { headers: { cookie: `zb_session=${coordinator}` } });
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const stream = await res.text(); // ends when the solve does
    expect(stream).toMatch(/event: done\ndata: \{"id":\d+,"status":"solved"/);
    await waitForStatus(t, id, ['solved']);
    const { html } = await t.page(`/roster/${id}`, { token: coordinator });
    expect(html).not.toContain('data-events=');
    expect(html).toContain('id="roster-grid"');
    expect(html).toContain('id="publish-form"');
  }, 60_000);

  it('lists the month’s rosters and offers a district coordinator only its own district', async () => {
    const { html } = await t.page('/roster?period=2026-12', { token: coordinator });
    expect(byId(html, 'roster-list')).toContain(`href="/roster/${id}"`);
    const scopes = byId(html, 'f-scope').match(/<option value="[^"]*"/g);
    expect(scopes).toEqual([`<option value="${DISTRICT}"`]);
    const other = await t.token({ role: 'coordinator', districtCode: '520201' });
    expect(byId((await t.page('/roster?period=2026-12', { token: other })).html, 'roster-list')).not.toContain(`/roster/${id}"`);
  });

  it('shows the API’s refusal beside the month field', async () => {
    const { res, html } = await t.page('/roster', { token: coordinator, form: { period: '2026-13', scope: DISTRICT, seconds: '2' } });
    expect(res.status).toBe(422);
    expect(byId(html, 'f-period-error')).not.toBe('');
  });

  it('says in the user’s words that a year’s holiday calendar is missing, not which file to add', async () => {
    const { res, html } = await t.page('/roster', { token: coordinator, form: { period: '2031-03', scope: DISTRICT, seconds: '2' } });
    expect(res.status).toBe(422);
    expect(text(byId(html, 'f-period-error'))).toContain(fill(zh['apiError.calendarMissing'], { year: 2031 }));
    expect(html).not.toContain('calendars/holidays');
  });
});

describe('grids', () => {
  it('draws a week of stations: every filled seat of the API, nothing else', async () => {
    const stations = new Set((await api<{ items: { id: number }[] }>(`/api/v1/sites?district=${DISTRICT}&type=station&limit=500`)).items.map((s) => s.id));
    const days = ['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11', '2026-12-12', '2026-12-13'];
    const week = (await Promise.all(days.map((d) => api<{ items: AssignmentRow[] }>(`/api/v1/rosters/${id}/assignments?day=${d}&limit=5000`)))).flatMap((p) => p.items);
    const seats = week.filter((a) => stations.has(a.siteId)).length;
    const open = (await api<{ items: UnfilledItem[] }>(`/api/v1/rosters/${id}/unfilled`)).items.filter((u) => u.siteId !== null && stations.has(u.siteId));
    const missing = open.filter((u) => u.shiftIds.length === 1 && days.includes(u.dates[0]!)).reduce((n, u) => n + u.missing, 0);
    const pending = open.filter((u) => u.shiftIds.length > 1).reduce((n, u) => n + u.missing, 0);
    const { html } = await t.page(`/roster/${id}?week=2&type=station`, { token: coordinator });
    const grid = byId(html, 'roster-grid');
    expect(grid).toContain('role="grid"');
    expect(text(grid)).toContain(fill(zh['grid.totals'], { filled: seats, missing, pending }));
    const people = new Set(week.map((a) => a.personId)).size;
    const byPeople = await t.page(`/roster/${id}?view=people&week=2`, { token: coordinator });
    expect(text(byPeople.html)).toContain(fill(zh['grid.captionPeople'], { week: 2, range: '12-07 – 12-13', n: people, page: 1, pages: Math.ceil(people / 40) }));
  });

  it('speaks English after the toggle, with no Chinese label left', async () => {
    const { html } = await t.page(`/roster/${id}`, { token: coordinator, lang: 'en' });
    for (const k of ['grid.title', 'roster.publish', 'grid.bySites', 'roster.review'] as const) expect(html).toContain(en[k]);
    for (const k of ['grid.title', 'roster.publish', 'grid.bySites', 'roster.review', 'rosterStatus.solved'] as const) expect(html).not.toContain(zh[k]);
  });
});

describe('a seat', () => {
  let seat: AssignmentRow;
  beforeAll(async () => {
    const all = (await api<{ items: AssignmentRow[] }>(`/api/v1/rosters/${id}/assignments?limit=5000`)).items;
    seat = all.find((a) => a.tags.includes('centre') && a.seatGroup === 0)!;
  });

  it('lists holders and ranked candidates, each action carrying the draft version', async () => {
    const { res, html } = await t.page(seatUrl(seat), { token: coordinator });
    expect(res.status).toBe(200);
    expect(html).toContain(`<a href="/people/${seat.personId}">${seat.personName}</a>`);
    expect(byId(html, 'candidate-list')).toContain(zh['seat.swapIn']);
    expect(html).toContain(`name="version" value="${await draftVersion()}"`);
    // Named by its duty template (the demo centres' daily desk), not only by its site.
    const shiftsApi = await api<{ items: { id: number; dutyName: string | null }[] }>(`/api/v1/rosters/${id}/shifts?site=${seat.siteId}&day=${seat.localDate}`);
    expect(shiftsApi.items.find((x) => x.id === seat.shiftId)?.dutyName).toBe('中心窗口值班');
    expect(text(html)).toContain(`${seat.siteName} · 中心窗口值班 · `);
  });

  it('unassigns through the form: the seat, the grid and the unfilled list show the gap', async () => {
    const res = await edit({ op: 'unassign', shiftId: seat.shiftId, seatGroup: 0, personId: seat.personId, version: await draftVersion(), site: seat.siteId, day: seat.localDate });
    expect(res.res.status).toBe(303);
    const after = await t.page(res.res.headers.get('location')!, { token: coordinator });
    expect(after.html).toContain(fill(zh['seat.done'], { n: await draftVersion() }));
    expect(after.html).toContain(`class="unfilled-line">${fill(zh['grid.missing'], { n: 1 })}`);
    const week = Math.ceil((Number(seat.localDate.slice(8)) + 1) / 7); // Dec 2026 starts on a Tuesday
    const grid = await t.page(`/roster/${id}?week=${week}&type=centre`, { token: coordinator });
    expect(byId(grid.html, 'roster-grid')).toContain('class="chip unfilled"');
    expect(text((await t.page(`/roster/${id}/unfilled`, { token: coordinator })).html)).toContain(seat.siteName);
  });

  it('assigns the best candidate back into the gap', async () => {
    const { html } = await t.page(seatUrl(seat), { token: coordinator });
    const first = /<input type="hidden" name="op" value="assign"\/><input type="hidden" name="seatGroup" value="0"\/><input type="hidden" name="personId" value="(\d+)"/.exec(byId(html, 'candidate-list'));
    expect(first).not.toBeNull();
    const personId = Number(first![1]);
    const res = await edit({ op: 'assign', shiftId: seat.shiftId, seatGroup: 0, personId, version: await draftVersion(), site: seat.siteId, day: seat.localDate });
    expect(res.res.status).toBe(303);
    const holders = (await api<{ items: AssignmentRow[] }>(`/api/v1/rosters/${id}/assignments?site=${seat.siteId}&day=${seat.localDate}`)).items;
    expect(holders.find((a) => a.shiftId === seat.shiftId && a.seatGroup === 0)?.personId).toBe(personId);
  });

  it('reloads a stale edit and says why; shows a hard rule’s sentence and saves nothing', async () => {
    const stale = await edit({ op: 'pin', shiftId: seat.shiftId, seatGroup: 0, personId: seat.personId, pinned: 1, version: 1, site: seat.siteId, day: seat.localDate });
    expect(stale.res.headers.get('location')).toContain('stale=1');
    expect((await t.page(stale.res.headers.get('location')!, { token: coordinator })).html).toContain(fill(zh['seat.stale'], { n: await draftVersion() }));
    const mediator = (await api<{ items: { id: number; name: string }[] }>(`/api/v1/people?role=mediator&district=${DISTRICT}&limit=1`)).items[0]!;
    const holder = (await api<{ items: AssignmentRow[] }>(`/api/v1/rosters/${id}/assignments?site=${seat.siteId}&day=${seat.localDate}`)).items.find((a) => a.shiftId === seat.shiftId && a.seatGroup === 0)!;
    const before = await draftVersion();
    const swap = { op: 'swap', shiftId: seat.shiftId, seatGroup: 0, personId: holder.personId, withPersonId: mediator.id };
    const refused = await edit({ ...swap, version: before, site: seat.siteId, day: seat.localDate });
    expect(refused.res.status).toBe(409);
    expect(refused.html).toContain(zh['seat.hard']);
    expect(byId(refused.html, 'form-problem')).toContain(mediator.name);
    expect(await draftVersion()).toBe(before);
  });
});

describe('review and publication', () => {
  it('explains the score by rule and filters violations by level', async () => {
    const { html } = await t.page(`/roster/${id}/explain?level=soft`, { token: coordinator });
    expect(byId(html, 'by-constraint')).toContain(zh['constraint.travel']);
    // Amounts as the score shows them: whole above 100, else one decimal (fairness sums are not).
    expect(byId(html, 'by-constraint')).not.toMatch(/\d\.\d{2,}/);
    expect(html).toContain('id="violation-list"');
    expect(byId(html, 'violation-list')).not.toContain(zh['level.hard']);
  });

  it('publishes version 1 and compares it with the empty roster and with the draft after an edit', async () => {
    const res = await t.page(`/roster/${id}/publish`, { token: coordinator, form: { version: String(await draftVersion()), note: '首次发布' } });
    expect(res.res.headers.get('location')).toBe(`/roster/${id}?done=published&n=1`);
    expect((await t.page(res.res.headers.get('location')!, { token: coordinator })).html).toContain(fill(zh['roster.donePublished'], { n: 1 }));
    const versions = await t.page(`/roster/${id}/versions?from=0&to=1`, { token: coordinator });
    expect(byId(versions.html, 'version-list')).toContain('首次发布');
    const filled = (await api<{ counts: { filled: number } }>(`/api/v1/rosters/${id}`)).counts.filled;
    expect(text(versions.html)).toContain(fill(zh['versions.diffTotals'], { gained: filled, lost: 0, moved: 0, people: (await api<{ people: unknown[] }>(`/api/v1/rosters/${id}/diff?from=0&to=1`)).people.length }));
    const a = (await api<{ items: AssignmentRow[] }>(`/api/v1/rosters/${id}/assignments?limit=1`)).items[0]!;
    await edit({ op: 'unassign', shiftId: a.shiftId, seatGroup: a.seatGroup, personId: a.personId, version: await draftVersion(), site: a.siteId, day: a.localDate });
    const diff = await t.page(`/roster/${id}/versions?from=1&to=draft`, { token: coordinator });
    expect(byId(diff.html, 'diff-list')).toContain(a.personName);
  });

  it('shows readers the roster without actions, and refuses another district’s coordinator', async () => {
    const finance = await t.page(`/roster/${id}`, { token: t.tokens.finance });
    expect(finance.res.status).toBe(200);
    expect(finance.html).not.toContain('id="publish-form"');
    const other = await t.token({ role: 'coordinator', districtCode: '520201' });
    const refused = await t.page(`/roster/${id}/publish`, { token: other, form: { version: String(await draftVersion()) } });
    expect(refused.res.status).toBe(403);
    expect(refused.html).toContain(zh['error.403']);
  });
});
