// The web UI's onError: WebErrors become the friendly page for their status; anything else is
// logged (path and message, never headers or cookies) and shown as a 500 page.
import type { Context } from 'hono';
import type { Deps } from '../deps.js';
import type { ApiFetch } from './api-client.js';
import { anonymousCtx, type WebCtx } from './context.js';
import { WebError } from './errors.js';
import { ErrorPage } from './pages/error.js';
import { render } from './render.js';
import { endSession } from './session.js';

export function webErrorHandler(deps: Deps, fetchApi: ApiFetch) {
  return (err: Error, c: Context): Promise<Response> => {
    const ctx = (c.get('web') as WebCtx | undefined) ?? anonymousCtx(c, deps, fetchApi);
    const status = err instanceof WebError ? err.status : 500;
    if (!(err instanceof WebError) || status >= 500) {
      deps.logger.error('web page failed', { path: c.req.path, method: c.req.method, error: err.message, stack: err.stack });
    }
    if (status === 401) endSession(c);
    const web = status === 401 ? { ...ctx, session: null } : ctx;
    const detail = err instanceof WebError ? err.problem?.detail : undefined;
    const reason = err instanceof WebError ? err.reason : undefined;
    const code = (status >= 400 && status < 600 ? status : 500) as 500;
    return render(c, <ErrorPage web={web} status={code} detail={detail} reason={reason} />, code);
  };
}
