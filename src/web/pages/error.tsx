// The friendly error page: a sentence in the user's language for the status, the API's own
// explanation when it gave one (never a stack trace), and a way on.
import { Layout } from '../components/layout.js';
import type { WebCtx } from '../context.js';
import type { MessageKey } from '../i18n/index.js';

const KNOWN = new Set([400, 401, 403, 404, 409, 422, 500]);

export function ErrorPage({ web, status, detail, reason }: { web: WebCtx; status: number; detail?: string; reason?: MessageKey }) {
  const { t } = web;
  const key = (reason ?? `error.${KNOWN.has(status) ? status : status >= 500 ? 500 : 400}`) as MessageKey;
  return (
    <Layout web={web} title={t('error.title')}>
      <section class="error-page">
        <h1>
          {t('error.title')} <span class="status">({status})</span>
        </h1>
        <p class="lead">{t(key)}</p>
        {detail && status < 500 && <p class="detail">{t('common.apiSays', { detail })}</p>}
        <p>
          {status === 401 ? (
            <a class="button" href={`/sign-in?next=${encodeURIComponent(web.here)}`}>
              {t('error.signIn')}
            </a>
          ) : (
            <a class="button" href="/">
              {t('error.home')}
            </a>
          )}
        </p>
      </section>
    </Layout>
  );
}
