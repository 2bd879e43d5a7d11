// A person's duties of a month, grouped by roster (draft or published), with the month's
// previous / next links; each duty opens its seat for those who plan rosters.
import type { WebCtx } from '../context.js';
import type { RosterDuties } from '../roster/person-duties.js';
import { localTime, shiftPeriod } from '../roster/weeks.js';
import { DutyTable, MonthNav } from './duty-table.js';
import { seatHref } from './roster-grid.js';

export function PersonDuties({ web, personId, period, groups, scopeName, linkSeats }: { web: WebCtx; personId: number; period: string; groups: RosterDuties[]; scopeName: (scope: string) => string; linkSeats: boolean }) {
  const { t } = web;
  return (
    <section class="card" id="duties" aria-labelledby="duties-h">
      <h2 id="duties-h">{t('duties.titleMonth', { period })}</h2>
      <MonthNav web={web} period={period} shift={shiftPeriod} href={(p) => `/people/${personId}?month=${p}#duties`} />
      {groups.length === 0 && <p class="empty">{t('duties.none', { period })}</p>}
      {groups.map(({ roster: r, duties }) => (
        <>
          <h3>
            {t('duties.rosterHead', { scope: scopeName(r.scope), id: r.id, n: duties.length })}{' '}
            <span class="muted">{r.publishedVersion ? t('roster.publishedN', { n: r.publishedVersion }) : t('duties.draftOnly')}</span>
          </h3>
          <DutyTable
            web={web}
            heading={t('seat.site')}
            rows={duties.map((d) => ({
              date: d.localDate,
              time: `${localTime(d.startsAt)}–${localTime(d.endsAt)}`,
              href: linkSeats ? seatHref(r.id, { ...d, day: d.localDate }) : undefined,
              cell: (
                <>
                  {d.siteName}
                  {d.pinned && <span class="muted">{` ${t('seat.pinned')}`}</span>}
                </>
              ),
            }))}
          />
        </>
      ))}
    </section>
  );
}
