// The roster list of a month (scope, status, score, published version) and the generate form.
import { FormProblem, SelectField, TextField, type FieldErrors, type FormValues } from '../components/fields.js';
import { Layout } from '../components/layout.js';
import { ListTable, PageHead } from '../components/page-head.js';
import { scopeName, scoreText, StatusBadge } from '../components/roster-bits.js';
import type { WebCtx } from '../context.js';
import { localDateTime } from '../format.js';
import type { RosterOut } from '../roster/types.js';
import type { DistrictOut } from '../types.js';

export interface RosterListProps {
  web: WebCtx;
  period: string;
  rosters: RosterOut[];
  districts: DistrictOut[];
  /** Scopes the user may generate rosters for (empty: no form). */
  scopes: string[];
  form: { values: FormValues; errors?: FieldErrors; other?: string[] };
}

export function RosterListPage({ web, period, rosters, districts, scopes, form }: RosterListProps) {
  const { t } = web;
  return (
    <Layout web={web} title={t('nav.roster')} active="roster">
      <PageHead title={t('nav.roster')} />
      <form method="get" action="/roster" class="filters" role="search">
        <div class="field">
          <label for="filter-period">{t('roster.month')}</label>
          <input id="filter-period" name="period" type="month" value={period} />
        </div>
        <div class="filter-actions">
          <button type="submit" class="primary">{t('common.show')}</button>
        </div>
      </form>
      <ListTable
        id="roster-list"
        label={t('roster.listOf', { period })}
        headers={[t('roster.roster'), t('roster.scope'), t('roster.status'), t('roster.score'), t('roster.published'), t('roster.createdAt')]}
        empty={rosters.length === 0 ? t('roster.noneInMonth', { period }) : undefined}
      >
        {rosters.map((r) => (
          <tr>
            <th scope="row">
              <a href={`/roster/${r.id}`}>{t('roster.number', { id: r.id })}</a>
            </th>
            <td data-label={t('roster.scope')}>{scopeName(r.scope, districts, web)}</td>
            <td data-label={t('roster.status')}>
              <StatusBadge t={t} status={r.status} />
            </td>
            <td data-label={t('roster.score')}>{scoreText(t, r.score)}</td>
            <td data-label={t('roster.published')}>{r.publishedVersion ? t('roster.versionN', { n: r.publishedVersion }) : t('roster.notPublished')}</td>
            <td data-label={t('roster.createdAt')}>{localDateTime(r.createdAt)}</td>
          </tr>
        ))}
      </ListTable>

      {scopes.length > 0 && (
        <section class="card" aria-labelledby="generate-h">
          <h2 id="generate-h">{t('roster.generate')}</h2>
          <p class="help">{t('roster.generateHelp')}</p>
          <form method="post" action="/roster" class="form-grid" id="generate-form" novalidate>
            {form.errors && <FormProblem message={t('common.formErrors')} other={form.other ?? []} />}
            <TextField name="period" label={t('roster.month')} type="month" required values={form.values} errors={form.errors} />
            <SelectField name="scope" label={t('roster.scope')} required values={form.values} errors={form.errors} options={scopes.map((s) => ({ value: s, label: scopeName(s, districts, web) }))} />
            <TextField name="seconds" label={t('roster.seconds')} type="number" min="1" max="600" inputmode="numeric" help={t('roster.secondsHelp')} values={form.values} errors={form.errors} />
            <div class="actions">
              <button type="submit" class="primary">{t('roster.generateButton')}</button>
            </div>
          </form>
        </section>
      )}
    </Layout>
  );
}
