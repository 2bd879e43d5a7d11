// School sessions in a real browser (playwright-core driving Debian's Chromium) on a clone of the
// demo database: a school signs in, books a session, reschedules it and cancels it; a district
// coordinator proposes sessions for the schools behind (dry run, then pending) and confirms some.
// Screenshots of each page at 1366×768 and 375 px go to test/e2e/screenshots/ (git-ignored).
import { mkdtempSync } from 'node:fs';
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
import { testDatabase } from '../support/db.js';
import { hasChromium, launchChromium, pageWidth, shot } from './browser.js';

const DISTRICT = '520201';

let database: Database;
let server: ServerType;
let browser: Browser;
let base = '';
let school: { id: number; name: string; token: string };
let coordinator = '';
let page: Page;
let bookingUrl = '';
/** Milliseconds from action to loaded page, for the report. */
const timings: Record<string, number> = {};

async function timed<T>(name: string, go: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const out = await go();
  timings[name] = Math.round(performance.now() - t0);
  return out;
}
async function signIn(p: Page, token: string, landing: RegExp) {
  await p.goto(`${base}/sign-in`);
  await p.getByLabel('访问令牌').fill(token);
  await p.getByRole('button', { name: '登录', exact: true }).click();
  await p.waitForURL(landing);
}

describe.skipIf(!hasChromium)('school sessions in Chromium', () => {
  beforeAll(async () => {
    database = await testDatabase('demo');
    const deps: Deps = { database, now: () => new Date('2026-11-26T02:00:00Z'), logger: silentLogger, publicUrl: 'http://127.0.0.1', dataDir: mkdtempSync(join(tmpdir(), 'zhiban-e2e-')), calendar: loadCalendarOrThrow() };
    const app = createApp(deps);
    coordinator = (await createApiToken(database.db, { role: 'coordinator', districtCode: DISTRICT, label: '钟山区协调员' })).token;
    const res = await app.request(`/api/v1/vice-principals?district=${DISTRICT}&limit=1`, { headers: { authorization: `Bearer ${coordinator}` } });
    const vp = ((await res.json()) as { items: { schoolId: number; schoolName: string }[] }).items[0]!;
    school = { id: vp.schoolId, name: vp.schoolName, token: (await createApiToken(database.db, { role: 'school', siteId: vp.schoolId, label: vp.schoolName })).token };
    server = await new Promise<ServerType>((resolve) => {
      const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  }, 60_000);

  afterAll(async () => {
    console.log('e2e school page timings (ms):', JSON.stringify(timings));
    await browser?.close();
    await new Promise((r) => (server ? server.close(r) : r(undefined)));
    await database?.close();
  });

  it('a school signs in and lands on its School page', async () => {
    await timed('school', () => signIn(page, school.token, /\/school$/));
    expect(await page.locator('h1').textContent()).toContain(school.name);
    expect(await page.locator('#vice-principals li').count()).toBeGreaterThan(0);
    expect(await page.locator('#hours-bar').count()).toBe(1);
    await shot(page, '40-school');
  });

  it('books a session in a free slot', async () => {
    const slot = page.locator('#book-form label.slot').first();
    const time = (await slot.locator('span').first().textContent())!;
    await slot.click();
    expect(await slot.locator('input').isChecked()).toBe(true);
    await page.getByLabel('主题').fill('预防校园欺凌');
    await timed('book', () => Promise.all([page.waitForURL(/booked=\d+/), page.getByRole('button', { name: '预约', exact: true }).click()]));
    expect(await page.locator('.flash').textContent()).toMatch(new RegExp(`^已预约 \\d{4}-\\d{2}-\\d{2} ${time}–`));
    const row = page.locator('#upcoming-list tbody tr', { hasText: '预防校园欺凌' });
    expect(await row.count()).toBe(1);
    expect(await row.locator('.status-badge').textContent()).toBe('已确认');
    await shot(page, '41-school-booked');
    await timed('booking', () => Promise.all([page.waitForURL(/\/bookings\/\d+$/), row.getByRole('link', { name: '查看、改期或取消' }).click()]));
    bookingUrl = page.url();
  });

  it('reschedules it to another slot with a reason', async () => {
    const before = (await page.locator('#booking-facts dd').first().textContent())!;
    await page.locator('#reschedule-form label.slot').nth(3).click();
    await page.getByLabel('改期原因').fill('期中考试');
    await timed('reschedule', () => Promise.all([page.waitForURL(/saved=rescheduled/), page.getByRole('button', { name: '改到所选时段' }).click()]));
    const after = (await page.locator('#booking-facts dd').first().textContent())!;
    expect(after).not.toBe(before);
    expect(await page.locator('.flash').textContent()).toBe(`已改到 ${after}。`);
    const moved = page.locator('#history-list tbody tr', { hasText: '改期' });
    expect(await moved.textContent()).toContain('期中考试');
    expect(await moved.textContent()).toContain(`${before.slice(0, 16)} → ${after.slice(0, 16)}`);
    await shot(page, '42-booking-rescheduled');
  });

  it('cancels it with a reason after confirming', async () => {
    await page.getByLabel('取消原因').fill('学校停课');
    page.once('dialog', (d) => void d.accept());
    await timed('cancel', () => Promise.all([page.waitForURL(/saved=cancelled/), page.getByRole('button', { name: '取消预约' }).click()]));
    expect(await page.locator('h1 + .status-badge, .page-head .status-badge').first().textContent()).toBe('已取消');
    expect(await page.locator('#reschedule-form').count()).toBe(0);
    expect(await page.locator('#history-list tbody tr', { hasText: '学校停课' }).count()).toBe(1);
    await shot(page, '43-booking-cancelled');
    await page.goto(`${base}/school`);
    expect(await page.locator('#upcoming-list tbody tr', { hasText: '预防校园欺凌' }).count()).toBe(0);
  });

  it('fits a 375 px phone: the School page and a booking', async () => {
    const phone = await (await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true })).newPage();
    await phone.context().addCookies([{ name: 'zb_session', value: school.token, url: base }]);
    for (const [path, name] of [[`${base}/school`, '44-phone-school'], [bookingUrl, '45-phone-booking']] as const) {
      await phone.goto(path);
      expect(await pageWidth(phone), path).toBeLessThanOrEqual(375);
      await shot(phone, name);
    }
    await phone.context().close();
  });

  it('a coordinator proposes sessions for the schools behind: dry run, then pending, then confirms two', async () => {
    const coord = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
    await signIn(coord, coordinator, /\/overview$/);
    await timed('minimum', () => coord.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '学校' }).click());
    await coord.waitForURL(/\/school$/);
    expect(await coord.locator('#minimum-lead').textContent()).toMatch(/^2026-2027 学年：\d+ 所学校中，\d+ 所尚未达到 4 课时/);
    expect(await coord.locator('#minimum-list tbody tr').count()).toBeGreaterThan(0);
    await shot(coord, '46-school-minimum');
    await coord.getByLabel('安排方法').selectOption('solver');
    await timed('dry-run', () => Promise.all([coord.waitForURL(/\/school\/propose$/), coord.getByRole('button', { name: '试算' }).click()]));
    await coord.locator('#proposal').waitFor();
    const n = await coord.locator('#proposal-list tbody tr').count();
    expect(n).toBeGreaterThan(0);
    await shot(coord, '47-school-dry-run');
    await timed('create', () => Promise.all([coord.waitForURL(/\/school\/pending\?district=520201&created=\d+/), coord.getByRole('button', { name: /^创建这 \d+ 节课/ }).click()]));
    expect(await coord.locator('.flash').textContent()).toMatch(/^已创建 \d+ 节待确认的课。$/);
    const rows = coord.locator('#pending-list tbody tr');
    expect(await rows.count()).toBeGreaterThan(1);
    await rows.nth(0).getByRole('checkbox').check();
    await rows.nth(1).getByRole('checkbox').check();
    await shot(coord, '48-school-pending');
    await timed('confirm', () => Promise.all([coord.waitForURL(/confirmed=2/), coord.getByRole('button', { name: '确认所选' }).click()]));
    expect(await coord.locator('.flash').textContent()).toBe('已确认 2 节课。');
    await coord.setViewportSize({ width: 375, height: 740 });
    expect(await pageWidth(coord)).toBeLessThanOrEqual(375);
    await shot(coord, '49-phone-pending');
    await coord.context().close();
  }, 60_000);
});
