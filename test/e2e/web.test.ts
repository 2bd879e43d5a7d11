// The web UI in a real browser: playwright-core drives Debian's Chromium against the app served
// on a free port over a clone of the 'demo' database. Screenshots of each page go to
// test/e2e/screenshots/ (git-ignored) for review.
import { loadCalendarOrThrow } from '../../src/calendar.js';
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
import { ensureDemoAccounts } from '../../src/demo-accounts.js';
import { silentLogger, type Deps } from '../../src/deps.js';
import { testDatabase } from '../support/db.js';
import { hasChromium, launchChromium, pageWidth, shot } from './browser.js';

let database: Database;
let server: ServerType;
let browser: Browser;
let base = '';
let token = '';
let person: { id: number; name: string };

async function signIn(page: Page) {
  await page.goto(`${base}/`);
  await page.getByLabel('访问令牌').fill(token);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.waitForURL(`${base}/overview`);
}

describe.skipIf(!hasChromium)('web UI in Chromium', () => {
  let page: Page;

  beforeAll(async () => {
    database = await testDatabase('demo');
    const dataDir = mkdtempSync(join(tmpdir(), 'zhiban-e2e-'));
    await ensureDemoAccounts(database, dataDir);
    const deps: Deps = { database, now: () => new Date('2026-11-26T02:00:00Z'), logger: silentLogger, publicUrl: 'http://127.0.0.1', dataDir, calendar: loadCalendarOrThrow() };
    token = (await createApiToken(database.db, { role: 'coordinator', districtCode: null, label: '市司法局协调员' })).token;
    const app = createApp(deps);
    const res = await app.request('/api/v1/people?role=lawyer&district=520201&limit=1', { headers: { authorization: `Bearer ${token}` } });
    person = ((await res.json()) as { items: { id: number; name: string }[] }).items[0]!;
    server = await new Promise<ServerType>((resolve) => {
      const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => (server ? server.close(r) : r(undefined)));
    await database?.close();
  });

  it('signs in with a pasted token and lands on the overview', async () => {
    await page.goto(`${base}/people`);
    await expect.poll(() => page.url()).toContain('/sign-in?next=%2Fpeople');
    await shot(page, '01-sign-in');
    await signIn(page);
    await expect.poll(() => page.locator('h1').textContent()).toBe('概览');
    expect(await page.locator('#sites-table tfoot td').first().textContent()).toBe('5');
    expect(await page.locator('svg[role="img"]').count()).toBe(2);
    await shot(page, '02-overview');
  });

  it('searches and filters people', async () => {
    await page.getByRole('link', { name: '人员', exact: true }).click();
    await page.getByLabel('姓名或编号').fill(person.name);
    await page.getByLabel('角色').selectOption('lawyer');
    await page.getByRole('button', { name: '搜索' }).click();
    await page.waitForURL(/\/people\?q=/);
    await expect.poll(() => page.locator('#people-list').getByRole('link', { name: person.name }).count()).toBeGreaterThan(0);
    await shot(page, '03-people-search');
  });

  it('creates a person: the API’s error shows beside the field, then the fixed form saves', async () => {
    await page.goto(`${base}/people/new`);
    await page.getByLabel('姓名').fill('浏览器测试律师');
    await page.getByRole('checkbox', { name: '律师' }).check();
    await page.getByLabel('所在区县').selectOption('520204');
    await page.getByLabel('住址纬度').fill('95');
    await page.getByLabel('住址经度').fill('104.95');
    await page.getByLabel('合同开始日期').fill('2026-01-01');
    await page.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.locator('#f-homeLat-error').isVisible()).toBe(true);
    expect(await page.getByLabel('住址纬度').getAttribute('aria-invalid')).toBe('true');
    // The script moves focus to the error summary so it is read out.
    expect(await page.evaluate('document.activeElement?.id')).toBe('form-problem');
    await shot(page, '04-person-form-error');
    await page.getByLabel('住址纬度').fill('26.55');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/\/people\/\d+\?saved=1$/);
    expect(await page.locator('.flash').textContent()).toBe('已保存。');
    await shot(page, '05-person-created');
  });

  it('adds an unavailability to that person, then removes it', async () => {
    await page.getByLabel('类型').selectOption('court');
    await page.getByLabel('开始时间').fill('2026-12-03T09:00');
    await page.getByLabel('结束时间').fill('2026-12-03T12:00');
    await page.getByLabel('备注').fill('开庭');
    await page.getByRole('button', { name: '添加' }).click();
    await page.waitForURL(/saved=unavailability/);
    const row = page.locator('#unavailability-list tr', { hasText: '2026-12-03 09:00' });
    expect(await row.count()).toBe(1);
    await shot(page, '06-unavailability-added');
    page.once('dialog', (d) => void d.accept());
    await row.getByRole('button').click();
    await page.waitForURL(/saved=removed/);
    expect(await page.locator('#unavailability-list tr', { hasText: '2026-12-03 09:00' }).count()).toBe(0);
  });

  it('switches to English and back', async () => {
    await page.getByRole('link', { name: 'English' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'People' }).count()).toBe(1);
    expect(await page.locator('#unavailability-h').textContent()).toBe('Unavailability');
    await shot(page, '07-person-english');
    await page.getByRole('link', { name: '中文' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('zh-CN');
  });

  it('is usable from the keyboard: the first Tab reaches the skip link', async () => {
    await page.goto(`${base}/sites?type=station`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement?.className')).toBe('skip');
    await shot(page, '08-sites');
  });

  it('fits a 375 px phone without sideways scrolling', async () => {
    const phone = await (await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true })).newPage();
    await phone.goto(`${base}/sign-in`);
    const demo = phone.getByRole('button', { name: /市司法局协调员/ });
    // One-click demo accounts exist only on the embedded database.
    if (database.kind === 'pglite') {
      await demo.click();
      await phone.waitForURL(`${base}/overview`);
    } else {
      expect(await demo.count()).toBe(0);
      await signIn(phone);
    }
    // Sign-in lands on the overview; the other pages are opened from there.
    for (const [path, name] of [[null, '09-phone-overview'], ['/people', '10-phone-people'], ['/people/new', '11-phone-person-form']] as const) {
      if (path) await phone.goto(`${base}${path}`);
      expect(await pageWidth(phone)).toBeLessThanOrEqual(375);
      await shot(phone, name);
    }
    await phone.context().close();
  });
});
