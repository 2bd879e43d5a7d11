// Adding and removing a person's unavailability from their page, and issuing their feed address. Times are typed as Beijing
// wall-clock time and sent to the API as instants with +08:00.
import { Hono } from 'hono';
import { str } from '../components/fields.js';
import type { WebEnv } from '../context.js';
import { fieldErrorsOf, WebError } from '../errors.js';
import { fromLocalInput } from '../format.js';
import { readForm, textOrUndefined } from '../forms/read.js';
import { idParam } from './shared.js';
import { showPerson } from './person-page.js';

export function unavailabilityRoutes() {
  const app = new Hono<WebEnv>();

  app.post('/people/:id/unavailability', async (c) => {
    const web = c.get('web');
    const personId = idParam(c);
    const values = await readForm(c);
    const time = (v: string) => (textOrUndefined(v) === undefined ? undefined : fromLocalInput(v));
    const body = { personId, kind: str(values.kind), startsAt: time(str(values.startsAt)), endsAt: time(str(values.endsAt)), note: str(values.note).trim() };
    const res = await web.api.post('/unavailability', body);
    if (res.ok) return c.redirect(`/people/${personId}?saved=unavailability#unavailability`, 303);
    if (res.status !== 422) throw new WebError(res.status, res.problem);
    const { byField, other } = fieldErrorsOf(res.problem, web.t);
    return showPerson(c, personId, { form: { values, errors: byField, other }, status: 422 });
  });

  // Issues (or rotates) the person's feed address. With a feed key the person's page can show it
  // again, so this redirects there (a reload then does not issue yet another address); without
  // one, this response is the only place it is ever shown.
  app.post('/people/:id/feed', async (c) => {
    const personId = idParam(c);
    const res = await c.get('web').api.post<{ https: string; webcal: string; revokedOlder: number }>(`/people/${personId}/feed`, {});
    if (!res.ok) throw new WebError(res.status, res.problem);
    if (c.get('web').deps.feedKey) return c.redirect(`/people/${personId}?saved=feed${res.data.revokedOlder > 0 ? '&older=1' : ''}#feed`, 303);
    return showPerson(c, personId, { issued: { https: res.data.https, webcal: res.data.webcal, revokedOlder: res.data.revokedOlder } });
  });

  app.post('/people/:id/unavailability/:uid/delete', async (c) => {
    const personId = idParam(c);
    const res = await c.get('web').api.delete(`/unavailability/${idParam(c, 'uid')}`);
    if (!res.ok) throw new WebError(res.status, res.problem);
    return c.redirect(`/people/${personId}?saved=removed#unavailability`, 303);
  });

  return app;
}
