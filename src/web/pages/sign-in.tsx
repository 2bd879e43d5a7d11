// The sign-in page: paste a token, or (embedded database, this machine only) pick a demo account.
// Demo tokens stay on the server: the buttons send only the account's position in the list.
import type { DemoAccount } from '../../demo-accounts.js';
import { Layout } from '../components/layout.js';
import type { WebCtx } from '../context.js';
import type { MessageKey } from '../i18n/index.js';

export interface SignInProps {
  web: WebCtx;
  next: string;
  error?: MessageKey;
  notice?: MessageKey;
  demo: Pick<DemoAccount, 'role' | 'label'>[];
}

export function SignInPage({ web, next, error, notice, demo }: SignInProps) {
  const { t } = web;
  return (
    <Layout web={web} title={t('auth.signIn')} flash={notice ? t(notice) : undefined}>
      <section class="narrow">
        <h1>{t('auth.title')}</h1>
        <form method="post" action="/sign-in" class="card">
          <input type="hidden" name="next" value={next} />
          <div class={error ? 'field invalid' : 'field'}>
            <label for="f-token">{t('auth.token')}</label>
            <input
              id="f-token"
              name="token"
              type="password"
              autocomplete="off"
              spellcheck={false}
              required
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={error ? 'f-token-help f-token-error' : 'f-token-help'}
            />
            <p class="help" id="f-token-help">{t('auth.tokenHelp')}</p>
            {error && (
              <p class="field-error" id="f-token-error" role="alert">
                {t(error)}
              </p>
            )}
          </div>
          <div class="actions">
            <button type="submit" class="primary">{t('auth.signIn')}</button>
          </div>
        </form>
        {demo.length > 0 && (
          <section class="card demo" aria-labelledby="demo-title">
            <h2 id="demo-title">{t('auth.demoTitle')}</h2>
            <p class="help">{t('auth.demoHelp')}</p>
            <ul class="demo-list">
              {demo.map((a, i) => (
                <li>
                  <form method="post" action="/sign-in/demo">
                    <input type="hidden" name="account" value={String(i)} />
                    <input type="hidden" name="next" value={next} />
                    <button type="submit" aria-label={`${t('auth.demoAs')}: ${a.label}`}>
                      <span class="demo-label">{a.label}</span>
                      <span class="demo-role">{t(`role.${a.role as 'admin'}`)}</span>
                    </button>
                  </form>
                </li>
              ))}
            </ul>
          </section>
        )}
      </section>
    </Layout>
  );
}
