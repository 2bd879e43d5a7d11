// A school's class hours this school year against the yearly minimum (4 class hours of 45
// minutes): held or confirmed, pending, and how many are still missing, with a progress bar.
import type { WebCtx } from '../context.js';
import { CLASS_HOUR_MINUTES, type YearlyRowOut } from '../school/types.js';

/** Class hours from minutes, to one decimal (sessions are 45 or 90 minutes, so usually whole). */
export const classHours = (minutes: number) => Math.round((minutes / CLASS_HOUR_MINUTES) * 10) / 10;

export function ClassHours({ web, year }: { web: WebCtx; year?: { schoolYear: string; requiredMinutes: number; row?: YearlyRowOut } }) {
  const { t } = web;
  if (!year?.row) {
    return (
      <section class="card" aria-labelledby="hours-h" id="class-hours">
        <h2 id="hours-h">{t('school.hoursTitle')}</h2>
        <p class="empty">{t('school.hoursUnknown')}</p>
      </section>
    );
  }
  const { row, requiredMinutes } = year;
  const required = classHours(requiredMinutes);
  const done = classHours(row.confirmedMinutes);
  return (
    <section class="card" aria-labelledby="hours-h" id="class-hours">
      <h2 id="hours-h">{t('school.hours', { year: year.schoolYear })}</h2>
      <p>{t('school.hoursLead', { done, held: classHours(row.heldMinutes), pending: classHours(row.pendingMinutes), required })}</p>
      <progress id="hours-bar" max={required} value={Math.min(done, required)} aria-label={t('school.hoursBar', { done, required })}>
        {`${done}/${required}`}
      </progress>
      <p class={row.behind ? 'behind' : 'met'}>{row.behind ? t('school.hoursShort', { n: classHours(row.shortMinutes) }) : t('school.hoursMet', { required })}</p>
      <p class="help">{t('school.classHour')}</p>
    </section>
  );
}
