// A person's subsidies of a month: the ledger's records (payments, and reversals when a later
// version changed a duty), their total, each with the duty's date and site.
import type { WebCtx } from '../context.js';
import { yuan } from '../format.js';
import { localDateTime } from '../format.js';

export interface SubsidyRecordRow {
  id: number;
  shiftId: number;
  rosterVersion: number;
  ruleCode: string;
  amountFen: number;
  reverses: number | null;
  detail: unknown;
}

const startOf = (detail: unknown) => (detail && typeof (detail as { startsAt?: unknown }).startsAt === 'string' ? (detail as { startsAt: string }).startsAt : undefined);

export function PersonSubsidies({ web, period, records, siteOfShift }: { web: WebCtx; period: string; records: SubsidyRecordRow[]; siteOfShift: Map<number, string> }) {
  const { t } = web;
  const total = records.reduce((n, r) => n + r.amountFen, 0);
  return (
    <section class="card" id="subsidies" aria-labelledby="subsidies-h">
      <h2 id="subsidies-h">{t('subsidy.personTitle', { period })}</h2>
      {records.length === 0 ? (
        <p class="empty">{t('subsidy.noneMonth')}</p>
      ) : (
        <>
          <p class="lead" id="subsidy-total">{t('subsidy.total', { amount: yuan(total), n: records.length })}</p>
          <div class="table-wrap">
            <table class="list" id="subsidy-records">
              <thead>
                <tr>
                  <th scope="col">{t('subsidy.duty')}</th>
                  <th scope="col">{t('subsidy.rule')}</th>
                  <th scope="col">{t('subsidy.version')}</th>
                  <th scope="col" class="num">{t('subsidy.amount')}</th>
                </tr>
              </thead>
              <tbody>
                {records.map((r) => {
                  const at = startOf(r.detail);
                  return (
                    <tr>
                      <th scope="row">{`${at ? localDateTime(at) : `#${r.shiftId}`} ${siteOfShift.get(r.shiftId) ?? ''}`}</th>
                      <td data-label={t('subsidy.rule')}>
                        <span class="code">{r.ruleCode}</span>
                        {r.reverses !== null && ` ${t('subsidy.reversal')}`}
                      </td>
                      <td data-label={t('subsidy.version')}>{t('roster.versionN', { n: r.rosterVersion })}</td>
                      <td data-label={t('subsidy.amount')} class="num">
                        {yuan(r.amountFen)}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
