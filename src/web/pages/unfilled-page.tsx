// The unfilled seats of a roster: totals by the rule that ruled candidates out, then each seat
// with its date (or "any day" for an unplaced flexible duty), who could still take it and why
// the others cannot, linked to the seat.
import { Layout } from '../components/layout.js';
import { RosterCrumbs } from '../components/roster-bits.js';
import { seatHref } from '../components/roster-grid.js';
import { constraintName } from '../components/seat-parts.js';
import { pagesOf, SimplePager } from '../components/simple-pager.js';
import type { WebCtx } from '../context.js';
import type { RosterOut, UnfilledOut } from '../roster/types.js';
import { localTime } from '../roster/weeks.js';
import type { DistrictOut } from '../types.js';

export function UnfilledPage({ web, roster, districts, unfilled, page, perPage }: { web: WebCtx; roster: RosterOut; districts: DistrictOut[]; unfilled: UnfilledOut; page: number; perPage: number }) {
  const { t } = web;
  const items = unfilled.items.slice((page - 1) * perPage, page * perPage);
  const missing = unfilled.items.reduce((n, u) => n + u.missing, 0);
  const totals = Object.entries(unfilled.totals).sort((a, b) => b[1] - a[1]);
  return (
    <Layout web={web} title={t('unfilled.title')} active="roster">
      <RosterCrumbs web={web} roster={roster} districts={districts} here={t('unfilled.title')} />
      <h1>{t('unfilled.title')}</h1>
      <p class="lead">{t('unfilled.lead', { needs: unfilled.items.length, seats: missing })}</p>
      {totals.length > 0 && (
        <div class="table-wrap">
          <table id="unfilled-totals">
            <caption>{t('unfilled.totals')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('unfilled.rule')}</th>
                <th scope="col" class="num">{t('unfilled.ruledOut')}</th>
              </tr>
            </thead>
            <tbody>
              {totals.map(([id, n]) => (
                <tr>
                  <th scope="row">{constraintName(web, id)}</th>
                  <td class="num">{n}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {items.length === 0 ? (
        <p class="empty">{t('unfilled.none')}</p>
      ) : (
        <ol class="unfilled-list" id="unfilled-list" start={(page - 1) * perPage + 1}>
          {items.map((u) => {
            const first = u.shiftIds[0];
            const day = u.dates[0];
            const when = u.shiftIds.length > 1 ? t('unfilled.anyDay', { n: u.dates.length }) : `${day ?? ''} ${u.startsAt ? localTime(u.startsAt) : ''}`;
            return (
              <li class="card">
                <p>
                  <strong>{u.siteName}</strong> · {when} · <span class="missing">{t('grid.missing', { n: u.missing })}</span>
                  {first !== undefined && u.siteId !== null && day && (
                    <>
                      {' '}
                      <a href={seatHref(roster.id, { shiftId: first, siteId: u.siteId, day, seatGroup: u.seatGroup })}>{t('unfilled.open')}</a>
                    </>
                  )}
                </p>
                <p>{u.summary}</p>
                <p class="muted">
                  {u.availableCount > 0 ? t('unfilled.available', { n: u.availableCount, names: u.available.slice(0, 5).map((a) => a.name).join('、') }) : t('unfilled.nobody')}
                </p>
              </li>
            );
          })}
        </ol>
      )}
      <SimplePager t={t} href={(p) => `/roster/${roster.id}/unfilled?page=${p}`} page={page} pages={pagesOf(unfilled.items.length, perPage)} />
    </Layout>
  );
}
