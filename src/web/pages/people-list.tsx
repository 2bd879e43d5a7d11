// The people list: search by name or code, filter by district, role, skill and language, paged.
import { SelectField, TextField, type FormValues } from '../components/fields.js';
import { Layout } from '../components/layout.js';
import { districtOptions, languageOptions, roleOptions, skillOptions } from '../components/options.js';
import { ListTable, PageHead } from '../components/page-head.js';
import { Pager } from '../components/pager.js';
import type { WebCtx } from '../context.js';
import { districtName } from '../format.js';
import { labelOr } from '../i18n/index.js';
import type { DistrictOut, Page, PersonOut } from '../types.js';

export interface PeopleListProps {
  web: WebCtx;
  query: Record<string, string>;
  districts: DistrictOut[];
  page: Page<PersonOut>;
  canCreate: boolean;
  flash?: string;
}

export function PeopleListPage({ web, query, districts, page, canCreate, flash }: PeopleListProps) {
  const { t, lang } = web;
  const values: FormValues = query;
  const byCode = new Map(districts.map((d) => [d.code, d]));
  return (
    <Layout web={web} title={t('people.title')} active="people" flash={flash}>
      <PageHead title={t('people.title')}>
        {canCreate && (
          <a class="button primary" href="/people/new">
            {t('people.new')}
          </a>
        )}
      </PageHead>
      <form method="get" action="/people" class="filters" role="search">
        <TextField name="q" label={t('people.search')} values={values} type="search" />
        <SelectField name="district" label={t('common.district')} values={values} options={districtOptions(districts, lang)} blank={t('common.all')} />
        <SelectField name="role" label={t('people.role')} values={values} options={roleOptions(t)} blank={t('common.all')} />
        <SelectField name="skill" label={t('people.skill')} values={values} options={skillOptions(t)} blank={t('common.all')} />
        <SelectField name="language" label={t('people.language')} values={values} options={languageOptions(t)} blank={t('common.all')} />
        <div class="filter-actions">
          <button type="submit" class="primary">{t('common.search')}</button>
          <a href="/people">{t('common.reset')}</a>
        </div>
      </form>
      <ListTable
        id="people-list"
        label={t('people.title')}
        headers={[t('people.name'), t('common.code'), t('people.roles'), t('common.district'), t('people.skills'), t('people.languages')]}
        empty={page.items.length === 0 ? t('common.empty') : undefined}
      >
        {page.items.map((p) => (
          <tr>
            <th scope="row">
              <a href={`/people/${p.id}`}>{p.name}</a>
            </th>
            <td class="code" data-label={t('common.code')}>{p.code}</td>
            <td data-label={t('people.roles')}>{p.roles.map((r) => t(`personRole.${r}`)).join('、')}</td>
            <td data-label={t('common.district')}>{districtName(byCode.get(p.homeDistrictCode), lang, p.homeDistrictCode)}</td>
            <td data-label={t('people.skills')}>{p.skills.map((s) => labelOr(t, 'skill', s)).join('、')}</td>
            <td data-label={t('people.languages')}>{p.languages.map((l) => t(`language.${l}`)).join('、')}</td>
          </tr>
        ))}
      </ListTable>
      <Pager t={t} base="/people" query={query} total={page.total} offset={page.offset} />
    </Layout>
  );
}
