// The overview's roster sections: coverage per district and site type with seats per day, duty
// load (most, fewest, distribution) and the next unfilled seats — for one roster of the month.
import type { WebCtx } from '../context.js';
import { districtName } from '../format.js';
import type { MessageKey } from '../i18n/index.js';
import { cellKey, type Coverage } from '../roster/coverage-model.js';
import type { RosterOut } from '../roster/types.js';
import { localTime } from '../roster/weeks.js';
import type { DistrictOut } from '../types.js';
import { BarChart } from './bar-chart.js';
import { ColumnChart } from './column-chart.js';
import { seatHref } from './roster-grid.js';

const TYPES = ['centre', 'station', 'workroom', 'resettlement', 'school', 'online'] as const;
const TOP = 5;

function CoverageTable({ web, cov, districts }: { web: WebCtx; cov: Coverage; districts: DistrictOut[] }) {
  const { t, lang } = web;
  const rows: { code: string | null; label: string }[] = [...districts.map((d) => ({ code: d.code, label: districtName(d, lang) })), { code: null, label: t('overview.cityWide') }];
  const used = rows.filter((r) => TYPES.some((ty) => cov.byDistrictType.has(cellKey(r.code, ty))));
  const types = TYPES.filter((ty) => used.some((r) => cov.byDistrictType.has(cellKey(r.code, ty))));
  return (
    <div class="table-wrap" role="region" aria-labelledby="coverage-caption" tabindex={0}>
      <table id="coverage-table">
        <caption id="coverage-caption">{t('coverage.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('common.district')}</th>
            {types.map((ty) => (
              <th scope="col" class="num">{t(`siteType.${ty}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {used.map((r) => (
            <tr>
              <th scope="row">{r.label}</th>
              {types.map((ty) => {
                const c = cov.byDistrictType.get(cellKey(r.code, ty));
                if (!c) return <td class="num">—</td>;
                return (
                  <td class={c.unfilled ? 'num has-unfilled' : 'num'}>
                    {t('coverage.cell', { filled: c.filled, seats: c.filled + c.unfilled })}
                    {c.unfilled > 0 && <span class="missing">{` ${t('grid.missing', { n: c.unfilled })}`}</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function CoverageSections({ web, roster, cov, districts, idle }: { web: WebCtx; roster: RosterOut; cov: Coverage; districts: DistrictOut[]; idle: number }) {
  const { t } = web;
  const most = cov.load.slice(0, TOP);
  const fewest = cov.load.slice(-TOP).reverse().filter((p) => !most.includes(p));
  const pct = cov.totals.filled + cov.totals.unfilled ? Math.round((100 * cov.totals.filled) / (cov.totals.filled + cov.totals.unfilled)) : 100;
  return (
    <>
      <section class="card" data-slot="coverage" aria-labelledby="coverage-h">
        <h2 id="coverage-h">{t('overview.coverage')}</h2>
        <p class="lead">{t('coverage.lead', { filled: cov.totals.filled, unfilled: cov.totals.unfilled, pct })}</p>
        <CoverageTable web={web} cov={cov} districts={districts} />
        <ColumnChart
          id="chart-days"
          title={t('coverage.byDay')}
          columns={cov.byDay.map((d) => ({ label: String(Number(d.day.slice(8))), a: d.filled, b: d.unfilled }))}
          legend={[t('coverage.filled'), t('coverage.unfilled')]}
        />
      </section>
      <div class="grid-2">
        <section class="card" data-slot="load" aria-labelledby="load-h">
          <h2 id="load-h">{t('overview.load')}</h2>
          <div class="grid-2">
            <div>
              <h3>{t('coverage.most')}</h3>
              <ol class="plain" id="load-most">
                {most.map((p) => (
                  <li>
                    <a href={`/people/${p.personId}?month=${roster.period}#duties`}>{p.name}</a> {t('coverage.duties', { n: p.duties })}
                  </li>
                ))}
              </ol>
            </div>
            <div>
              <h3>{t('coverage.fewest')}</h3>
              <ol class="plain" id="load-fewest">
                {fewest.map((p) => (
                  <li>
                    <a href={`/people/${p.personId}?month=${roster.period}#duties`}>{p.name}</a> {t('coverage.duties', { n: p.duties })}
                  </li>
                ))}
              </ol>
              <p class="help">{t('coverage.idle', { n: idle })}</p>
            </div>
          </div>
          <BarChart id="chart-load" title={t('coverage.histogram')} bars={cov.histogram.map((n, i) => ({ label: t('coverage.duties', { n: i + 1 }), value: n }))} />
        </section>
        <section class="card" data-slot="unfilled" aria-labelledby="unfilled-h">
          <h2 id="unfilled-h">{t('overview.unfilled')}</h2>
          {cov.upcoming.length === 0 ? (
            <p class="empty">{t('coverage.noUpcoming')}</p>
          ) : (
            <ul class="plain" id="upcoming-unfilled">
              {cov.upcoming.map((u) => (
                <li>
                  <a href={seatHref(roster.id, { shiftId: u.shiftIds[0]!, siteId: u.siteId ?? 0, day: u.dates[0] ?? '', seatGroup: u.seatGroup })}>
                    {`${(u.dates[0] ?? '').slice(5)} ${u.startsAt ? localTime(u.startsAt) : ''} ${u.siteName}`}
                  </a>{' '}
                  <span class="missing">{t('grid.missing', { n: u.missing })}</span>
                </li>
              ))}
            </ul>
          )}
          {cov.pending > 0 && <p>{t('coverage.pending', { n: cov.pending })}</p>}
          <p>
            <a href={`/roster/${roster.id}/unfilled`}>{t('roster.unfilledLink', { n: cov.totals.unfilled })}</a>
          </p>
        </section>
      </div>
    </>
  );
}

export function NoRoster({ web, period, canPlan }: { web: WebCtx; period: string; canPlan: boolean }) {
  const { t } = web;
  const slots: [string, MessageKey][] = [['coverage', 'overview.coverage'], ['load', 'overview.load'], ['unfilled', 'overview.unfilled']];
  return (
    <div class="grid-3">
      {slots.map(([slot, title]) => (
        <section class="card placeholder" data-slot={slot} aria-labelledby={`${slot}-h`}>
          <h2 id={`${slot}-h`}>{t(title)}</h2>
          <p>{t('coverage.noRoster', { period })}</p>
          {canPlan && <a href={`/roster?period=${period}`}>{t('roster.generate')}</a>}
        </section>
      ))}
    </div>
  );
}
