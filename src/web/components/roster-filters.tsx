// The grid's controls: sites or people, the week, the site type and (for a city roster) the
// district, and previous / next page links that keep them.
import { SITE_TYPES } from '../../../schemas/registry.js';
import type { WebCtx } from '../context.js';
import { districtName } from '../format.js';
import type { RosterOut } from '../roster/types.js';
import { viewHref, type ViewQuery } from '../roster/view-query.js';
import type { DistrictOut } from '../types.js';

export function GridFilters({ web, roster, districts, view: v }: { web: WebCtx; roster: RosterOut; districts: DistrictOut[]; view: ViewQuery }) {
  const { t, lang } = web;
  const base = `/roster/${roster.id}`;
  return (
    <>
      <nav class="tabs" aria-label={t('grid.viewLabel')}>
        <a href={viewHref(base, v, { view: 'sites', page: 1 })} aria-current={v.view === 'sites' ? 'page' : undefined}>
          {t('grid.bySites')}
        </a>
        <a href={viewHref(base, v, { view: 'people', page: 1 })} aria-current={v.view === 'people' ? 'page' : undefined}>
          {t('grid.byPeople')}
        </a>
      </nav>
      <form method="get" action={`${base}#grid`} class="filters" id="grid-filters">
        {v.view === 'people' && <input type="hidden" name="view" value="people" />}
        <div class="field">
          <label for="g-week">{t('grid.week')}</label>
          <select id="g-week" name="week">
            {v.weeks.map((w) => (
              <option value={String(w.n)} selected={w.n === v.week.n}>
                {t('grid.weekOption', { n: w.n, from: w.days[0]!.slice(5), to: w.days.at(-1)!.slice(5) })}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="g-type">{t('sites.type')}</label>
          <select id="g-type" name="type">
            <option value="">{t('common.all')}</option>
            {SITE_TYPES.map((ty) => (
              <option value={ty} selected={ty === v.type}>
                {t(`siteType.${ty}`)}
              </option>
            ))}
          </select>
        </div>
        {roster.scope === 'city' && (
          <div class="field">
            <label for="g-district">{t('common.district')}</label>
            <select id="g-district" name="district">
              <option value="">{t('common.all')}</option>
              {districts.map((d) => (
                <option value={d.code} selected={d.code === v.district}>
                  {districtName(d, lang)}
                </option>
              ))}
            </select>
          </div>
        )}
        <div class="filter-actions">
          <button type="submit" class="primary">{t('common.show')}</button>
        </div>
      </form>
    </>
  );
}

export function GridPager({ web, roster, view: v, pages }: { web: WebCtx; roster: RosterOut; view: ViewQuery; pages: number }) {
  const { t } = web;
  const base = `/roster/${roster.id}`;
  return (
    <nav class="pager" aria-label={t('common.pagination')}>
      <span>{t('common.page', { page: v.page, pages })}</span>
      {v.page > 1 ? <a href={viewHref(base, v, { page: v.page - 1 })} rel="prev">{t('common.prev')}</a> : <span class="disabled">{t('common.prev')}</span>}
      {v.page < pages ? <a href={viewHref(base, v, { page: v.page + 1 })} rel="next">{t('common.next')}</a> : <span class="disabled">{t('common.next')}</span>}
      {v.week.n > 1 && <a href={viewHref(base, v, { week: v.week.n - 1, page: 1 })}>{t('grid.prevWeek')}</a>}
      {v.week.n < v.weeks.length && <a href={viewHref(base, v, { week: v.week.n + 1, page: 1 })}>{t('grid.nextWeek')}</a>}
    </nav>
  );
}
