// The School page: what a school token lands on (/school), and any school's page for the
// coordinators who plan it (/school/{id}); booking a session from it. Reads and writes go through
// the API with the session's token; a refused booking shows the reason in words with fresh slots.
import { randomUUID } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { canReadRegistry } from '../../auth/principal.js';
import { str, type FormValues } from '../components/fields.js';
import { requirePrincipal, type WebEnv } from '../context.js';
import { WebError } from '../errors.js';
import { localTimeRange } from '../format.js';
import { readForm } from '../forms/read.js';
import { localizeErrors } from '../i18n/api-messages.js';
import { SchoolPage, type BookForm } from '../pages/school-page.js';
import { render } from '../render.js';
import { loadSchool, readRefusal } from '../school/load.js';
import { formFieldErrors } from '../school/refusal.js';
import { todayOf } from '../roster/weeks.js';
import { minutesOf, parseSlotValue } from '../school/slots.js';
import type { BookingOut } from '../school/types.js';
import { showMinimum } from './school-minimum.js';
import { idParam } from './shared.js';

interface ShowOptions {
  form?: Omit<BookForm, 'key'>;
  status?: 200 | 409 | 422;
  from?: string;
  minutes?: string;
}

export async function showSchool(c: Context<WebEnv>, id: number, opts: ShowOptions = {}) {
  const web = c.get('web');
  const me = requirePrincipal(web);
  const today = todayOf(web.deps.now());
  const view = await loadSchool(web.api, id, today, { from: opts.from ?? c.req.query('from'), minutes: minutesOf(opts.minutes ?? c.req.query('minutes')) });
  const booked = Number(c.req.query('booked'));
  const made = view.bookings.find((b) => b.id === booked);
  const flash = made ? web.t(made.status === 'pending' ? 'school.bookedPending' : 'school.booked', { when: localTimeRange(made.startsAt, made.endsAt) }) : undefined;
  // A new Idempotency-Key for every render: a double submit of this form books once.
  const form: BookForm = { values: {}, ...opts.form, key: randomUUID() };
  return render(c, <SchoolPage web={web} view={view} form={form} today={today} coordinator={canReadRegistry(me)} flash={flash} />, opts.status ?? 200);
}

export function schoolRoutes() {
  const app = new Hono<WebEnv>();

  app.get('/school', (c) => {
    const me = requirePrincipal(c.get('web'));
    if (me.role === 'school') {
      if (me.siteId === null) throw new WebError(403);
      return showSchool(c, me.siteId);
    }
    if (me.role === 'admin' || me.role === 'coordinator') return showMinimum(c);
    throw new WebError(403);
  });

  app.get('/school/:id', (c) => showSchool(c, idParam(c)));

  app.post('/school/:id/book', async (c) => {
    const web = c.get('web');
    const id = idParam(c);
    const values = await readForm(c);
    const keep: FormValues = { topic: str(values.topic) };
    const show = { from: str(values.from), minutes: str(values.minutes) };
    const slot = parseSlotValue(str(values.slot));
    if (!slot) return showSchool(c, id, { ...show, status: 422, form: { values: keep, errors: { slot: [web.t('school.pickSlot')] } } });
    const key = str(values.key);
    const body = { schoolId: id, personId: slot.personId, startsAt: slot.startsAt, minutes: minutesOf(show.minutes), topic: str(values.topic) };
    const res = await web.api.post<BookingOut>('/bookings', body, key ? { 'idempotency-key': key } : undefined);
    if (res.ok) return c.redirect(`/school/${id}?booked=${res.data.id}#bookings`, 303);
    if (res.status !== 409 && res.status !== 422) throw new WebError(res.status, res.problem);
    const refusal = await readRefusal(web.api, res.problem, res.status);
    const errors = localizeErrors(formFieldErrors(res.problem, ['topic']), web.t);
    return showSchool(c, id, { ...show, status: res.status, form: { values: keep, refusal, errors } });
  });

  return app;
}
