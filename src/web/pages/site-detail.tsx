// A site's page: where it is, when it opens, who is appointed there, and its duties of a month
// (for a school, the way to its law-education sessions).
import { Layout } from '../components/layout.js';
import { PageHead, RecordActions } from '../components/page-head.js';
import { SiteDuties } from '../components/site-duties.js';
import type { WebCtx } from '../context.js';
import type { SiteRosterDuties } from '../roster/site-duties.js';
import { districtName } from '../format.js';
import type { AppointmentOut, DistrictOut, PersonOut, SiteOut, TownshipOut } from '../types.js';

export interface SiteDetailProps {
  web: WebCtx;
  site: SiteOut;
  district?: DistrictOut;
  township?: TownshipOut;
  appointments: { appointment: AppointmentOut; person?: PersonOut }[];
  canEdit: boolean;
  flash?: string;
  /** The month's duties at the site (groups absent: the token may not read rosters). */
  duties: { period: string; groups?: SiteRosterDuties[]; linkSeats: (scope: string) => boolean };
}

export function SiteDetailPage({ web, site: s, district, township, appointments, canEdit, flash, duties }: SiteDetailProps) {
  const { t, lang } = web;
  const isOwn = web.session?.principal.role === 'school';
  return (
    <Layout web={web} title={s.name} active={isOwn ? 'me' : 'sites'} flash={flash}>
      <PageHead title={s.name} code={s.code}>
        {canEdit && <RecordActions t={t} base={`/sites/${s.id}`} />}
      </PageHead>
      <section class="card">
        <dl class="facts">
          <dt>{t('sites.type')}</dt>
          <dd>{t(`siteType.${s.type}`)}</dd>
          <dt>{t('sites.district')}</dt>
          <dd>{s.districtCode ? districtName(district, lang, s.districtCode) : t('scope.city')}</dd>
          <dt>{t('sites.township')}</dt>
          <dd>{township?.name ?? s.townshipCode ?? '—'}</dd>
          <dt>{t('sites.address')}</dt>
          <dd>{s.address || '—'}</dd>
          <dt>{t('common.coords')}</dt>
          <dd>{s.lat !== null && s.lon !== null ? `${s.lat.toFixed(5)}, ${s.lon.toFixed(5)}` : '—'}</dd>
          <dt>{t('sites.openingHours')}</dt>
          <dd>{s.openingHours.length ? s.openingHours.map((h) => `${t(`days.${h.days}`)} ${h.open}–${h.close}`).join('；') : '—'}</dd>
          <dt>{t('sites.languagesNeeded')}</dt>
          <dd>{s.languagesNeeded.length ? s.languagesNeeded.map((l) => t(`language.${l}`)).join('、') : '—'}</dd>
          {s.population !== null && <dt>{t('sites.population')}</dt>}
          {s.population !== null && <dd>{s.population}</dd>}
          {s.schoolLevel && <dt>{t('sites.schoolLevel')}</dt>}
          {s.schoolLevel && <dd>{t(`schoolLevel.${s.schoolLevel as 'primary'}`)}</dd>}
          <dt>{t('sites.remote')}</dt>
          <dd>{t(s.remote ? 'common.yes' : 'common.no')}</dd>
          <dt>{t('common.phone')}</dt>
          <dd>{s.phone || '—'}</dd>
        </dl>
      </section>
      <section class="card" aria-labelledby="appointments-h">
        <h2 id="appointments-h">{t('appointments.title')}</h2>
        {appointments.length === 0 ? (
          <p class="empty">{t('appointments.none')}</p>
        ) : (
          <ul class="plain">
            {appointments.map(({ appointment: a, person }) => (
              <li>
                {t(`appointment.${a.kind}`)}
                {lang === 'zh' ? '：' : ': '}
                {person ? <a href={`/people/${person.id}`}>{person.name}</a> : `#${a.personId}`}
                <span class="muted">{` ${a.startsOn} – ${a.endsOn ?? t('people.openEnded')}`}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <SiteDuties
        web={web}
        site={s}
        period={duties.period}
        groups={duties.groups}
        scopeName={(scope) => (scope === 'city' ? t('scope.city') : districtName(district, lang, scope))}
        linkSeats={duties.linkSeats}
      />
    </Layout>
  );
}
