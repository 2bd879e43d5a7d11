// A legal vice-principal's bookable windows (/people/{id}/availability: the weekly pattern, the
// confirmation setting, date overrides) and confirming a pending session from their person page.
// The person themself or a coordinator of their district may change them (the API decides).
import { Hono, type Context } from 'hono';
import type { WebEnv } from '../context.js';
import { WebError } from '../errors.js';
import { availabilityBody, availabilityToForm, overrideBody, overrideErrors, weeklyErrors } from '../forms/availability.js';
import { readForm } from '../forms/read.js';
import { localizeErrors } from '../i18n/api-messages.js';
import { AvailabilityPage, type AvailabilityForm } from '../pages/availability-page.js';
import { render } from '../render.js';
import type { AvailabilityOut } from '../school/types.js';
import type { PersonOut } from '../types.js';
import { idParam } from './shared.js';

interface ShowOptions {
  weekly?: AvailabilityForm;
  override?: AvailabilityForm;
  status?: 200 | 422;
}

async function showAvailability(c: Context<WebEnv>, id: number, opts: ShowOptions = {}) {
  const web = c.get('web');
  const [person, availability] = await Promise.all([web.api.get<PersonOut>(`/people/${id}`), web.api.get<AvailabilityOut>(`/people/${id}/availability`)]);
  const saved = c.req.query('saved');
  const flash = saved === 'removed' ? web.t('common.deleted') : saved ? web.t('common.saved') : undefined;
  return render(
    c,
    <AvailabilityPage
      web={web}
      personId={id}
      name={person.name}
      availability={availability}
      weekly={opts.weekly ?? { values: availabilityToForm(availability) }}
      override={opts.override ?? { values: {} }}
      flash={flash}
    />,
    opts.status ?? 200,
  );
}

export function availabilityRoutes() {
  const app = new Hono<WebEnv>();
  const base = (id: number) => `/people/${id}/availability`;

  app.get('/people/:id/availability', (c) => showAvailability(c, idParam(c)));

  app.post('/people/:id/availability', async (c) => {
    const web = c.get('web');
    const id = idParam(c);
    const values = await readForm(c);
    const { body, rowOf } = availabilityBody(values);
    const res = await web.api.put<AvailabilityOut>(base(id), body);
    if (res.ok) return c.redirect(`${base(id)}?saved=1`, 303);
    if (res.status !== 422) throw new WebError(res.status, res.problem);
    const { byField, other } = weeklyErrors(res.problem, rowOf);
    return showAvailability(c, id, { weekly: { values, errors: localizeErrors(byField, web.t), other }, status: 422 });
  });

  app.post('/people/:id/availability/overrides', async (c) => {
    const web = c.get('web');
    const id = idParam(c);
    const values = await readForm(c);
    const { date, body } = overrideBody(values);
    if (!date) return showAvailability(c, id, { override: { values, errors: { ovDate: [web.t('apiError.required')] } }, status: 422 });
    const res = await web.api.put<AvailabilityOut>(`${base(id)}/overrides/${encodeURIComponent(date)}`, body);
    if (res.ok) return c.redirect(`${base(id)}?saved=1#overrides`, 303);
    if (res.status !== 422) throw new WebError(res.status, res.problem);
    const { byField, other } = overrideErrors(res.problem);
    return showAvailability(c, id, { override: { values, errors: localizeErrors(byField, web.t), other }, status: 422 });
  });

  app.post('/people/:id/availability/overrides/:date/delete', async (c) => {
    const id = idParam(c);
    const date = c.req.param('date');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new WebError(404);
    const res = await c.get('web').api.delete(`${base(id)}/overrides/${date}`);
    if (!res.ok) throw new WebError(res.status, res.problem);
    return c.redirect(`${base(id)}?saved=removed#overrides`, 303);
  });

  app.post('/people/:id/bookings/:bookingId/confirm', async (c) => {
    const id = idParam(c);
    const res = await c.get('web').api.post(`/bookings/${idParam(c, 'bookingId')}/confirm`, {});
    if (!res.ok) throw new WebError(res.status, res.problem);
    return c.redirect(`/people/${id}?saved=confirmed#sessions`, 303);
  });

  return app;
}
