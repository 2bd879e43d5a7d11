// A person's duties of a month, grouped by roster (draft or published), with the month's
// previous / next links; each duty opens its seat for those who plan rosters.
import type { WebCtx } from '../context.js';
import type { MessageKey } from '../i18n/index.js';
import type { RosterDuties } from '../roster/person-duties.js';
import { dayLabel, localTime, shiftPeriod } from '../roster/weeks.js';
import { seatHref } from './roster-grid.js';

export function PersonDuties({ web, personId, period, groups, scopeName, linkSeats }: { web: WebCtx; personId: number; period: string; groups: RosterDuties[]; scopeName: (scope: string) => string; linkSeats: boolean }) {
  const { t } = web;
  const month = (p: string) => `/people/${personId}?month=${p}#duties`;
  return (
    <section class="card" id="duties" aria-labelledby="duties-h">
      <h2 id="duties-h">{t('duties.titleMonth', { period })}</h2>
      <nav class="pager" aria-label={t('duties.monthNav')}>
        <a href={month(shiftPeriod(period, -1))} rel="prev">{t('duties.prevMonth')}</a>
        <a href={month(shiftPeriod(period, 1))} rel="next">{t('duties.nextMonth')}</a>
      </nav>
      {groups.length === 0 && <p class="empty">{t('duties.none', { period })}</p>}
      {groups.map(({ roster: r, duties }) => (
        <>
          <h3>
            {t('duties.rosterHead', { scope: scopeName(r.scope), id: r.id, n: duties.length })}{' '}
            <span class="muted">{r.publishedVersion ? t('roster.publishedN', { n: r.publishedVersion }) : t('duties.draftOnly')}</span>
          </h3>
          <div class="table-wrap">
            <table class="list duty-list">
              <thead>
                <tr>
                  <th scope="col">{t('duties.date')}</th>
                  <th scope="col">{t('duties.time')}</th>
                  <th scope="col">{t('seat.site')}</th>
                </tr>
              </thead>
              <tbody>
                {duties.map((d) => {
                  const { md, weekday } = dayLabel(d.localDate);
                  const when = `${md} ${t(`weekday.${weekday}` as MessageKey)}`;
                  return (
                    <tr>
                      <th scope="row">{linkSeats ? <a href={seatHref(r.id, { ...d, day: d.localDate })}>{when}</a> : when}</th>
                      <td data-label={t('duties.time')}>{`${localTime(d.startsAt)}–${localTime(d.endsAt)}`}</td>
                      <td data-label={t('seat.site')}>
                        {d.siteName}
                        {d.pinned && <span class="muted">{` ${t('seat.pinned')}`}</span>}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      ))}
    </section>
  );
}
