// Previous / next links for an offset-paginated list, keeping the filters in the query.
import type { Translate } from '../i18n/index.js';

export const PAGE_SIZE = 30;

/** The 1-based page asked for in ?page=, as an API offset. */
export function offsetOf(page: string | undefined): number {
  const n = Number(page);
  return Number.isInteger(n) && n > 1 ? (n - 1) * PAGE_SIZE : 0;
}

function hrefFor(base: string, query: Record<string, string>, page: number): string {
  const q = new URLSearchParams(Object.entries(query).filter(([k, v]) => v !== '' && k !== 'page'));
  if (page > 1) q.set('page', String(page));
  const s = q.toString();
  return s ? `${base}?${s}` : base;
}

export function Pager({ t, base, query, total, offset }: { t: Translate; base: string; query: Record<string, string>; total: number; offset: number }) {
  const page = Math.floor(offset / PAGE_SIZE) + 1;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return (
    <nav class="pager" aria-label={t('common.pagination')}>
      <span>{t('common.total', { n: total })}</span>
      <span>{t('common.page', { page, pages })}</span>
      {page > 1 ? <a href={hrefFor(base, query, page - 1)} rel="prev">{t('common.prev')}</a> : <span class="disabled">{t('common.prev')}</span>}
      {page < pages ? <a href={hrefFor(base, query, page + 1)} rel="next">{t('common.next')}</a> : <span class="disabled">{t('common.next')}</span>}
    </nav>
  );
}
