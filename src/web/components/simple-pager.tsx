// Previous / next links for a list cut into pages on the server (1-based ?page=, other query kept).
import type { Translate } from '../i18n/index.js';

export function SimplePager({ t, href, page, pages }: { t: Translate; href: (page: number) => string; page: number; pages: number }) {
  return (
    <nav class="pager" aria-label={t('common.pagination')}>
      <span>{t('common.page', { page, pages })}</span>
      {page > 1 ? <a href={href(page - 1)} rel="prev">{t('common.prev')}</a> : <span class="disabled">{t('common.prev')}</span>}
      {page < pages ? <a href={href(page + 1)} rel="next">{t('common.next')}</a> : <span class="disabled">{t('common.next')}</span>}
    </nav>
  );
}

export const pagesOf = (n: number, per: number) => Math.max(1, Math.ceil(n / per));
