// The sites list: search by name or code, filter by district and type, paged.
import { SelectField, TextField } from '../components/fields.js';
import { Layout } from '../components/layout.js';
import { districtOptions, siteTypeOptions } from '../components/options.js';
import { ListTable, PageHead } from '../components/page-head.js';
import { Pager } from '../components/pager.js';
import type { WebCtx } from '../context.js';
import { districtName } from '../format.js';
import type { DistrictOut, Page, SiteOut } from '../types.js';

export interface SitesListProps {
  web: WebCtx;
  query: Record<string, string>;
  districts: DistrictOut[];
  page: Page<SiteOut>;
  canCreate: boolean;
  flash?: string;
}

export function SitesListPage({ web, query, districts, page, canCreate, flash }: SitesListProps) {
  const { t, lang } = web;
  const byCode = new Map(districts.map((d) => [d.code, d]));
  return (
    <Layout web={web} title={t('sites.title')} active="sites" flash={flash}>
      <PageHead title={t('sites.title')}>
        {canCreate && (
          <a class="button primary" href="/sites/new">
            {t('sites.new')}
          </a>
        )}
      </PageHead>
      <form method="get" action="/sites" class="filters" role="search">
        <TextField name="q" label={t('sites.search')} values={query} type="search" />
        <SelectField name="district" label={t('common.district')} values={query} options={districtOptions(districts, lang)} blank={t('common.all')} />
        <SelectField name="type" label={t('sites.type')} values={query} options={siteTypeOptions(t)} blank={t('common.all')} />
        <div class="filter-actions">
          <button type="submit" class="primary">{t('common.search')}</button>
          <a href="/sites">{t('common.reset')}</a>
        </div>
      </form>
      <ListTable
        id="sites-list"
        label={t('sites.title')}
        headers={[t('sites.name'), t('common.code'), t('sites.type'), t('common.district'), t('sites.languagesNeeded')]}
        empty={page.items.length === 0 ? t('common.empty') : undefined}
      >
        {page.items.map((s) => (
          <tr>
            <th scope="row">
              <a href={`/sites/${s.id}`}>{s.name}</a>
            </th>
            <td class="code" data-label={t('common.code')}>{s.code}</td>
            <td data-label={t('sites.type')}>{t(`siteType.${s.type}`)}</td>
            <td data-label={t('common.district')}>{s.districtCode ? districtName(byCode.get(s.districtCode), lang, s.districtCode) : t('scope.city')}</td>
            <td data-label={t('sites.languagesNeeded')}>{s.languagesNeeded.map((l) => t(`language.${l}`)).join('、')}</td>
          </tr>
        ))}
      </ListTable>
      <Pager t={t} base="/sites" query={query} total={page.total} offset={page.offset} />
    </Layout>
  );
}
