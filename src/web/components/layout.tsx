// The page shell: head, skip link, header with navigation, language toggle and sign-out, then
// the page's content. Every page renders through it.
import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';
import type { WebCtx } from '../context.js';
import { navFor, type NavKey } from '../nav.js';
import { assetUrl } from '../static.js';

export interface LayoutProps {
  web: WebCtx;
  title: string;
  active?: NavKey;
  /** A one-line notice at the top ("saved"). */
  flash?: string;
  children?: Child;
}

/** A link to /lang that comes back to this page. */
export function langHref(web: WebCtx): string {
  const to = web.lang === 'zh' ? 'en' : 'zh';
  return `/lang?to=${to}&next=${encodeURIComponent(web.here)}`;
}

function Header({ web, active }: { web: WebCtx; active?: NavKey }) {
  const { t, session } = web;
  const p = session?.principal;
  return (
    <header class="top">
      <a class="brand" href="/">
        {t('app.name')} <span class="tagline">{t('app.tagline')}</span>
      </a>
      {p && (
        <nav aria-label={t('nav.label')}>
          <ul>
            {navFor(p).map((item) => (
              <li>
                <a href={item.href} aria-current={item.key === active ? 'page' : undefined} class={item.ready ? undefined : 'soon'}>
                  {t(item.label)}
                  {!item.ready && <span class="badge">{t('nav.soon')}</span>}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <div class="user">
        {p && (
          <span class="who">
            {t('auth.signedInAs', { label: p.label || t(`role.${p.role}`) })}
          </span>
        )}
        <a href={langHref(web)} hreflang={web.lang === 'zh' ? 'en' : 'zh'} lang={web.lang === 'zh' ? 'en' : 'zh-CN'} title={t('lang.label')}>
          {t('lang.switch')}
        </a>
        {p && (
          <form method="post" action="/sign-out" class="inline">
            <button type="submit" class="link">{t('auth.signOut')}</button>
          </form>
        )}
      </div>
    </header>
  );
}

export function Layout({ web, title, active, flash, children }: LayoutProps) {
  return (
    <>
      {raw('<!DOCTYPE html>')}
      <html lang={web.lang === 'zh' ? 'zh-CN' : 'en'}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${title} · ${web.t('app.name')}`}</title>
          <link rel="icon" href="data:," />
          <link rel="stylesheet" href={assetUrl('style.css')} />
          <script src={assetUrl('app.js')} defer></script>
        </head>
        <body>
          <a class="skip" href="#main">{web.t('app.skip')}</a>
          <Header web={web} active={active} />
          <main id="main" tabindex={-1}>
            {flash && <p class="flash" role="status">{flash}</p>}
            {children}
          </main>
        </body>
      </html>
    </>
  );
}
