// The roster workflow in a real browser (playwright-core driving Debian's Chromium) on a clone of
// the demo database with an in-process solve queue: sign in, generate a December 2026 roster for
// one district and watch it solve, move through the grid with the keyboard and open a seat with
// Enter, free it and assign a candidate, publish, open a person's page and read the feed link,
// download a statement. Screenshots go to test/e2e/screenshots/ (git-ignored).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.js';
import { createApiToken } from '../../db/repositories/tokens.js';
import { createApp } from '../../src/app.js';
import { loadCalendarOrThrow } from '../../src/calendar.js';
import { silentLogger, type Deps } from '../../src/deps.js';
import type { SolveQueue } from '../../src/roster/jobs.js';
import { startSolveQueue } from '../../src/roster/worker.js';
import { recordPublishedVersion } from '../../src/subsidies/ledger.js';
import { testDatabase } from '../support/db.js';
import { hasChromium, launchChromium, pageWidth, shot } from './browser.js';

const DISTRICT = '520203';

let database: Database;
let queue: SolveQueue;
let server: ServerType;
let browser: Browser;
let base = '';
let token = '';
let page: Page;
let rosterUrl = '';
let assigned = '';
/** The assigned person's page, from the seat's holder link. */
let assignedHref = '';
/** Milliseconds from navigation to load, per page, for the report. */
const timings: Record<string, number> = {};

async function timed(name: string, go: () => Promise<unknown>) {
  const t0 = performance.now();
  await go();
  timings[name] = Math.round(performance.now() - t0);
}

describe.skipIf(!hasChromium)('roster workflow in Chromium', () => {
  beforeAll(async () => {
    database = await testDatabase('demo');
    const calendar = loadCalendarOrThrow();
    queue = await startSolveQueue({ database, calendar, logger: silentLogger, work: true, queueOptions: { pollingIntervalSeconds: 0.5, maintenanceIntervalSeconds: 1 }, pollMs: 200 });
    const deps: Deps = { database, now: () => new Date('2026-11-26T02:00:00Z'), logger: silentLogger, publicUrl: 'http://127.0.0.1', dataDir: mkdtempSync(join(tmpdir(), 'zhiban-e2e-')), calendar, queue, publishHooks: [recordPublishedVersion], feedKey: randomBytes(32) };
    token = (await createApiToken(database.db, { role: 'coordinator', districtCode: DISTRICT, label: '六枝特区协调员' })).token;
    const app = createApp(deps);
    server = await new Promise<ServerType>((resolve) => {
      const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true })).newPage();
  }, 60_000);

  afterAll(async () => {
    console.log('e2e page timings (ms):', JSON.stringify(timings));
    await browser?.close();
    await new Promise((r) => (server ? server.close(r) : r(undefined)));
    await queue?.stop();
    await database?.close();
  });

  it('signs in and generates a December 2026 roster for one district, watching the solve live', async () => {
    await page.goto(`${base}/roster`);
    await page.getByLabel('访问令牌').fill(token);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.waitForURL(`${base}/roster`);
    await page.locator('#generate-form').getByLabel('月份').fill('2026-12');
    await page.getByLabel('求解时限（秒）').fill('5'); // enough to build the whole roster on a busy machine
    await shot(page, '20-roster-list');
    await page.getByRole('button', { name: '生成并求解' }).click();
    await page.waitForURL(/\/roster\/\d+$/);
    rosterUrl = page.url();
    await expect.poll(() => page.locator('#progress').count()).toBe(1);
    await shot(page, '21-roster-solving');
    // The script follows the solve over server-sent events and reloads the page when it ends.
    await page.locator('#roster-grid').waitFor({ timeout: 60_000 });
    expect(await page.locator('h1 .status-badge').textContent()).toBe('已求解');
    await shot(page, '22-roster-grid');
  }, 90_000);

  it('moves through the grid with the arrow keys and opens a seat with Enter', async () => {
    await page.goto(`${rosterUrl}?week=1&type=centre`);
    const chips = page.locator('#roster-grid a.chip');
    expect(await chips.count()).toBeGreaterThan(1);
    await chips.first().focus();
    const first = await page.evaluate('document.activeElement?.getAttribute("href")');
    await page.keyboard.press('ArrowRight');
    const second = await page.evaluate('document.activeElement?.getAttribute("href")');
    expect(second).not.toBe(first);
    expect(await page.locator('#roster-grid [tabindex="0"]').count()).toBe(1); // one tab stop
    await page.keyboard.press('ArrowLeft');
    expect(await page.evaluate('document.activeElement?.getAttribute("href")')).toBe(first);
    await timed('seat', () => Promise.all([page.waitForURL(/\/seats\/\d+/), page.keyboard.press('Enter')]));
    expect(await page.locator('#candidate-list').count()).toBe(1);
  });

  it('frees the seat, sees it unfilled, and assigns the best candidate', async () => {
    await page.locator('.seat-groups li.current').getByRole('button', { name: /^取消指派/ }).first().click();
    await page.waitForURL(/done=unassign/);
    expect(await page.locator('.seat-groups li.current .unfilled-line').textContent()).toBe('空缺 1');
    await shot(page, '23-seat-unfilled');
    const best = page.locator('#candidate-list tbody tr').first();
    assigned = (await best.locator('th a').textContent())!;
    await best.getByRole('button', { name: `指派 ${assigned}` }).click();
    await page.waitForURL(/done=assign/);
    expect(await page.locator('.flash').textContent()).toContain('已保存');
    expect(await page.locator('.seat-groups li.current .holders a').first().textContent()).toBe(assigned);
    assignedHref = (await page.locator('.seat-groups li.current .holders a').first().getAttribute('href'))!;
    await shot(page, '24-seat-assigned');
  });

  it('publishes the roster', async () => {
    await timed('roster', () => page.goto(rosterUrl));
    await page.getByLabel('发布说明').fill('十二月排班');
    await page.getByRole('button', { name: '发布', exact: true }).click();
    await page.waitForURL(/done=published&n=1/);
    expect(await page.locator('.flash').textContent()).toBe('已发布第 1 版。');
    await shot(page, '25-roster-published');
    await timed('unfilled', () => page.goto(`${rosterUrl}/unfilled`));
    await timed('explain', () => page.goto(`${rosterUrl}/explain`));
    await timed('versions', () => page.goto(`${rosterUrl}/versions?from=0&to=1`));
    await shot(page, '26-roster-versions');
  });

  it('opens the assigned person’s page, issues the feed link and reads it', async () => {
    // From the seat's holder link: in the people × days grid the person may sit on a later page.
    await timed('person', () => page.goto(`${base}${assignedHref}`));
    expect(await page.locator('h1').textContent()).toContain(assigned);
    await page.getByRole('link', { name: '下个月' }).click();
    await page.waitForURL(/month=2026-12/);
    expect(await page.locator('#duties tbody tr').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: '生成订阅链接' }).click();
    await page.locator('#feed-qr').waitFor();
    const https = await page.locator('#feed-https').inputValue();
    expect(https).toMatch(/\/feeds\/zf_\w+_[\w-]+\.ics$/);
    expect(await page.locator('#feed-webcal').getAttribute('href')).toBe(https.replace(/^http/, 'webcal'));
    const feed = await page.request.get(`${base}${new URL(https).pathname}`);
    expect(feed.status()).toBe(200);
    expect(await feed.text()).toContain('BEGIN:VEVENT');
    await shot(page, '27-person-feed');
    // Coming back later, the page still shows the same address (no need to rotate it).
    await page.reload();
    expect(await page.locator('#feed-https').inputValue()).toBe(https);
  });

  it('downloads the district’s statement as CSV', async () => {
    await timed('finance', () => page.goto(`${base}/finance?month=2026-12`));
    await shot(page, '28-finance');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '下载 六枝特区 的 CSV' }).click()]);
    expect(download.suggestedFilename()).toBe(`subsidy-2026-12-${DISTRICT}.csv`);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8').split('\n').length).toBeGreaterThan(2);
  });

  it('shows the overview’s coverage, and fits a 375 px phone', async () => {
    await timed('overview', () => page.goto(`${base}/overview`));
    expect(await page.locator('#coverage-table').count()).toBe(1);
    await shot(page, '29-overview-coverage');
    const phone = await (await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true })).newPage();
    await phone.context().addCookies([{ name: 'zb_session', value: token, url: base }]);
    for (const [path, name] of [[rosterUrl, '30-phone-roster'], [`${base}/overview`, '31-phone-overview'], [`${base}/finance?month=2026-12`, '32-phone-finance']] as const) {
      await phone.goto(path);
      expect(await pageWidth(phone), path).toBeLessThanOrEqual(375);
      await shot(phone, name);
    }
    await phone.context().close();
  });
});
