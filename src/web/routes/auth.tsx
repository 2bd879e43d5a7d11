// Sign in (token or demo account), sign out, and the language toggle.
import { Hono, type Context } from 'hono';
import { setCookie } from 'hono/cookie';
import { readDemoAccounts, type DemoAccount } from '../../demo-accounts.js';
import type { WebEnv } from '../context.js';
import { str } from '../components/fields.js';
import { readForm, safeNext } from '../forms/read.js';
import { parseLang, type MessageKey } from '../i18n/index.js';
import { homeOf } from '../nav.js';
import { SignInPage } from '../pages/sign-in.js';
import { render } from '../render.js';
import { endSession, isLoopback, isSecure, LANG_COOKIE, principalOf, startSession } from '../session.js';
import { WebError } from '../errors.js';

/** Demo accounts exist only on the embedded database, and are offered only to this machine. */
function demoAccounts(c: Context<WebEnv>): DemoAccount[] {
  const { deps } = c.get('web');
  if (deps.database.kind !== 'pglite' || !deps.dataDir || !isLoopback(c)) return [];
  return readDemoAccounts(deps.dataDir);
}

function signInPage(c: Context<WebEnv>, next: string, opts: { error?: MessageKey; notice?: MessageKey; status?: 200 | 401 | 422 } = {}) {
  const demo = demoAccounts(c).map(({ role, label }) => ({ role, label }));
  return render(c, <SignInPage web={c.get('web')} next={next} error={opts.error} notice={opts.notice} demo={demo} />, opts.status ?? 200);
}

export function authRoutes() {
  const app = new Hono<WebEnv>();

  app.get('/sign-in', async (c) => {
    const web = c.get('web');
    const next = safeNext(c.req.query('next'), '/');
    if (web.session) return c.redirect(next === '/' ? homeOf(web.session.principal) : next, 303);
    return signInPage(c, next, { notice: c.req.query('out') ? 'auth.signedOut' : undefined });
  });

  app.post('/sign-in', async (c) => {
    const form = await readForm(c);
    const next = safeNext(str(form.next), '/');
    const token = str(form.token).trim();
    if (!token) return signInPage(c, next, { error: 'auth.missingToken', status: 422 });
    const principal = await principalOf(c.get('web').api, token);
    if (!principal) return signInPage(c, next, { error: 'auth.badToken', status: 401 });
    startSession(c, token);
    return c.redirect(next === '/' ? homeOf(principal) : next, 303);
  });

  app.post('/sign-in/demo', async (c) => {
    const form = await readForm(c);
    const next = safeNext(str(form.next), '/');
    const account = demoAccounts(c)[Number(str(form.account))];
    if (!account) throw new WebError(403);
    const principal = await principalOf(c.get('web').api, account.token);
    if (!principal) return signInPage(c, next, { error: 'auth.badToken', status: 401 });
    startSession(c, account.token);
    return c.redirect(next === '/' ? homeOf(principal) : next, 303);
  });

  app.post('/sign-out', (c) => {
    endSession(c);
    return c.redirect('/sign-in?out=1', 303);
  });

  app.get('/lang', (c) => {
    const lang = parseLang(c.req.query('to'));
    setCookie(c, LANG_COOKIE, lang, { path: '/', sameSite: 'Lax', secure: isSecure(c), maxAge: 365 * 24 * 60 * 60 });
    return c.redirect(safeNext(c.req.query('next'), '/'), 303);
  });

  return app;
}
