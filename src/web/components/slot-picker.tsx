// Choosing a session time: the length (one or two class hours) and the two weeks shown, as plain
// links, and the free slots of those weeks as one radio group per day (each radio labelled with
// its time, and the vice-principal's name when the school has more than one).
import type { WebCtx } from '../context.js';
import type { SlotView } from '../school/load.js';
import { closedWeekdays, slotDays } from '../school/slots.js';
import { dayText } from './duty-table.js';

/** `base` is the page's path; the picker's links add from and minutes (and jump back to `anchor`). */
export function SlotNav({ web, base, slots, anchor }: { web: WebCtx; base: string; slots: SlotView; anchor: string }) {
  const { t } = web;
  const href = (from: string, minutes: number) => `${base}?from=${from}&minutes=${minutes}#${anchor}`;
  const { range, minutes } = slots;
  return (
    <div class="slot-nav">
      <nav class="tabs" aria-label={t('school.minutes')}>
        {([45, 90] as const).map((m) => (
          <a href={href(range.from, m)} aria-current={m === minutes ? 'page' : undefined}>
            {t(m === 45 ? 'school.minutes45' : 'school.minutes90')}
          </a>
        ))}
      </nav>
      <p class="range-line">
        <span>{t('school.range', { from: range.from, to: range.to })}</span>
        {range.prev && <a href={href(range.prev, minutes)} rel="prev">{t('school.earlier')}</a>}
        <a href={href(range.next, minutes)} rel="next">{t('school.later')}</a>
      </p>
    </div>
  );
}

export function SlotPicker({ web, slots, names, error }: { web: WebCtx; slots: SlotView; names: boolean; error?: string }) {
  const { t } = web;
  if (!slots.list) return <p class="empty">{t('refusal.length_not_allowed')}</p>;
  const days = slotDays(slots.list);
  const closed = closedWeekdays(slots.list);
  return (
    <>
      {days.length === 0 ? (
        <p class="empty" id="no-slots">{t('school.noSlots')}</p>
      ) : (
        <fieldset class={error ? 'slot-days invalid' : 'slot-days'} aria-describedby={error ? 'f-slot-error' : undefined}>
          <legend>{t('school.slot')}</legend>
          {error && <p class="field-error" id="f-slot-error">{error}</p>}
          <div class="slot-grid">
            {days.map((d) => (
              <fieldset class="slot-day" data-date={d.date}>
                <legend>{dayText(web, d.date)}</legend>
                {d.slots.map((s) => (
                  <label class="slot">
                    <input type="radio" name="slot" value={s.value} required />
                    <span>{s.time}</span>
                    {names && <span class="slot-who">{s.personName}</span>}
                  </label>
                ))}
              </fieldset>
            ))}
          </div>
        </fieldset>
      )}
      {closed.length > 0 && (
        <p class="muted closed-days">
          {t('school.closed')}
          {web.lang === 'zh' ? '：' : ': '}
          {closed.map((d) => `${dayText(web, d.date)} ${t(`dayReason.${d.reason}`)}`).join(web.lang === 'zh' ? '；' : '; ')}
        </p>
      )}
    </>
  );
}
