// The overview page: registry counts per district and site type and per district and role,
// two server-drawn charts, and the slots where roster coverage, load and unfilled seats go.
import { BarChart } from '../components/bar-chart.js';
import { CountTable } from '../components/count-table.js';
import { Layout } from '../components/layout.js';
import type { WebCtx } from '../context.js';
import { districtName } from '../format.js';
import type { MessageKey } from '../i18n/index.js';
import type { DistrictOut } from '../types.js';

export interface OverviewData {
  districts: DistrictOut[];
  siteTypes: readonly ('centre' | 'station' | 'workroom' | 'resettlement' | 'school' | 'online')[];
  roles: readonly ('lawyer' | 'notary' | 'grassroots_worker' | 'mediator' | 'legal_vice_principal')[];
  /** sites[district][type]: count. */
  sites: number[][];
  /** City-wide count per type (includes sites with no district). */
  siteTotals: number[];
  /** people[district][role], then the district's total people last. */
  people: number[][];
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

function Placeholder({ web, title, text, slot }: { web: WebCtx; title: MessageKey; text: MessageKey; slot: string }) {
  return (
    <section class="card placeholder" data-slot={slot} aria-labelledby={`${slot}-h`}>
      <h2 id={`${slot}-h`}>{web.t(title)}</h2>
      <p>{web.t(text)}</p>
    </section>
  );
}

export function OverviewPage({ web, data }: { web: WebCtx; data: OverviewData }) {
  const { t, lang } = web;
  const mine = web.session?.principal.role === 'coordinator' ? web.session.principal.districtCode : null;
  const cityLevel = data.siteTypes.map((_, j) => (data.siteTotals[j] ?? 0) - sum(data.sites.map((row) => row[j] ?? 0)));
  const hasCityLevel = cityLevel.some((n) => n > 0);
  const dName = (d: DistrictOut) => districtName(d, lang);
  return (
    <Layout web={web} title={t('overview.title')} active="overview">
      <h1>{t('overview.title')}</h1>
      <div class="grid-3">
        <Placeholder web={web} title="overview.coverage" text="overview.coverageSoon" slot="coverage" />
        <Placeholder web={web} title="overview.load" text="overview.loadSoon" slot="load" />
        <Placeholder web={web} title="overview.unfilled" text="overview.unfilledSoon" slot="unfilled" />
      </div>

      <h2>{t('overview.registry')}</h2>
      <div class="grid-2">
        <BarChart id="chart-sites" title={t('overview.sitesChart')} bars={data.siteTypes.map((ty, j) => ({ label: t(`siteType.${ty}`), value: data.siteTotals[j] ?? 0 }))} />
        <BarChart id="chart-people" title={t('overview.peopleChart')} bars={data.districts.map((d, i) => ({ label: dName(d), value: data.people[i]?.at(-1) ?? 0 }))} />
      </div>

      <CountTable
        id="sites-table"
        caption={t('overview.sitesByDistrict')}
        corner={t('common.district')}
        columns={data.siteTypes.map((ty) => t(`siteType.${ty}`))}
        totalLabel={t('overview.totalRow')}
        rows={[
          ...data.districts.map((d, i) => ({
            label: dName(d),
            href: `/sites?district=${d.code}`,
            cells: data.siteTypes.map((ty, j) => ({ value: data.sites[i]?.[j] ?? 0, href: `/sites?district=${d.code}&type=${ty}` })),
            total: sum(data.sites[i] ?? []),
            highlight: d.code === mine,
          })),
          ...(hasCityLevel ? [{ label: t('overview.cityWide'), cells: cityLevel.map((value) => ({ value })), total: sum(cityLevel) }] : []),
        ]}
        footer={{ label: t('overview.totalRow'), cells: data.siteTotals.map((value) => ({ value })), total: sum(data.siteTotals) }}
      />
      <CountTable
        id="people-table"
        caption={t('overview.peopleByDistrict')}
        corner={t('common.district')}
        columns={data.roles.map((r) => t(`personRole.${r}`))}
        totalLabel={t('overview.totalRow')}
        rows={data.districts.map((d, i) => ({
          label: dName(d),
          href: `/people?district=${d.code}`,
          cells: data.roles.map((r, j) => ({ value: data.people[i]?.[j] ?? 0, href: `/people?district=${d.code}&role=${r}` })),
          total: data.people[i]?.at(-1) ?? 0,
          highlight: d.code === mine,
        }))}
      />
    </Layout>
  );
}
