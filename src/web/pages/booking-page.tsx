// One law-education session: when, with whom, its status and where it came from, its history
// (who changed what, when and why), and the forms to reschedule it (pick a new slot, give a
// reason), confirm it when pending, or cancel it with a reason.
import { StatusBadge } from '../components/booking-table.js';
import { TextField, type FieldErrors, type FormValues } from '../components/fields.js';
import { Layout } from '../components/layout.js';
import { ListTable, PageHead } from '../components/page-head.js';
import { RefusalBox, type RefusalState } from '../components/refusal-box.js';
import { SlotNav, SlotPicker } from '../components/slot-picker.js';
import type { WebCtx } from '../context.js';
import { localDateTime, localTimeRange } from '../format.js';
import type { MessageKey } from '../i18n/index.js';
import { historyRows, type Actor } from '../school/history.js';
import type { SlotView } from '../school/load.js';
import type { BookingOut } from '../school/types.js';

export interface ActionForm {
  values: FormValues;
  errors?: FieldErrors;
  refusal?: RefusalState;
}

export interface BookingPageProps {
  web: WebCtx;
  schoolId: number;
  schoolName: string;
  booking: BookingOut;
  vpName: string;
  /** Present when this user may move the session and it is still ahead. */
  reschedule?: { slots: SlotView; form: ActionForm };
  cancel?: ActionForm;
  canConfirm: boolean;
  flash?: string;
}

const KNOWN_ACTIONS = new Set(['created', 'rescheduled', 'cancelled', 'confirmed', 'seeded', 'proposed']);

function actorText(web: WebCtx, a: Actor): string {
  if (a.kind === 'label') return a.label;
  if (a.kind === 'role') return web.t(`role.${a.role as 'admin'}`);
  if (a.kind === 'demo') return web.t('booking.byDemo');
  return a.text;
}

function History({ web, booking }: { web: WebCtx; booking: BookingOut }) {
  const { t } = web;
  const headers = [t('booking.at'), t('booking.by'), t('booking.action'), t('booking.change'), t('booking.reason')];
  return (
    <section class="card" aria-labelledby="history-h">
      <h2 id="history-h">{t('booking.history')}</h2>
      <ListTable id="history-list" label={t('booking.history')} headers={headers}>
        {historyRows(booking.history).map((h) => (
          <tr>
            <td data-label={headers[0]}>{h.at}</td>
            <td data-label={headers[1]}>{actorText(web, h.actor)}</td>
            <td data-label={headers[2]}>{KNOWN_ACTIONS.has(h.action) ? t(`historyAction.${h.action}` as MessageKey) : h.action}</td>
            <td data-label={headers[3]}>
              {h.move ? t('booking.moved', { from: h.move.from, to: h.move.to }) : h.status ? t(`bookingStatus.${h.status as 'pending'}`) : '—'}
            </td>
            <td data-label={headers[4]}>{h.reason ?? '—'}</td>
          </tr>
        ))}
      </ListTable>
    </section>
  );
}

export function BookingPage(props: BookingPageProps) {
  const { web, booking: b, schoolId, reschedule, cancel } = props;
  const { t } = web;
  const base = `/school/${schoolId}/bookings/${b.id}`;
  const ended = Date.parse(b.endsAt) <= web.deps.now().getTime();
  const title = t('booking.title', { id: b.id });
  return (
    <Layout web={web} title={title} active="school" flash={props.flash}>
      <p class="crumbs">
        <a href={web.session?.principal.role === 'person' ? `/people/${b.personId}#sessions` : `/school/${schoolId}#bookings`}>{props.schoolName}</a>
        {' › '}
        {title}
      </p>
      <PageHead title={title}>
        <StatusBadge web={web} status={b.status} />
      </PageHead>
      <section class="card">
        <dl class="facts" id="booking-facts">
          <dt>{t('school.when')}</dt>
          <dd>{localTimeRange(b.startsAt, b.endsAt)}</dd>
          <dt>{t('school.length')}</dt>
          <dd>{t('school.minutesN', { n: b.minutes })}</dd>
          <dt>{t('vp.school')}</dt>
          <dd>{props.schoolName}</dd>
          <dt>{t('school.vp')}</dt>
          <dd>{props.vpName}</dd>
          <dt>{t('booking.topic')}</dt>
          <dd>{b.topic || '—'}</dd>
          <dt>{t('school.status')}</dt>
          <dd>
            {t(`bookingStatus.${b.status}`)}
            {b.status === 'pending' && ` · ${t('booking.pendingNote')}`}
          </dd>
          <dt>{t('booking.origin')}</dt>
          <dd>{t(`bookingOrigin.${b.origin}`)}</dd>
          <dt>{t('booking.created')}</dt>
          <dd>{localDateTime(b.createdAt)}</dd>
        </dl>
        {b.status === 'cancelled' && <p class="note">{t('booking.isCancelled')}</p>}
        {b.status !== 'cancelled' && ended && <p class="note">{t('booking.isPast')}</p>}
        {props.canConfirm && (
          <form method="post" action={`${base}/confirm`} class="actions">
            <button type="submit" class="primary">
              {t('vp.confirm')}
            </button>
          </form>
        )}
      </section>

      <History web={web} booking={b} />

      {reschedule && (
        <section class="card" aria-labelledby="reschedule-h" id="reschedule">
          <h2 id="reschedule-h">{t('booking.reschedule')}</h2>
          <p class="help">{t('booking.rescheduleHelp')}</p>
          <SlotNav web={web} base={base} slots={reschedule.slots} anchor="reschedule" />
          <form method="post" action={`${base}/reschedule`} id="reschedule-form">
            {reschedule.form.refusal && <RefusalBox web={web} title="refusal.titleReschedule" state={reschedule.form.refusal} />}
            <input type="hidden" name="minutes" value={String(reschedule.slots.minutes)} />
            <input type="hidden" name="from" value={reschedule.slots.range.from} />
            <SlotPicker web={web} slots={reschedule.slots} names={false} error={reschedule.form.errors?.slot?.join('；')} />
            <div class="form-grid">
              <TextField name="reason" label={t('booking.rescheduleReason')} values={reschedule.form.values} errors={reschedule.form.errors} required />
            </div>
            <div class="actions sticky-actions">
              <button type="submit" class="primary">
                {t('booking.rescheduleSubmit')}
              </button>
            </div>
          </form>
        </section>
      )}

      {cancel && (
        <section class="card" aria-labelledby="cancel-h" id="cancel">
          <h2 id="cancel-h">{t('booking.cancel')}</h2>
          <form method="post" action={`${base}/cancel`} id="cancel-form" data-confirm={t('booking.confirmCancel')}>
            {cancel.refusal && <RefusalBox web={web} title="refusal.titleCancel" state={cancel.refusal} />}
            <div class="form-grid">
              <TextField name="cancelReason" label={t('booking.cancelReason')} values={cancel.values} errors={cancel.errors} required />
            </div>
            <div class="actions">
              <button type="submit" class="danger">
                {t('booking.cancelSubmit')}
              </button>
            </div>
          </form>
        </section>
      )}
    </Layout>
  );
}
