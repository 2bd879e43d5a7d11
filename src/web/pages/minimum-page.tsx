// The coordinator's view of the yearly minimum: schools behind their 4 class hours this school
// year (filter by district, search by name), the way to pending proposals, and "propose
// sessions" — a dry run first, then created as pending bookings.
import { classHours } from '../components/class-hours.js';
import { SelectField, TextField, type Option } from '../components/fields.js';
import { Layout } from '../components/layout.js';
import { ListTable, PageHead } from '../components/page-head.js';
import { ProposalResult, type ProposalResultProps } from '../components/proposal-result.js';
import { SimplePager } from '../components/simple-pager.js';
import type { WebCtx } from '../context.js';
import { districtName } from '../format.js';
import { minimumHref, minimumRows, type MinimumQuery } from '../school/minimum.js';
import type { YearlyOut } from '../school/types.js';
import type { DistrictOut } from '../types.js';

export interface MinimumPageProps {
  web: WebCtx;
  query: MinimumQuery;
  report: YearlyOut;
  districts: DistrictOut[];
  /** A district coordinator's own district: the filter is fixed to it. */
  fixedDistrict?: string;
  pendingTotal: number;
  proposal?: Omit<ProposalResultProps, 'web'>;
  flash?: string;
}

export function MinimumPage({ web, query, report, districts, fixedDistrict, pendingTotal, proposal, flash }: MinimumPageProps) {
  const { t, lang } = web;
  const list = minimumRows(report.rows, query);
  const district = fixedDistrict ?? query.district;
  const names = new Map(districts.map((d) => [d.code, districtName(d, lang)]));
  const districtOptions: Option[] = districts.map((d) => ({ value: d.code, label: districtName(d, lang) }));
  const values = { district, show: query.show, q: query.q, engine: 'solver' };
  const headers = [t('minimum.school'), t('sites.district'), t('minimum.done'), t('minimum.pending'), t('minimum.short')];
  const required = classHours(report.requiredMinutes);
  return (
    <Layout web={web} title={t('minimum.title')} active="school" flash={flash}>
      <PageHead title={t('minimum.title')} />
      <p class="lead" id="minimum-lead">
        {t('minimum.lead', { year: report.schoolYear, schools: report.schools, behind: report.behind, required })}
      </p>
      <p>
        <a href={`/school/pending${district ? `?district=${district}` : ''}`} id="pending-link">
          {t('minimum.pendingLink', { n: pendingTotal })}
        </a>
      </p>

      <form method="get" action="/school" class="filters" aria-label={t('common.filter')}>
        {fixedDistrict ? (
          <input type="hidden" name="district" value={fixedDistrict} />
        ) : (
          <SelectField name="district" label={t('sites.district')} values={values} options={districtOptions} blank={t('minimum.allDistricts')} />
        )}
        <SelectField
          name="show"
          label={t('minimum.show')}
          values={values}
          options={[
            { value: 'behind', label: t('minimum.showBehind') },
            { value: 'all', label: t('minimum.showAll') },
          ]}
        />
        <TextField name="q" label={t('minimum.search')} values={values} type="search" />
        <div class="filter-actions">
          <button type="submit">{t('common.filter')}</button>
        </div>
      </form>

      <section class="card" aria-labelledby="propose-h" id="propose">
        <h2 id="propose-h">{t('minimum.propose')}</h2>
        <p class="help">{t('minimum.proposeHelp', { scope: district ? (names.get(district) ?? district) : t('scope.city') })}</p>
        <form method="post" action="/school/propose" class="inline-form">
          <input type="hidden" name="district" value={district} />
          <input type="hidden" name="dryRun" value="1" />
          <SelectField
            name="engine"
            label={t('minimum.engine')}
            values={values}
            options={[
              { value: 'solver', label: t('minimum.engineSolver') },
              { value: 'greedy', label: t('minimum.engineGreedy') },
            ]}
          />
          <button type="submit" class="primary">
            {t('minimum.dryRun')}
          </button>
        </form>
      </section>
      {proposal && <ProposalResult web={web} {...proposal} />}

      <h2>{t(query.show === 'all' ? 'minimum.listAll' : 'minimum.listBehind', { n: list.total })}</h2>
      <ListTable id="minimum-list" label={t('minimum.title')} headers={headers} empty={list.total === 0 ? t('minimum.none') : undefined}>
        {list.shown.map((r) => (
          <tr class={r.behind ? 'behind' : undefined}>
            <th scope="row">
              <a href={`/school/${r.siteId}`}>{r.name}</a>
            </th>
            <td data-label={headers[1]}>{r.districtCode ? (names.get(r.districtCode) ?? r.districtCode) : '—'}</td>
            <td class="num" data-label={headers[2]}>{classHours(r.confirmedMinutes)}</td>
            <td class="num" data-label={headers[3]}>{classHours(r.pendingMinutes)}</td>
            <td class="num" data-label={headers[4]}>{r.behind ? classHours(r.shortMinutes) : t('minimum.met')}</td>
          </tr>
        ))}
      </ListTable>
      {list.pages > 1 && <SimplePager t={t} href={(p) => minimumHref(query, p)} page={list.page} pages={list.pages} />}
    </Layout>
  );
}
