// One booking's page (/school/{id}/bookings/{bookingId}) and its writes: reschedule to a new slot
// with a reason, cancel with a reason, confirm when pending. Who may do which is the API's rule;
// the page offers only what the role may do (a vice-principal cannot move a session).
import { Hono, type Context } from 'hono';
import { str, type FormValues } from '../components/fields.js';
import { requirePrincipal, type WebEnv } from '../context.js';
import { WebError } from '../errors.js';
import { localTimeRange } from '../format.js';
import { readForm } from '../forms/read.js';
import { localizeErrors } from '../i18n/api-messages.js';
import { BookingPage, type ActionForm } from '../pages/booking-page.js';
import { render } from '../render.js';
import { loadSlots, readRefusal, vicePrincipalsOf } from '../school/load.js';
import { formFieldErrors } from '../school/refusal.js';
import { todayOf } from '../roster/weeks.js';
import { minutesOf, parseSlotValue } from '../school/slots.js';
import type { BookingOut } from '../school/types.js';
import { idParam } from './shared.js';

interface ShowOptions {
  reschedule?: ActionForm;
  cancel?: ActionForm;
  status?: 200 | 409 | 422;
  from?: string;
  minutes?: string;
}

const FLASH = { rescheduled: 'booking.rescheduled', cancelled: 'booking.cancelledFlash', confirmed: 'vp.confirmed' } as const;

async function showBooking(c: Context<WebEnv>, schoolId: number, bookingId: number, opts: ShowOptions = {}) {
  const web = c.get('web');
  const me = requirePrincipal(web);
  const [booking, vps] = await Promise.all([web.api.get<BookingOut>(`/bookings/${bookingId}`), vicePrincipalsOf(web.api, schoolId)]);
  if (booking.schoolId !== schoolId) throw new WebError(404);
  const ahead = Date.parse(booking.endsAt) > web.deps.now().getTime();
  const live = booking.status !== 'cancelled' && ahead;
  const movable = live && me.role !== 'person' && me.role !== 'finance';
  const slots = movable
    ? await loadSlots(web.api, schoolId, todayOf(web.deps.now()), { from: opts.from ?? c.req.query('from'), minutes: minutesOf(opts.minutes ?? c.req.query('minutes') ?? String(booking.minutes)), except: bookingId })
    : undefined;
  const saved = c.req.query('saved');
  const flash = saved && saved in FLASH ? web.t(FLASH[saved as keyof typeof FLASH], { when: localTimeRange(booking.startsAt, booking.endsAt) }) : undefined;
  const mayConfirm = me.role === 'admin' || me.role === 'coordinator' || (me.role === 'person' && me.personId === booking.personId);
  return render(
    c,
    <BookingPage
      web={web}
      schoolId={schoolId}
      schoolName={vps.find((v) => v.schoolId === schoolId)?.schoolName || `#${schoolId}`}
      booking={booking}
      vpName={vps.find((v) => v.personId === booking.personId)?.personName ?? `#${booking.personId}`}
      reschedule={slots ? { slots, form: opts.reschedule ?? { values: {} } } : undefined}
      cancel={live && me.role !== 'finance' ? (opts.cancel ?? { values: {} }) : undefined}
      canConfirm={booking.status === 'pending' && ahead && mayConfirm}
      flash={flash}
    />,
    opts.status ?? 200,
  );
}

export function schoolBookingRoutes() {
  const app = new Hono<WebEnv>();
  const ids = (c: Context) => ({ schoolId: idParam(c), bookingId: idParam(c, 'bookingId') });
  const base = (schoolId: number, bookingId: number) => `/school/${schoolId}/bookings/${bookingId}`;

  app.get('/school/:id/bookings/:bookingId', (c) => {
    const { schoolId, bookingId } = ids(c);
    return showBooking(c, schoolId, bookingId);
  });

  app.post('/school/:id/bookings/:bookingId/reschedule', async (c) => {
    const web = c.get('web');
    const { schoolId, bookingId } = ids(c);
    const values = await readForm(c);
    const keep: FormValues = { reason: str(values.reason) };
    const show = { from: str(values.from), minutes: str(values.minutes) };
    const slot = parseSlotValue(str(values.slot));
    if (!slot) return showBooking(c, schoolId, bookingId, { ...show, status: 422, reschedule: { values: keep, errors: { slot: [web.t('school.pickSlot')] } } });
    const body = { startsAt: slot.startsAt, personId: slot.personId, minutes: minutesOf(show.minutes), reason: str(values.reason) };
    const res = await web.api.post<BookingOut>(`/bookings/${bookingId}/reschedule`, body);
    if (res.ok) return c.redirect(`${base(schoolId, bookingId)}?saved=rescheduled`, 303);
    if (res.status !== 409 && res.status !== 422) throw new WebError(res.status, res.problem);
    const refusal = await readRefusal(web.api, res.problem, res.status);
    const errors = localizeErrors(formFieldErrors(res.problem, ['reason']), web.t);
    return showBooking(c, schoolId, bookingId, { ...show, status: res.status, reschedule: { values: keep, refusal, errors } });
  });

  app.post('/school/:id/bookings/:bookingId/cancel', async (c) => {
    const web = c.get('web');
    const { schoolId, bookingId } = ids(c);
    const values = await readForm(c);
    const res = await web.api.post<BookingOut>(`/bookings/${bookingId}/cancel`, { reason: str(values.cancelReason) });
    if (res.ok) return c.redirect(`${base(schoolId, bookingId)}?saved=cancelled`, 303);
    if (res.status !== 409 && res.status !== 422) throw new WebError(res.status, res.problem);
    // The cancel form names its reason field cancelReason (the page also has the reschedule reason).
    const errors = localizeErrors(formFieldErrors(res.problem, ['reason']), web.t);
    const cancel: ActionForm = { values: { cancelReason: str(values.cancelReason) }, errors: errors.reason ? { cancelReason: errors.reason } : {} };
    if (res.status === 409) cancel.refusal = await readRefusal(web.api, res.problem, res.status);
    return showBooking(c, schoolId, bookingId, { status: res.status, cancel });
  });

  app.post('/school/:id/bookings/:bookingId/confirm', async (c) => {
    const { schoolId, bookingId } = ids(c);
    const res = await c.get('web').api.post<BookingOut>(`/bookings/${bookingId}/confirm`, {});
    if (!res.ok) throw new WebError(res.status, res.problem);
    return c.redirect(`${base(schoolId, bookingId)}?saved=confirmed`, 303);
  });

  return app;
}
