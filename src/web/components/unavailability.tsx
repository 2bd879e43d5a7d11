// A person's unavailability: the ranges (each with a remove button) and the form to add one.
import { FormProblem, SelectField, TextField, type FieldErrors, type FormValues } from './fields.js';
import { unavailabilityOptions } from './options.js';
import { ListTable } from './page-head.js';
import type { WebCtx } from '../context.js';
import { localDateTime } from '../format.js';
import type { Page, UnavailabilityOut } from '../types.js';

export interface UnavailabilityForm {
  values: FormValues;
  errors?: FieldErrors;
  other?: string[];
}

/** The listed window: local dates; `to` absent = everything after `from`. */
export interface RangeWindow {
  from: string;
  to?: string;
}

export function UnavailabilitySection({ web, personId, ranges, window, form }: { web: WebCtx; personId: number; ranges: Page<UnavailabilityOut>; window: RangeWindow; form: UnavailabilityForm }) {
  const { t } = web;
  return (
    <section class="card" id="unavailability" aria-labelledby="unavailability-h">
      <h2 id="unavailability-h">{t('unavail.title')}</h2>
      <h3>{t('unavail.add')}</h3>
      <form method="post" action={`/people/${personId}/unavailability#unavailability`} class="form-grid" id="unavailability-form" novalidate>
        {form.errors && <FormProblem message={t('common.formErrors')} other={form.other ?? []} />}
        <SelectField name="kind" label={t('unavail.kind')} values={form.values} errors={form.errors} options={unavailabilityOptions(t)} />
        <TextField name="startsAt" label={t('unavail.startsAt')} type="datetime-local" values={form.values} errors={form.errors} help={t('unavail.timeHelp')} required />
        <TextField name="endsAt" label={t('unavail.endsAt')} type="datetime-local" values={form.values} errors={form.errors} help={t('unavail.timeHelp')} required />
        <TextField name="note" label={t('unavail.note')} values={form.values} errors={form.errors} />
        <div class="actions">
          <button type="submit" class="primary">{t('common.add')}</button>
        </div>
      </form>
      <p class="help">
        {window.to ? t('unavail.windowTo', { from: window.from, to: window.to, n: ranges.total }) : t('unavail.window', { from: window.from, n: ranges.total })}
        {window.to && (
          <>
            {' '}
            <a href={`/people/${personId}?ranges=all#unavailability`}>{t('unavail.showAll')}</a>
          </>
        )}
      </p>
      <ListTable
        id="unavailability-list"
        label={t('unavail.title')}
        headers={[t('unavail.kind'), t('unavail.startsAt'), t('unavail.endsAt'), t('unavail.note'), t('common.remove')]}
        empty={ranges.items.length === 0 ? t('unavail.none') : undefined}
      >
        {ranges.items.map((u) => (
          <tr>
            <td data-label={t('unavail.kind')}>{t(`unavail.${u.kind}`)}</td>
            <td data-label={t('unavail.startsAt')}>{localDateTime(u.startsAt)}</td>
            <td data-label={t('unavail.endsAt')}>{localDateTime(u.endsAt)}</td>
            <td data-label={t('unavail.note')}>{u.note}</td>
            <td>
              <form method="post" action={`/people/${personId}/unavailability/${u.id}/delete`} data-confirm={t('common.confirmDelete')}>
                <button type="submit" class="small" aria-label={`${t('common.remove')} ${t(`unavail.${u.kind}`)} ${localDateTime(u.startsAt)}`}>
                  {t('common.remove')}
                </button>
              </form>
            </td>
          </tr>
        ))}
      </ListTable>
    </section>
  );
}
