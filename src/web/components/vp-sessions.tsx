// A legal vice-principal's law-education sessions on their person page: the schools they serve,
// pending sessions to confirm, the confirmed ones ahead, and the way to their bookable windows.
import type { WebCtx } from '../context.js';
import { localTimeRange } from '../format.js';
import type { BookingOut, VicePrincipalOut } from '../school/types.js';
import { BookingTable } from './booking-table.js';

export interface VpSessions {
  schools: VicePrincipalOut[];
  pending: BookingOut[];
  upcoming: BookingOut[];
  /** Registry readers may open the schools' pages. */
  linkSchools: boolean;
  canConfirm: boolean;
  canEditWindows: boolean;
}

export function VpSessionsSection({ web, personId, s }: { web: WebCtx; personId: number; s: VpSessions }) {
  const { t } = web;
  const names = new Map(s.schools.map((v) => [v.schoolId, v.schoolName]));
  const party = { heading: t('vp.school'), name: (b: BookingOut) => names.get(b.schoolId) ?? `#${b.schoolId}` };
  const href = (b: BookingOut) => `/school/${b.schoolId}/bookings/${b.id}`;
  return (
    <section class="card" id="sessions" aria-labelledby="sessions-h">
      <h2 id="sessions-h">{t('vp.title')}</h2>
      <p>
        {t('vp.schools')}
        {web.lang === 'zh' ? '：' : ': '}
        {s.schools.length === 0
          ? t('appointments.none')
          : s.schools.map((v, i) => (
              <>
                {i > 0 && '、'}
                {s.linkSchools ? <a href={`/school/${v.schoolId}`}>{v.schoolName}</a> : v.schoolName}
              </>
            ))}
      </p>
      <h3>{t('vp.pending', { n: s.pending.length })}</h3>
      <BookingTable
        web={web}
        id="vp-pending"
        label={t('vp.pending', { n: s.pending.length })}
        bookings={s.pending}
        party={party}
        href={href}
        action={
          s.canConfirm
            ? (b) => (
                <form method="post" action={`/people/${personId}/bookings/${b.id}/confirm`} class="inline">
                  <button type="submit" class="small primary" aria-label={t('vp.confirmOne', { school: party.name(b), when: localTimeRange(b.startsAt, b.endsAt) })}>
                    {t('vp.confirm')}
                  </button>
                </form>
              )
            : undefined
        }
        empty={t('vp.noPending')}
      />
      <h3>{t('vp.upcoming')}</h3>
      <BookingTable web={web} id="vp-upcoming" label={t('vp.upcoming')} bookings={s.upcoming} party={party} href={href} empty={t('vp.none')} />
      {s.canEditWindows && (
        <p>
          <a class="button" href={`/people/${personId}/availability`}>
            {t('vp.editAvailability')}
          </a>
        </p>
      )}
    </section>
  );
}
