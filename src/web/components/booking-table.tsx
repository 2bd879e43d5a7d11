// A table of law-education sessions: when, length, vice-principal (or school), topic, status
// (pending ones say so), and a link to the booking's page (history, reschedule, cancel).
import type { Child } from 'hono/jsx';
import type { WebCtx } from '../context.js';
import { localTimeRange } from '../format.js';
import type { BookingOut } from '../school/types.js';
import { ListTable } from './page-head.js';

export function StatusBadge({ web, status }: { web: WebCtx; status: BookingOut['status'] }) {
  return <span class={`status-badge b-${status}`}>{web.t(`bookingStatus.${status}`)}</span>;
}

export interface BookingTableProps {
  web: WebCtx;
  id: string;
  label: string;
  bookings: BookingOut[];
  /** The other party's name: the vice-principal on a school's page, the school on a person's. */
  party: { heading: string; name: (b: BookingOut) => string };
  href?: (b: BookingOut) => string;
  /** Extra cell per row (confirm buttons). */
  action?: (b: BookingOut) => Child;
  empty: string;
}

export function BookingTable({ web, id, label, bookings, party, href, action, empty }: BookingTableProps) {
  const { t } = web;
  const headers = [t('school.when'), t('school.length'), party.heading, t('booking.topic'), t('school.status'), ...(href || action ? [t('school.actions')] : [])];
  return (
    <ListTable id={id} label={label} headers={headers} empty={bookings.length === 0 ? empty : undefined}>
      {bookings.map((b) => (
        <tr data-booking={b.id} class={b.status === 'pending' ? 'pending' : undefined}>
          <td data-label={headers[0]}>{localTimeRange(b.startsAt, b.endsAt)}</td>
          <td data-label={headers[1]}>{t('school.minutesN', { n: b.minutes })}</td>
          <td data-label={headers[2]}>{party.name(b)}</td>
          <td data-label={headers[3]}>{b.topic || '—'}</td>
          <td data-label={headers[4]}>
            <StatusBadge web={web} status={b.status} />
          </td>
          {(href || action) && (
            <td data-label={headers[5]}>
              <div class="row-actions">
                {href && <a href={href(b)}>{t(b.status === 'cancelled' ? 'school.view' : 'school.open')}</a>}
                {action?.(b)}
              </div>
            </td>
          )}
        </tr>
      ))}
    </ListTable>
  );
}
