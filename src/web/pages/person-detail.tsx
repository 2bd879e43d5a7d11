// A person's page: who they are, their limits, their duties of a month, their calendar feed,
// their subsidies, a legal vice-principal's sessions, appointments and unavailability (add / remove).
import { FeedLink, type FeedState } from '../components/feed-link.js';
import { Layout } from '../components/layout.js';
import { PersonDuties } from '../components/person-duties.js';
import { PersonSubsidies, type SubsidyRecordRow } from '../components/person-subsidies.js';
import { PageHead, RecordActions } from '../components/page-head.js';
import { UnavailabilitySection, type RangeWindow, type UnavailabilityForm } from '../components/unavailability.js';
import { VpSessionsSection, type VpSessions } from '../components/vp-sessions.js';
import type { WebCtx } from '../context.js';
import { districtName } from '../format.js';
import { labelOr } from '../i18n/index.js';
import type { RosterDuties } from '../roster/person-duties.js';
import type { AppointmentOut, DistrictOut, Page, PersonOut, SiteOut, UnavailabilityOut } from '../types.js';

/** The month's duties, the feed (absent: the token may not manage it) and subsidies (absent: may not read them). */
export interface PersonMonth {
  period: string;
  duties: RosterDuties[];
  scopeName: (scope: string) => string;
  linkSeats: boolean;
  feed?: FeedState;
  subsidies?: SubsidyRecordRow[];
  siteOfShift: Map<number, string>;
}

export interface PersonDetailProps {
  web: WebCtx;
  person: PersonOut;
  district?: DistrictOut;
  appointments: { appointment: AppointmentOut; site?: SiteOut }[];
  ranges: Page<UnavailabilityOut>;
  rangesWindow: RangeWindow;
  unavailabilityForm: UnavailabilityForm;
  canEdit: boolean;
  flash?: string;
  month: PersonMonth;
  /** A legal vice-principal's sessions (absent: not one, or the token may not read them). */
  sessions?: VpSessions;
}

export function PersonDetailPage(props: PersonDetailProps) {
  const { web, person: p, canEdit } = props;
  const { t, lang } = web;
  const yesNo = (b: boolean) => t(b ? 'common.yes' : 'common.no');
  return (
    <Layout web={web} title={p.name} active={web.session?.principal.role === 'person' ? 'me' : 'people'} flash={props.flash}>
      <PageHead title={p.name} code={p.code}>
        {canEdit && <RecordActions t={t} base={`/people/${p.id}`} />}
      </PageHead>
      <section class="card">
        <dl class="facts">
          <dt>{t('people.roles')}</dt>
          <dd>{p.roles.map((r) => t(`personRole.${r}`)).join('、')}</dd>
          <dt>{t('people.gender')}</dt>
          <dd>{p.gender === 'F' || p.gender === 'M' ? t(`gender.${p.gender}`) : '—'}</dd>
          <dt>{t('people.homeDistrict')}</dt>
          <dd>{districtName(props.district, lang, p.homeDistrictCode)}</dd>
          <dt>{t('common.coords')}</dt>
          <dd>{`${p.homeLat.toFixed(5)}, ${p.homeLon.toFixed(5)}`}</dd>
          <dt>{t('people.employer')}</dt>
          <dd class="code">{p.employerCode ?? '—'}</dd>
          <dt>{t('people.publicOfficial')}</dt>
          <dd>{yesNo(p.publicOfficial)}</dd>
          <dt>{t('people.skills')}</dt>
          <dd>{p.skills.length ? p.skills.map((s) => labelOr(t, 'skill', s)).join('、') : '—'}</dd>
          <dt>{t('people.languages')}</dt>
          <dd>{p.languages.map((l) => t(`language.${l}`)).join('、')}</dd>
          <dt>{t('people.limits')}</dt>
          <dd>
            {[t('people.perWeek', { n: p.maxDutiesPerWeek }), t('people.perMonth', { n: p.maxDutiesPerMonth }), t('people.hoursPerMonth', { n: p.maxHoursPerMonth })].join(' · ')}
          </dd>
          <dt>{t('people.contract')}</dt>
          <dd>{`${p.contractStart} – ${p.contractEnd ?? t('people.openEnded')}`}</dd>
          <dt>{t('people.hotlinePool')}</dt>
          <dd>{yesNo(p.hotlinePool)}</dd>
          <dt>{t('common.phone')}</dt>
          <dd>{p.phone || '—'}</dd>
        </dl>
      </section>

      <PersonDuties web={web} personId={p.id} period={props.month.period} groups={props.month.duties} scopeName={props.month.scopeName} linkSeats={props.month.linkSeats} />
      {props.sessions && <VpSessionsSection web={web} personId={p.id} s={props.sessions} />}
      {props.month.feed && <FeedLink web={web} personId={p.id} feed={props.month.feed} />}
      {props.month.subsidies && <PersonSubsidies web={web} period={props.month.period} records={props.month.subsidies} siteOfShift={props.month.siteOfShift} />}

      <section class="card" aria-labelledby="appointments-h">
        <h2 id="appointments-h">{t('appointments.title')}</h2>
        {props.appointments.length === 0 ? (
          <p class="empty">{t('appointments.none')}</p>
        ) : (
          <ul class="plain">
            {props.appointments.map(({ appointment: a, site }) => (
              <li>
                {t(`appointment.${a.kind}`)}{lang === 'zh' ? '：' : ': '}{site ? <a href={`/sites/${site.id}`}>{site.name}</a> : `#${a.siteId}`}
                <span class="muted">{` ${a.startsOn} – ${a.endsOn ?? t('people.openEnded')}`}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <UnavailabilitySection web={web} personId={p.id} ranges={props.ranges} window={props.rangesWindow} form={props.unavailabilityForm} />
    </Layout>
  );
}
