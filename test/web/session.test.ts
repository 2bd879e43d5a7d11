// Sign-in and sign-out of the web UI: the cookie's attributes, refused tokens, cross-site posts,
// revoked sessions and the loopback-only demo accounts.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { revokeApiToken } from '../../db/repositories/tokens.js';
import { apiTokens } from '../../db/schema/index.js';
import { ensureDemoAccounts } from '../../src/demo-accounts.js';
import { zh } from '../../src/web/i18n/zh.js';
import { byId, cookieOf, webTest, type WebTest } from './helpers.js';
import { eq } from 'drizzle-orm';

let t: WebTest;
beforeAll(async () => {
  t = await webTest();
});
afterAll(() => t.close());

const loopback = { incoming: { socket: { remoteAddress: '127.0.0.1' } } };

describe('sign in and out', () => {
  it('sends a visitor without a session to the sign-in page, which is in Chinese', async () => {
    const { res } = await t.page('/people?role=lawyer', { token: null });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/sign-in?next=%2Fpeople%3Frole%3Dlawyer');
    const { html } = await t.page('/sign-in', { token: null });
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain(zh['auth.title']);
    expect(html).toContain('<label for="f-token">');
  });

  it('puts a valid token in an HttpOnly, SameSite=Strict cookie and never renders it', async () => {
    const token = t.tokens.cityCoordinator!;
    const { res, html } = await t.page('/sign-in', { token: null, form: { token, next: '/people?role=notary' } });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/people?role=notary');
    const cookie = cookieOf(res, 'zb_session')!;
    expect(cookie).toContain(`zb_session=${token}`);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toMatch(/Secure/);
    expect(html).not.toContain(token);
    const next = await t.page('/people?role=notary', { token });
    expect(next.res.status).toBe(200);
    expect(next.html).not.toContain(token);
  });

  it('marks the cookie Secure when the request came over https', async () => {
    const res = await t.app.request('https://zhiban.example.cn/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://zhiban.example.cn' },
      body: new URLSearchParams({ token: t.tokens.admin! }).toString(),
    });
    expect(res.status).toBe(303);
    expect(cookieOf(res, 'zb_session')).toMatch(/Secure/);
  });

  it('refuses an unknown token with the message beside the field, and sets no cookie', async () => {
    const forged = t.tokens.admin!.slice(0, -4) + 'AAAA';
    const { res, html } = await t.page('/sign-in', { token: null, form: { token: forged } });
    expect(res.status).toBe(401);
    expect(cookieOf(res, 'zb_session')).toBeUndefined();
    expect(byId(html, 'f-token-error')).toContain(zh['auth.badToken']);
    expect(html).not.toContain(forged);
  });

  it('refuses a cross-site post before it does anything', async () => {
    const { res, html } = await t.page('/sign-in', { token: null, form: { token: t.tokens.admin! }, headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' } });
    expect(res.status).toBe(403);
    expect(html).toContain(zh['error.csrf']);
    expect(cookieOf(res, 'zb_session')).toBeUndefined();
    const onlyOrigin = await t.page('/people/1/unavailability', { form: { kind: 'leave' }, headers: { origin: 'https://evil.example', 'sec-fetch-site': '' } });
    expect(onlyOrigin.res.status).toBe(403);
  });

  it('clears the cookie on sign-out', async () => {
    const { res } = await t.page('/sign-out', { form: {} });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/sign-in?out=1');
    expect(cookieOf(res, 'zb_session')).toMatch(/Max-Age=0/);
  });

  it('answers a revoked session with the 401 page and drops the cookie', async () => {
    const token = await t.token({ role: 'finance', label: 'to revoke' });
    expect((await t.page('/people', { token })).res.status).toBe(200);
    const [row] = await t.database.db.select({ id: apiTokens.id }).from(apiTokens).where(eq(apiTokens.label, 'to revoke'));
    await revokeApiToken(t.database.db, row!.id);
    const { res, html } = await t.page('/people', { token });
    expect(res.status).toBe(401);
    expect(html).toContain(zh['error.401']);
    expect(cookieOf(res, 'zb_session')).toMatch(/Max-Age=0/);
  });
});

describe('demo accounts', () => {
  let accounts: Awaited<ReturnType<typeof ensureDemoAccounts>>;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhiban-web-demo-'));
    accounts = await ensureDemoAccounts(t.database, dir);
    t.deps.dataDir = dir;
  });

  it('are offered on the embedded database to this machine only, without their tokens', async () => {
    const embedded = t.database.kind === 'pglite';
    const local = await t.page('/sign-in', { token: null, env: loopback });
    expect(local.html.includes(zh['auth.demoTitle'])).toBe(embedded);
    for (const a of accounts) expect(local.html).not.toContain(a.token);
    if (embedded) expect(local.html).toContain(accounts[0]!.label);
    const remote = await t.page('/sign-in', { token: null, env: { incoming: { socket: { remoteAddress: '10.1.2.3' } } } });
    expect(remote.html).not.toContain(zh['auth.demoTitle']);
    const proxied = await t.page('/sign-in', { token: null, env: loopback, headers: { 'x-forwarded-for': '10.1.2.3' } });
    expect(proxied.html).not.toContain(zh['auth.demoTitle']);
  });

  it('sign in with one click from this machine, and are refused from elsewhere', async () => {
    const local = await t.page('/sign-in/demo', { token: null, env: loopback, form: { account: '0' } });
    const remote = await t.page('/sign-in/demo', { token: null, form: { account: '0' } });
    expect(remote.res.status).toBe(403);
    expect(cookieOf(remote.res, 'zb_session')).toBeUndefined();
    if (t.database.kind !== 'pglite') {
      expect(local.res.status).toBe(403);
      return;
    }
    expect(local.res.status).toBe(303);
    expect(cookieOf(local.res, 'zb_session')).toContain(accounts[0]!.token);
  });
});
