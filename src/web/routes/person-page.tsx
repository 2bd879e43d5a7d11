// Renders a person's page from the API: the person, their district, appointments (with site
// names where the token may read them) and recent unavailability. Also used to re-show the page
// when adding unavailability was refused.
import type { Context } from 'hono';
import { DateTime } from 'luxon';
import { canWriteDistrict } from '../../auth/principal.js';
import type { UnavailabilityForm } from '../components/unavailability.js';
import { requirePrincipal, type WebEnv } from '../context.js';
import { ZONE } from '../format.js';
import { PersonDetailPage } from '../pages/person-detail.js';
import { render } from '../render.js';
import type { AppointmentOut, DistrictOut, Page, PersonOut, SiteOut, UnavailabilityOut } from '../types.js';

/** The listed window of unavailability (days back and ahead of today); ?ranges=all drops the end. */
const LOOKBACK_DAYS = 30;
const LOOKAHEAD_DAYS = 120;
const MAX_RANGES = 200;

export async function showPerson(c: Context<WebEnv>, id: number, opts: { form?: UnavailabilityForm; status?: 200 | 422 } = {}) {
  const web = c.get('web');
  const { api, t } = web;
  const today = DateTime.fromJSDate(web.deps.now()).setZone(ZONE).startOf('day');
  const from = today.minus({ days: LOOKBACK_DAYS });
  const to = c.req.query('ranges') === 'all' ? undefined : today.plus({ days: LOOKAHEAD_DAYS });
  const iso = (d: DateTime) => d.toISO({ suppressMilliseconds: true })!;
  const [person, ranges, appts] = await Promise.all([
    api.get<PersonOut>(`/people/${id}`),
    api.get<Page<UnavailabilityOut>>('/unavailability', { person: id, from: iso(from), to: to && iso(to), limit: MAX_RANGES }),
    api.get<Page<AppointmentOut>>('/appointments', { person: id, limit: 50 }),
  ]);
  // Person tokens may not read sites or districts: the page then shows codes instead of names.
  const [district, sites] = await Promise.all([
    api.call<DistrictOut>('GET', `/districts/${person.homeDistrictCode}`),
    Promise.all(appts.items.map((a) => api.call<SiteOut>('GET', `/sites/${a.siteId}`))),
  ]);
  const saved = c.req.query('saved');
  const flash = saved === 'removed' ? t('common.deleted') : saved ? t('common.saved') : undefined;
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
      canEdit={canWriteDistrict(requirePrincipal(web), person.homeDistrictCode)}
      flash={flash}
    />,
    opts.status ?? 200,
  );
}
