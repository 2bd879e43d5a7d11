// People pages: list, detail, create and edit, delete. Every read and write is an API call with
// the user's token; refused writes re-render the form with the API's field errors.
import { Hono } from 'hono';
import { canWriteDistrict } from '../../auth/principal.js';
import { str, type FormValues } from '../components/fields.js';
import { PAGE_SIZE } from '../components/pager.js';
import { requirePrincipal, type WebEnv } from '../context.js';
import { fieldErrorsOf, WebError } from '../errors.js';
import { personBody, personToForm } from '../forms/person.js';
import { readForm } from '../forms/read.js';
import { PeopleListPage } from '../pages/people-list.js';
import { PersonFormPage } from '../pages/person-form.js';
import { render } from '../render.js';
import type { Page, PersonOut } from '../types.js';
import { canCreate, districtsOf, idParam, listRequest } from './shared.js';
import { showPerson } from './person-page.js';

const FILTERS = ['q', 'district', 'role', 'skill', 'language'] as const;

export function peopleRoutes() {
  const app = new Hono<WebEnv>();

  app.get('/people', async (c) => {
    const web = c.get('web');
    const { query, offset, echo } = listRequest(c, FILTERS);
    const [districts, page] = await Promise.all([districtsOf(web.api), web.api.get<Page<PersonOut>>('/people', { ...query, limit: PAGE_SIZE, offset })]);
    const flash = c.req.query('deleted') ? web.t('common.deleted') : undefined;
    return render(c, <PeopleListPage web={web} query={echo} districts={districts} page={page} canCreate={canCreate(requirePrincipal(web))} flash={flash} />);
  });

  app.get('/people/new', async (c) => {
    const web = c.get('web');
    const p = requirePrincipal(web);
    if (!canCreate(p)) throw new WebError(403);
    const values: FormValues = { languages: ['zh'], homeDistrictCode: p.districtCode ?? '' };
    return render(c, <PersonFormPage web={web} values={values} districts={await districtsOf(web.api)} />);
  });

  app.post('/people', async (c) => {
    const web = c.get('web');
    const values = await readForm(c);
    const res = await web.api.post<PersonOut>('/people', personBody(values, 'create'));
    if (res.ok) return c.redirect(`/people/${res.data.id}?saved=1`, 303);
    if (res.status !== 422 && res.status !== 409) throw new WebError(res.status, res.problem);
    const { byField, other } = fieldErrorsOf(res.problem, web.t);
    return render(c, <PersonFormPage web={web} values={values} errors={byField} other={other} districts={await districtsOf(web.api)} />, 422);
  });

  app.get('/people/:id', (c) => showPerson(c, idParam(c)));

  app.get('/people/:id/edit', async (c) => {
    const web = c.get('web');
    const id = idParam(c);
    const [person, districts] = await Promise.all([web.api.get<PersonOut>(`/people/${id}`), districtsOf(web.api)]);
    if (!canWriteDistrict(requirePrincipal(web), person.homeDistrictCode)) throw new WebError(403);
    return render(c, <PersonFormPage web={web} personId={id} name={person.name} values={personToForm(person)} districts={districts} />);
  });

  app.post('/people/:id', async (c) => {
    const web = c.get('web');
    const id = idParam(c);
    const values = await readForm(c);
    const res = await web.api.patch<PersonOut>(`/people/${id}`, personBody(values, 'edit'));
    if (res.ok) return c.redirect(`/people/${id}?saved=1`, 303);
    if (res.status !== 422 && res.status !== 409) throw new WebError(res.status, res.problem);
    const { byField, other } = fieldErrorsOf(res.problem, web.t);
    return render(c, <PersonFormPage web={web} personId={id} name={str(values.name)} values={values} errors={byField} other={other} districts={await districtsOf(web.api)} />, 422);
  });

  app.post('/people/:id/delete', async (c) => {
    const res = await c.get('web').api.delete(`/people/${idParam(c)}`);
    if (!res.ok) throw new WebError(res.status, res.problem);
    return c.redirect('/people?deleted=1', 303);
  });

  return app;
}
