// The box above a booking form that says, in words, why the API refused it: the rule broken, or
// what holds the time (the conflicting booking when this token may read it), then that the slots
// below are fresh. Focused by the script so it is read out.
import type { WebCtx } from '../context.js';
import { localTimeRange } from '../format.js';
import type { MessageKey } from '../i18n/index.js';
import type { Refusal } from '../school/refusal.js';
import type { BookingOut } from '../school/types.js';

export interface RefusalState {
  refusal: Refusal;
  /** The conflicting booking, read with the session's token (absent: another school's). */
  conflict?: BookingOut;
  fresh?: boolean;
}

export function RefusalBox({ web, title, state }: { web: WebCtx; title: MessageKey; state: RefusalState }) {
  const { t } = web;
  const { refusal, conflict, fresh } = state;
  const other = refusal.conflict?.kind === 'booking' && !conflict;
  return (
    <div class="problem" role="alert" tabindex={-1} id="form-problem">
      <p>{t(title)}</p>
      <ul>
        <li>{t(refusal.key)}</li>
        {conflict && (
          <li id="conflict-booking">
            {t('refusal.takenBy')}
            {t('refusal.booking', { id: conflict.id, when: localTimeRange(conflict.startsAt, conflict.endsAt), status: t(`bookingStatus.${conflict.status}`) })}
          </li>
        )}
        {other && <li id="conflict-booking">{t('refusal.otherSchool', { id: refusal.conflict!.id })}</li>}
        {refusal.detail && <li class="detail">{t('common.apiSays', { detail: refusal.detail })}</li>}
        {fresh && <li>{t('refusal.freshSlots')}</li>}
      </ul>
    </div>
  );
}
