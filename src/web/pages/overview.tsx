// The overview page: the month's rosters (one per scope) with the chosen one's coverage, load
// and unfilled seats, then the registry counts per district and site type and per district and
// role, with server-drawn charts.
import { BarChart } from '../components/bar-chart.js';
import { CountTable } from '../components/count-table.js';
import { CoverageSections, NoRoster } from '../components/coverage.js';
import { Layout } from '../components/layout.js';
import { scopeName, StatusBadge } from '../components/roster-bits.js';
import type { WebCtx } from '../context.js';
import { districtName } from '../format.js';
import type { Coverage } from '../roster/coverage-model.js';
import type { countTables, SummaryOut } from '../roster/summary.js';
import type { RosterOut } from '../roster/types.js';
import type { DistrictOut } from '../types.js';

export interface OverviewRoster {
  roster: RosterOut;
  /** Absent while the roster solves (or failed). */
  coverage?: { cov: Coverage; idle: number };
}

export interface OverviewProps {
  web: WebCtx;
  summary: SummaryOut;
  tables: ReturnType<typeof countTables>;
  period: string;
  rosters: RosterOut[];
  chosen?: OverviewRoster;
  canPlan: boolean;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

function RosterChooser({ web, period, rosters, chosen, districts }: { web: WebCtx; period: string; rosters: RosterOut[]; chosen?: RosterOut; districts: DistrictOut[] }) {
  const { t } = web;
  return (
    <div class="page-head">
      <form method="get" action="/overview" class="inline-form">
        <label for="o-month">{t('roster.month')}</label> <input id="o-month" name="month" type="month" value={period} />{' '}
        <button type="submit" class="small">{t('common.show')}</button>
      </form>
      {rosters.length > 0 && (
        <nav class="tabs" aria-label={t('coverage.rosters')}>
          {rosters.map((r) => (
            <a href={`/overview?month=${period}&roster=${r.id}`} aria-current={r.id === chosen?.id ? 'page' : undefined}>
              {`${scopeName(r.scope, districts, web)} #${r.id} `}
              <StatusBadge t={t} status={r.status} />
            </a>
          ))}
        </nav>
      )}
    </div>
  );
}

export function OverviewPage({ web, summary, tables, period, rosters, chosen, canPlan }: OverviewProps) {
  const { t, lang } = web;
  const districts = summary.districts;
  const mine = web.session?.principal.role === 'coordinator' ? web.session.principal.districtCode : null;
  const cityLevel = summary.siteTypes.map((_, j) => (tables.siteTotals[j] ?? 0) - sum(tables.sites.map((row) => row[j] ?? 0)));
  const hasCityLevel = cityLevel.some((n) => n > 0);
  const dName = (d: DistrictOut) => districtName(d, lang);
  return (
    <Layout web={web} title={t('overview.title')} active="overview">
      <h1>{t('overview.title')}</h1>
      <RosterChooser web={web} period={period} rosters={rosters} chosen={chosen?.roster} districts={districts} />
      {chosen?.coverage ? (
        <>
          <p>
            <a href={`/roster/${chosen.roster.id}`}>{t('coverage.openRoster', { title: `${period} ${scopeName(chosen.roster.scope, districts, web)} #${chosen.roster.id}` })}</a>
          </p>
          <CoverageSections web={web} roster={chosen.roster} cov={chosen.coverage.cov} districts={districts} idle={chosen.coverage.idle} />
        </>
      ) : chosen ? (
        <p class="card">
          <a href={`/roster/${chosen.roster.id}`}>{t('coverage.notReady', { title: `#${chosen.roster.id}` })}</a>
        </p>
      ) : (
        <NoRoster web={web} period={period} canPlan={canPlan} />
      )}

      <h2>{t('overview.registry')}</h2>
      <div class="grid-2">
        <BarChart id="chart-sites" title={t('overview.sitesChart')} bars={summary.siteTypes.map((ty, j) => ({ label: t(`siteType.${ty}`), value: tables.siteTotals[j] ?? 0 }))} />
        <BarChart id="chart-people" title={t('overview.peopleChart')} bars={districts.map((d, i) => ({ label: dName(d), value: tables.people[i]?.at(-1) ?? 0 }))} />
      </div>

      <CountTable
        id="sites-table"
        caption={t('overview.sitesByDistrict')}
        corner={t('common.district')}
        columns={summary.siteTypes.map((ty) => t(`siteType.${ty}`))}
        totalLabel={t('overview.totalRow')}
        rows={[
          ...districts.map((d, i) => ({
            label: dName(d),
            href: `/sites?district=${d.code}`,
            cells: summary.siteTypes.map((ty, j) => ({ value: tables.sites[i]?.[j] ?? 0, href: `/sites?district=${d.code}&type=${ty}` })),
            total: sum(tables.sites[i] ?? []),
            highlight: d.code === mine,
          })),
          ...(hasCityLevel ? [{ label: t('overview.cityWide'), cells: cityLevel.map((value) => ({ value })), total: sum(cityLevel) }] : []),
        ]}
        footer={{ label: t('overview.totalRow'), cells: tables.siteTotals.map((value) => ({ value })), total: sum(tables.siteTotals) }}
      />
      <CountTable
        id="people-table"
        caption={t('overview.peopleByDistrict')}
        corner={t('common.district')}
        columns={summary.roles.map((r) => t(`personRole.${r}`))}
        totalLabel={t('overview.totalRow')}
        rows={districts.map((d, i) => ({
          label: dName(d),
          href: `/people?district=${d.code}`,
          cells: summary.roles.map((r, j) => ({ value: tables.people[i]?.[j] ?? 0, href: `/people?district=${d.code}&role=${r}` })),
          total: tables.people[i]?.at(-1) ?? 0,
          highlight: d.code === mine,
        }))}
      />
    </Layout>
  );
}
