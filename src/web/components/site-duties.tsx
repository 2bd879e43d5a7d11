// The site page's duties slot: the month's duties at the site from the latest roster of each
// scope (with month links), each shift's people; for a school, the way to its sessions page.
import type { WebCtx } from '../context.js';
import type { SiteRosterDuties } from '../roster/site-duties.js';
import { localTime, shiftPeriod } from '../roster/weeks.js';
import type { SiteOut } from '../types.js';
import { DutyTable, MonthNav } from './duty-table.js';
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
  return (
    <section class="card" data-slot="site-duties" id="site-duties" aria-labelledby="site-duties-h">
      <h2 id="site-duties-h">{t('duties.titleMonth', { period })}</h2>
      {site.type === 'school' && (
        <p>
          {t('siteDuties.school')} <a href={`/school/${site.id}`}>{t('siteDuties.openSchool')}</a>
        </p>
      )}
      {groups && <MonthNav web={web} period={period} shift={shiftPeriod} href={(p) => `/sites/${site.id}?month=${p}#site-duties`} />}
      {groups?.length === 0 && <p class="empty">{t('siteDuties.noRoster', { period })}</p>}
      {groups?.map(({ roster: r, shifts }) => (
        <>
          <h3>
            {t('siteDuties.rosterHead', { scope: scopeName(r.scope), id: r.id, n: shifts.length })}{' '}
            <span class="muted">{r.publishedVersion ? t('roster.publishedN', { n: r.publishedVersion }) : t('duties.draftOnly')}</span>{' '}
            {linkSeats(r.scope) && <a href={`/roster/${r.id}`}>{t('siteDuties.openRoster')}</a>}
          </h3>
          {shifts.length === 0 ? (
            <p class="empty">{t('siteDuties.none')}</p>
          ) : (
            <DutyTable
              web={web}
              heading={t('siteDuties.people')}
              className="site-duty-list"
              rows={shifts.map((s) => ({
                date: s.localDate,
                time: `${localTime(s.startsAt)}–${localTime(s.endsAt)}`,
                href: linkSeats(r.scope) ? seatHref(r.id, { shiftId: s.shiftId, siteId: site.id, day: s.localDate, seatGroup: s.seatGroup }) : undefined,
                cell: s.people.map((p, i) => (
                  <>
                    {i > 0 && '、'}
                    <a href={`/people/${p.id}?month=${period}#duties`}>{p.name}</a>
                    {p.pinned && <span class="muted">{` ${t('seat.pinned')}`}</span>}
                  </>
                )),
              }))}
            />
          )}
        </>
      ))}
    </section>
  );
}
