// The roster's actions from its page: publish, re-solve and stop, each carrying the draft version
// the user saw as If-Match. A stale version reloads the page and says why; any other refusal
// shows the page again with the reason in words.
import { Hono, type Context } from 'hono';
import { str } from '../components/fields.js';
import type { WebEnv } from '../context.js';
import { WebError } from '../errors.js';
import { num, readForm } from '../forms/read.js';
import { refusalWords } from '../roster/problem-words.js';
import type { ApiResult } from '../api-client.js';
import { idParam } from './shared.js';
import { showRoster } from './roster-page.js';

const ifMatch = (version: string) => ({ 'if-match': `"${version.replace(/\D/g, '')}"` });

function refused(c: Context<WebEnv>, id: number, res: Extract<ApiResult<unknown>, { ok: false }>) {
  const { t } = c.get('web');
  if (res.status === 412) return c.redirect(`/roster/${id}?done=stale`, 303);
  if (res.status === 401 || res.status === 404 || res.status >= 500) throw new WebError(res.status, res.problem);
  const status = res.status === 403 || res.status === 422 ? res.status : 409;
  if (status === 403) throw new WebError(403, res.problem);
  return showRoster(c, id, refusalWords(t, res.problem, res.status, 'roster.publishHard'), status);
}

export function rosterActionRoutes() {
  const app = new Hono<WebEnv>();

  app.post('/roster/:id/publish', async (c) => {
    const id = idParam(c);
    const form = await readForm(c);
    const res = await c.get('web').api.post<{ version: number }>(`/rosters/${id}/publish`, { note: str(form.note).trim() }, ifMatch(str(form.version)));
    if (res.ok) return c.redirect(`/roster/${id}?done=published&n=${res.data.version}`, 303);
    return refused(c, id, res);
  });

  app.post('/roster/:id/resolve', async (c) => {
    const id = idParam(c);
    const form = await readForm(c);
    const seconds = num(str(form.seconds));
    const res = await c.get('web').api.post(`/rosters/${id}/resolve`, typeof seconds === 'number' ? { seconds } : {}, ifMatch(str(form.version)));
    if (res.ok) return c.redirect(`/roster/${id}?done=resolve`, 303);
    return refused(c, id, res);
  });

  app.post('/roster/:id/stop', async (c) => {
    const id = idParam(c);
    const res = await c.get('web').api.call('DELETE', `/rosters/${id}/solve`);
    if (res.ok) return c.redirect(`/roster/${id}?done=stop`, 303);
    return refused(c, id, res);
  });

  return app;
}
