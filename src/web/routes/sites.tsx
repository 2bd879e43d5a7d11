// Site pages: list, detail, create and edit, delete, all through the API with the user's token.
import { Hono, type Context } from 'hono';
import { canWriteDistrict } from '../../auth/principal.js';
import { canPlanScope } from '../../auth/scope.js';
import { str } from '../components/fields.js';
import { PAGE_SIZE } from '../components/pager.js';
import { requirePrincipal, type WebEnv } from '../context.js';
import { fieldErrorsOf, WebError } from '../errors.js';
import { readForm } from '../forms/read.js';
import { siteBody, siteToForm } from '../forms/site.js';
import { SiteDetailPage } from '../pages/site-detail.js';
import { SiteFormPage } from '../pages/site-form.js';
import { SitesListPage } from '../pages/sites-list.js';
import { render } from '../render.js';
import { siteDutiesOf } from '../roster/site-duties.js';
import { isPeriod, periodOf } from '../roster/weeks.js';
import type { AppointmentOut, DistrictOut, Page, PersonOut, SiteOut, TownshipOut } from '../types.js';
import { canCreate, districtsOf, idParam, listRequest } from './shared.js';

const FILTERS = ['q', 'district', 'type'] as const;

async function formLists(c: Context<WebEnv>): Promise<{ districts: DistrictOut[]; townships: TownshipOut[] }> {
  const { api } = c.get('web');
  const [districts, tw] = await Promise.all([districtsOf(api), api.get<Page<TownshipOut>>('/townships', { limit: 500 })]);
  return { districts, townships: tw.items };
}

export function siteRoutes() {
  const app = new Hono<WebEnv>();

  app.get('/sites', async (c) => {
    const web = c.get('web');
    const { query, offset, echo } = listRequest(c, FILTERS);
    const [districts, page] = await Promise.all([districtsOf(web.api), web.api.get<Page<SiteOut>>('/sites', { ...query, limit: PAGE_SIZE, offset })]);
    const flash = c.req.query('deleted') ? web.t('common.deleted') : undefined;
    return render(c, <SitesListPage web={web} query={echo} districts={districts} page={page} canCreate={canCreate(requirePrincipal(web))} flash={flash} />);
  });

  app.get('/sites/new', async (c) => {
    const web = c.get('web');
    const p = requirePrincipal(web);
    if (!canCreate(p)) throw new WebError(403);
    const values = { type: 'station', districtCode: p.districtCode ?? '', hours0days: 'working_days' };
    return render(c, <SiteFormPage web={web} values={values} {...await formLists(c)} />);
  });

  app.post('/sites', async (c) => {
    const web = c.get('web');
    const values = await readForm(c);
    const res = await web.api.post<SiteOut>('/sites', siteBody(values, 'create'));
    if (res.ok) return c.redirect(`/sites/${res.data.id}?saved=1`, 303);
    if (res.status !== 422 && res.status !== 409) throw new WebError(res.status, res.problem);
    const { byField, other } = fieldErrorsOf(res.problem, web.t);
    return render(c, <SiteFormPage web={web} values={values} errors={byField} other={other} {...await formLists(c)} />, 422);
  });

  app.get('/sites/:id', async (c) => {
    const web = c.get('web');
    const { api, t } = web;
    const id = idParam(c);
    const [site, appts] = await Promise.all([api.get<SiteOut>(`/sites/${id}`), api.get<Page<AppointmentOut>>('/appointments', { site: id, limit: 50 })]);
    const asked = c.req.query('month');
    const period = isPeriod(asked) ? asked : periodOf(web.deps.now());
    // School tokens may not read people or districts: the page then shows codes instead of names.
    const [district, township, people, duties] = await Promise.all([
      site.districtCode ? api.call<DistrictOut>('GET', `/districts/${site.districtCode}`) : undefined,
      site.districtCode && site.townshipCode ? api.call<Page<TownshipOut>>('GET', `/townships?district=${site.districtCode}&limit=500`) : undefined,
      Promise.all(appts.items.map((a) => api.call<PersonOut>('GET', `/people/${a.personId}`))),
      siteDutiesOf(api, requirePrincipal(web), site, period),
    ]);
    const flash = c.req.query('saved') ? t('common.saved') : undefined;
    return render(
      c,
      <SiteDetailPage
        web={web}
        site={site}
        district={district?.ok ? district.data : undefined}
        township={township?.ok ? township.data.items.find((tw) => tw.code === site.townshipCode) : undefined}
        appointments={appts.items.map((a, i) => {
          const p = people[i];
          return { appointment: a, person: p?.ok ? p.data : undefined };
        })}
        canEdit={canWriteDistrict(requirePrincipal(web), site.districtCode)}
        flash={flash}
        duties={{ period, groups: duties, linkSeats: (scope) => canPlanScope(requirePrincipal(web), scope) }}
      />,
    );
  });

  app.get('/sites/:id/edit', async (c) => {
    const web = c.get('web');
    const id = idParam(c);
    const [site, lists] = await Promise.all([web.api.get<SiteOut>(`/sites/${id}`), formLists(c)]);
    if (!canWriteDistrict(requirePrincipal(web), site.districtCode)) throw new WebError(403);
    return render(c, <SiteFormPage web={web} siteId={id} name={site.name} values={siteToForm(site)} {...lists} />);
  });

  app.post('/sites/:id', async (c) => {
    const web = c.get('web');
    const id = idParam(c);
    const values = await readForm(c);
    const res = await web.api.patch<SiteOut>(`/sites/${id}`, siteBody(values, 'edit'));
    if (res.ok) return c.redirect(`/sites/${id}?saved=1`, 303);
    if (res.status !== 422 && res.status !== 409) throw new WebError(res.status, res.problem);
    const { byField, other } = fieldErrorsOf(res.problem, web.t);
    return render(c, <SiteFormPage web={web} siteId={id} name={str(values.name)} values={values} errors={byField} other={other} {...await formLists(c)} />, 422);
  });

  app.post('/sites/:id/delete', async (c) => {
    const res = await c.get('web').api.delete(`/sites/${idParam(c)}`);
    if (!res.ok) throw new WebError(res.status, res.problem);
    return c.redirect('/sites?deleted=1', 303);
  });

  return app;
}
