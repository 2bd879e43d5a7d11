// The site page's duties slot: the month's duties at the site from the latest roster of each
// scope (with month links), each shift's people; for a school, the way to its sessions page.
import type { WebCtx } from '../context.js';
import type { MessageKey } from '../i18n/index.js';
import type { SiteRosterDuties } from '../roster/site-duties.js';
import { dayLabel, localTime, shiftPeriod } from '../roster/weeks.js';
import type { SiteOut } from '../types.js';
import { seatHref } from './roster-grid.js';

export interface SiteDutiesProps {
  web: WebCtx;
  site: SiteOut;
  period: string;
  /** Absent: this token may not read rosters. */
  groups?: SiteRosterDuties[];
  scopeName: (scope: string) => string;
  /** Planners open a duty's seat. */
  linkSeats: (scope: string) => boolean;
}

export function SiteDuties({ web, site, period, groups, scopeName, linkSeats }: SiteDutiesProps) {
  const { t } = web;
  const month = (p: string) => `/sites/${site.id}?month=${p}#site-duties`;
  return (
    <section class="card" data-slot="site-duties" id="site-duties" aria-labelledby="site-duties-h">
      <h2 id="site-duties-h">{t('duties.titleMonth', { period })}</h2>
      {site.type === 'school' && (
        <p>
          {t('siteDuties.school')} <a href={`/school/${site.id}`}>{t('siteDuties.openSchool')}</a>
        </p>
      )}
      {groups && (
        <>
          <nav class="pager" aria-label={t('duties.monthNav')}>
            <a href={month(shiftPeriod(period, -1))} rel="prev">{t('duties.prevMonth')}</a>
            <a href={month(shiftPeriod(period, 1))} rel="next">{t('duties.nextMonth')}</a>
          </nav>
          {groups.length === 0 && <p class="empty">{t('siteDuties.noRoster', { period })}</p>}
          {groups.map(({ roster: r, shifts }) => (
            <>
              <h3>
                {t('siteDuties.rosterHead', { scope: scopeName(r.scope), id: r.id, n: shifts.length })}{' '}
                <span class="muted">{r.publishedVersion ? t('roster.publishedN', { n: r.publishedVersion }) : t('duties.draftOnly')}</span>{' '}
                {linkSeats(r.scope) && <a href={`/roster/${r.id}`}>{t('siteDuties.openRoster')}</a>}
              </h3>
              {shifts.length === 0 ? (
                <p class="empty">{t('siteDuties.none')}</p>
              ) : (
                <div class="table-wrap">
                  <table class="list duty-list site-duty-list">
                    <thead>
                      <tr>
                        <th scope="col">{t('duties.date')}</th>
                        <th scope="col">{t('duties.time')}</th>
                        <th scope="col">{t('siteDuties.people')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {shifts.map((s) => {
                        const { md, weekday } = dayLabel(s.localDate);
                        const when = `${md} ${t(`weekday.${weekday}` as MessageKey)}`;
                        return (
                          <tr>
                            <th scope="row">{linkSeats(r.scope) ? <a href={seatHref(r.id, { shiftId: s.shiftId, siteId: site.id, day: s.localDate, seatGroup: s.seatGroup })}>{when}</a> : when}</th>
                            <td data-label={t('duties.time')}>{`${localTime(s.startsAt)}–${localTime(s.endsAt)}`}</td>
                            <td data-label={t('siteDuties.people')}>
                              {s.people.map((p, i) => (
                                <>
                                  {i > 0 && '、'}
                                  <a href={`/people/${p.id}?month=${period}#duties`}>{p.name}</a>
                                  {p.pinned && <span class="muted">{` ${t('seat.pinned')}`}</span>}
                                </>
                              ))}
                            </td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                </div>
              )}
            </>
          ))}
        </>
      )}
    </section>
  );
}
