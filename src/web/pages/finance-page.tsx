// The finance page: per district the month's subsidy spend against budget (table and chart),
// CSV downloads, and the chosen district's statement lines, paged.
import { BudgetChart } from '../components/budget-chart.js';
import { Layout } from '../components/layout.js';
import { PageHead } from '../components/page-head.js';
import { pagesOf, SimplePager } from '../components/simple-pager.js';
import type { WebCtx } from '../context.js';
import { districtName, yuan } from '../format.js';
import type { StatementOut } from '../routes/finance.js';
import type { DistrictOut } from '../types.js';

/** Statement lines per page. */
const LINES = 50;

export interface FinanceProps {
  web: WebCtx;
  month: string;
  districts: DistrictOut[];
  statements: StatementOut[];
  chosen?: string;
  page: number;
  allDistricts: boolean;
}

const csvHref = (month: string, district?: string) => `/finance/export.csv?month=${month}${district ? `&district=${district}` : ''}`;

function Lines({ web, month, district, st, page }: { web: WebCtx; month: string; district: DistrictOut; st: StatementOut; page: number }) {
  const { t, lang } = web;
  const lines = [...st.lines].sort((a, b) => b.amountFen - a.amountFen || a.name.localeCompare(b.name, 'zh-CN'));
  const shown = lines.slice((page - 1) * LINES, page * LINES);
  return (
    <section aria-labelledby="lines-h">
      <h2 id="lines-h">{t('finance.linesOf', { district: districtName(district, lang), month })}</h2>
      {lines.length === 0 ? (
        <p class="empty">{t('finance.noLines')}</p>
      ) : (
        <div class="table-wrap">
          <table class="list" id="statement-lines">
            <thead>
              <tr>
                <th scope="col">{t('people.name')}</th>
                <th scope="col">{t('common.code')}</th>
                <th scope="col">{t('finance.employer')}</th>
                <th scope="col" class="num">{t('finance.duties')}</th>
                <th scope="col" class="num">{t('subsidy.amount')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((l) => (
                <tr>
                  <th scope="row">
                    <a href={`/people/${l.personId}?month=${month}#subsidies`}>{l.name}</a>
                    {l.publicOfficial && <span class="muted">{` ${t('finance.official')}`}</span>}
                  </th>
                  <td class="code" data-label={t('common.code')}>{l.code}</td>
                  <td data-label={t('finance.employer')}>{l.employer ?? '—'}</td>
                  <td class="num" data-label={t('finance.duties')}>{l.duties}</td>
                  <td class="num" data-label={t('subsidy.amount')}>{yuan(l.amountFen)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <SimplePager t={t} href={(p) => `/finance?month=${month}&district=${district.code}&page=${p}#lines-h`} page={page} pages={pagesOf(lines.length, LINES)} />
    </section>
  );
}

export function FinancePage({ web, month, districts, statements, chosen, page, allDistricts }: FinanceProps) {
  const { t, lang } = web;
  const rows = districts.map((d, i) => ({ d, st: statements[i]! }));
  const spent = rows.reduce((n, r) => n + r.st.spentFen, 0);
  const budgets = rows.filter((r) => r.st.budgetFen !== null);
  const chosenRow = rows.find((r) => r.d.code === chosen);
  return (
    <Layout web={web} title={t('nav.finance')} active="finance">
      <PageHead title={t('finance.title', { month })}>
        {allDistricts && (
          <a class="button" href={csvHref(month)} download>
            {t('finance.csvAll')}
          </a>
        )}
      </PageHead>
      <form method="get" action="/finance" class="filters" role="search">
        <div class="field">
          <label for="fin-month">{t('roster.month')}</label>
          <input id="fin-month" name="month" type="month" value={month} />
        </div>
        <div class="filter-actions">
          <button type="submit" class="primary">{t('common.show')}</button>
        </div>
      </form>
      <p class="lead">{t('finance.lead', { spent: yuan(spent), n: rows.reduce((k, r) => k + r.st.lines.length, 0) })}</p>
      <div class="table-wrap">
        <table id="finance-districts">
          <caption>{t('finance.byDistrict')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('common.district')}</th>
              <th scope="col" class="num">{t('finance.budget')}</th>
              <th scope="col" class="num">{t('finance.spent')}</th>
              <th scope="col" class="num">{t('finance.remaining')}</th>
              <th scope="col" class="num">{t('finance.people')}</th>
              <th scope="col" class="num">{t('finance.duties')}</th>
              <th scope="col">{t('finance.csv')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ d, st }) => (
              <tr class={d.code === chosen ? 'mine' : undefined}>
                <th scope="row">
                  <a href={`/finance?month=${month}&district=${d.code}#lines-h`}>{districtName(d, lang)}</a>
                </th>
                <td class="num">{st.budgetFen === null ? t('finance.noBudget') : yuan(st.budgetFen)}</td>
                <td class={st.overBudget ? 'num has-unfilled' : 'num'}>
                  {yuan(st.spentFen)}
                  {st.overBudget && <span class="missing">{` ${t('finance.over')}`}</span>}
                </td>
                <td class="num">{st.remainingFen === null ? '—' : yuan(st.remainingFen)}</td>
                <td class="num">{st.lines.length}</td>
                <td class="num">{st.totals.duties}</td>
                <td>
                  <a href={csvHref(month, d.code)} download aria-label={t('finance.csvOf', { district: districtName(d, lang) })}>
                    {t('finance.csv')}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > 0 && (
        <BudgetChart
          id="chart-budget"
          title={t('finance.chart')}
          bars={rows.map(({ d, st }) => ({ label: districtName(d, lang), spentFen: st.spentFen, budgetFen: st.budgetFen }))}
          valueText={(b) => `${b.label} ${t('finance.spent')} ${yuan(b.spentFen)}${b.budgetFen === null ? '' : ` / ${t('finance.budget')} ${yuan(b.budgetFen)}`}`}
        />
      )}
      {budgets.length === 0 && <p class="help">{t('finance.noBudgets')}</p>}
      {chosenRow && <Lines web={web} month={month} district={chosenRow.d} st={chosenRow.st} page={page} />}
    </Layout>
  );
}
