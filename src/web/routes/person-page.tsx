// Renders a person's page from the API: the person, their district, appointments (with site
// names where the token may read them), recent unavailability, their duties of a month, their
// calendar feed, their subsidies and (for a legal vice-principal) their law-education sessions.
// Also used to re-show the page when adding unavailability was refused, and right after a feed
// address was issued (the only time it can be shown).
import type { Context } from 'hono';
import { DateTime } from 'luxon';
import { canWriteDistrict } from '../../auth/principal.js';
import { canPlanScope } from '../../auth/scope.js';
import type { FeedState } from '../components/feed-link.js';
import type { SubsidyRecordRow } from '../components/person-subsidies.js';
import type { UnavailabilityForm } from '../components/unavailability.js';
import { requirePrincipal, type WebEnv } from '../context.js';
import { districtName, ZONE } from '../format.js';
import { PersonDetailPage } from '../pages/person-detail.js';
import { render } from '../render.js';
import { dutiesOf } from '../roster/person-duties.js';
import { isPeriod, periodOf } from '../roster/weeks.js';
import { vpSessionsOf } from '../school/vp.js';
import type { AppointmentOut, DistrictOut, Page, PersonOut, SiteOut, UnavailabilityOut } from '../types.js';

/** The listed window of unavailability (days back and ahead of today); ?ranges=all drops the end. */
const LOOKBACK_DAYS = 30;
const LOOKAHEAD_DAYS = 120;
const MAX_RANGES = 200;

export interface PersonPageOptions {
  form?: UnavailabilityForm;
  status?: 200 | 422;
  /** The feed address just issued (the only time it is shown when the server has no feed key). */
  issued?: FeedState['issued'];
}

export async function showPerson(c: Context<WebEnv>, id: number, opts: PersonPageOptions = {}) {
  const web = c.get('web');
  const { api, t } = web;
  const me = requirePrincipal(web);
  const today = DateTime.fromJSDate(web.deps.now()).setZone(ZONE).startOf('day');
  const from = today.minus({ days: LOOKBACK_DAYS });
  const to = c.req.query('ranges') === 'all' ? undefined : today.plus({ days: LOOKAHEAD_DAYS });
  const asked = c.req.query('month');
  const period = isPeriod(asked) ? asked : periodOf(web.deps.now());
  const iso = (d: DateTime) => d.toISO({ suppressMilliseconds: true })!;
  const [person, ranges, appts, feed, records] = await Promise.all([
    api.get<PersonOut>(`/people/${id}`),
    api.get<Page<UnavailabilityOut>>('/unavailability', { person: id, from: iso(from), to: to && iso(to), limit: MAX_RANGES }),
    api.get<Page<AppointmentOut>>('/appointments', { person: id, limit: 50 }),
    // Tokens that may not manage the feed or read subsidies simply do not see those sections.
    api.call<{ active: boolean; createdAt: string | null; https: string | null; webcal: string | null }>('GET', `/people/${id}/feed`),
    api.call<Page<SubsidyRecordRow>>('GET', `/subsidies/records?person=${id}&month=${period}&limit=500`),
  ]);
  // Person tokens may not read sites or districts: the page then shows codes instead of names.
  const [district, sites, duties, districts, sessions] = await Promise.all([
    api.call<DistrictOut>('GET', `/districts/${person.homeDistrictCode}`),
    Promise.all(appts.items.map((a) => api.call<SiteOut>('GET', `/sites/${a.siteId}`))),
    dutiesOf(api, me, person, period),
    api.call<{ items: DistrictOut[] }>('GET', '/districts'),
    vpSessionsOf(api, me, person, web.deps.now()),
  ]);
  const saved = c.req.query('saved');
  // saved=feed: a feed address was just issued (and redirected here, since the page can show it).
  const flash = saved === 'removed' ? t('common.deleted') : saved === 'confirmed' ? t('vp.confirmed') : saved && saved !== 'feed' ? t('common.saved') : undefined;
  const justIssued = saved === 'feed' && feed.ok && feed.data.https && feed.data.webcal
    ? { https: feed.data.https, webcal: feed.data.webcal, revokedOlder: c.req.query('older') === '1' ? 1 : 0 }
    : undefined;
  const issued = opts.issued ?? justIssued;
  // Person tokens may not read districts; /me names their own.
  const own = me.scope.districtCode ? { name: me.scope.districtName ?? me.scope.districtCode, nameEn: '' } : undefined;
  const scopeName = (scope: string) =>
    scope === 'city'
      ? t('scope.city')
      : districtName((districts.ok ? districts.data.items.find((d) => d.code === scope) : undefined) ?? (scope === me.scope.districtCode ? own : undefined), web.lang, scope);
  const siteOfShift = new Map(duties.flatMap((g) => g.duties.map((d) => [d.shiftId, d.siteName] as const)));
  return render(
    c,
    <PersonDetailPage
      web={web}
      person={person}
      district={district.ok ? district.data : undefined}
      appointments={appts.items.map((a, i) => {
        const s = sites[i];
        return { appointment: a, site: s?.ok ? s.data : undefined };
      })}
      ranges={ranges}
      rangesWindow={{ from: from.toFormat('yyyy-MM-dd'), to: to?.toFormat('yyyy-MM-dd') }}
      unavailabilityForm={opts.form ?? { values: { kind: 'leave' } }}
      canEdit={canWriteDistrict(me, person.homeDistrictCode)}
      flash={flash}
      month={{
        period,
        duties,
        scopeName,
        linkSeats: duties.some((g) => canPlanScope(me, g.roster.scope)),
        feed: feed.ok ? { active: feed.data.active, createdAt: feed.data.createdAt, https: feed.data.https, webcal: feed.data.webcal, ...(issued ? { issued } : {}) } : undefined,
        subsidies: records.ok ? records.data.items : undefined,
        siteOfShift,
      }}
      sessions={sessions}
    />,
    opts.status ?? 200,
  );
}
