// A month's duties as a table: the day (a link to the seat for planners), the time, and one more
// column (the site on a person's page, the people on a site's page). Also the day's short label.
import type { Child } from 'hono/jsx';
import type { WebCtx } from '../context.js';
import type { MessageKey } from '../i18n/index.js';
import { dayLabel } from '../roster/weeks.js';

/** '12-01 周二' for a local date. */
export function dayText(web: WebCtx, date: string): string {
  const { md, weekday } = dayLabel(date);
  return `${md} ${web.t(`weekday.${weekday}` as MessageKey)}`;
}

export interface DutyRow {
  date: string;
  /** 'HH:mm–HH:mm', local. */
  time: string;
  /** Where the day links to (a seat), if anywhere. */
  href?: string;
  cell: Child;
}

export function DutyTable({ web, heading, rows, className }: { web: WebCtx; heading: string; rows: DutyRow[]; className?: string }) {
  const { t } = web;
  return (
    <div class="table-wrap">
      <table class={`list duty-list${className ? ` ${className}` : ''}`}>
        <thead>
          <tr>
            <th scope="col">{t('duties.date')}</th>
            <th scope="col">{t('duties.time')}</th>
            <th scope="col">{heading}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const when = dayText(web, r.date);
            return (
              <tr>
                <th scope="row">{r.href ? <a href={r.href}>{when}</a> : when}</th>
                <td data-label={t('duties.time')}>{r.time}</td>
                <td data-label={heading}>{r.cell}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Previous / next month links of a page with ?month=. */
export function MonthNav({ web, href, period, shift }: { web: WebCtx; href: (period: string) => string; period: string; shift: (period: string, months: number) => string }) {
  const { t } = web;
  return (
    <nav class="pager" aria-label={t('duties.monthNav')}>
      <a href={href(shift(period, -1))} rel="prev">{t('duties.prevMonth')}</a>
      <a href={href(shift(period, 1))} rel="next">{t('duties.nextMonth')}</a>
    </nav>
  );
}
