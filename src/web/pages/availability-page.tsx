// A legal vice-principal's bookable windows: the weekly pattern (numbered rows, blank ones
// ignored), whether schools' bookings wait for their confirmation, and date overrides (a different
// window on one day, or none).
import { Checkbox, FormProblem, SelectField, TextField, type FieldErrors, type FormValues } from '../components/fields.js';
import { Layout } from '../components/layout.js';
import { ListTable, PageHead } from '../components/page-head.js';
import type { WebCtx } from '../context.js';
import type { MessageKey } from '../i18n/index.js';
import { WEEKDAYS } from '../../../schemas/bookings.js';
import { rowCount, rowField } from '../forms/availability.js';
import type { AvailabilityOut } from '../school/types.js';

export interface AvailabilityForm {
  values: FormValues;
  errors?: FieldErrors;
  other?: string[];
}

export interface AvailabilityPageProps {
  web: WebCtx;
  personId: number;
  name: string;
  availability: AvailabilityOut;
  weekly: AvailabilityForm;
  override: AvailabilityForm;
  flash?: string;
}

export function AvailabilityPage({ web, personId, name, availability: a, weekly, override, flash }: AvailabilityPageProps) {
  const { t } = web;
  const base = `/people/${personId}/availability`;
  const weekdays = WEEKDAYS.map((w, i) => ({ value: w, label: t(`weekday.${i + 1}` as MessageKey) }));
  const headers = [t('avail.date'), t('avail.windows'), t('avail.note'), t('common.remove')];
  return (
    <Layout web={web} title={t('avail.title', { name })} active={web.session?.principal.role === 'person' ? 'me' : 'people'} flash={flash}>
      <p class="crumbs">
        <a href={`/people/${personId}#sessions`}>{name}</a>
        {' › '}
        {t('vp.availability')}
      </p>
      <PageHead title={t('avail.title', { name })} />
      <section class="card" aria-labelledby="weekly-h">
        <h2 id="weekly-h">{t('avail.weekly')}</h2>
        <p class="help">{t('avail.weeklyHelp')}</p>
        {a.usesDefault && <p class="note" id="uses-default">{t('avail.usesDefault')}</p>}
        <form method="post" action={base} id="weekly-form" novalidate>
          {weekly.errors && <FormProblem message={t('common.formErrors')} other={weekly.other ?? []} />}
          <input type="hidden" name="rows" value={String(rowCount(weekly.values))} />
          {Array.from({ length: rowCount(weekly.values) }, (_, i) => (
            <fieldset class="field avail-row">
              <legend>{t('avail.row', { n: i + 1 })}</legend>
              <div class="hours-row">
                <SelectField name={rowField(i, 'weekday')} label={t('avail.weekday')} values={weekly.values} errors={weekly.errors} options={weekdays} />
                <TextField name={rowField(i, 'start')} label={t('avail.start')} type="time" values={weekly.values} errors={weekly.errors} />
                <TextField name={rowField(i, 'end')} label={t('avail.end')} type="time" values={weekly.values} errors={weekly.errors} />
                <TextField name={rowField(i, 'validFrom')} label={t('avail.validFrom')} type="date" values={weekly.values} errors={weekly.errors} />
                <TextField name={rowField(i, 'validTo')} label={t('avail.validTo')} type="date" values={weekly.values} errors={weekly.errors} />
              </div>
            </fieldset>
          ))}
          <Checkbox name="requiresConfirmation" label={t('avail.confirm')} values={weekly.values} errors={weekly.errors} />
          <div class="actions">
            <button type="submit" class="primary">
              {t('avail.save')}
            </button>
          </div>
        </form>
      </section>

      <section class="card" aria-labelledby="overrides-h" id="overrides">
        <h2 id="overrides-h">{t('avail.overrides')}</h2>
        <p class="help">{t('avail.overridesHelp')}</p>
        <ListTable id="override-list" label={t('avail.overrides')} headers={headers} empty={a.overrides.length === 0 ? t('avail.noOverrides') : undefined}>
          {a.overrides.map((o) => (
            <tr>
              <td data-label={headers[0]}>{o.date}</td>
              <td data-label={headers[1]}>{o.windows.length ? o.windows.map((w) => `${w.start}–${w.end}`).join('，') : t('avail.closedDay')}</td>
              <td data-label={headers[2]}>{o.note || '—'}</td>
              <td>
                <form method="post" action={`${base}/overrides/${o.date}/delete`} data-confirm={t('common.confirmDelete')}>
                  <button type="submit" class="small" aria-label={`${t('common.remove')} ${o.date}`}>
                    {t('common.remove')}
                  </button>
                </form>
              </td>
            </tr>
          ))}
        </ListTable>
        <h3>{t('avail.addOverride')}</h3>
        <form method="post" action={`${base}/overrides#overrides`} class="form-grid" id="override-form" novalidate>
          {override.errors && <FormProblem message={t('common.formErrors')} other={override.other ?? []} />}
          <TextField name="ovDate" label={t('avail.date')} type="date" values={override.values} errors={override.errors} required />
          <TextField name="ovStart" label={t('avail.start')} type="time" values={override.values} errors={override.errors} help={t('avail.overrideHelp')} />
          <TextField name="ovEnd" label={t('avail.end')} type="time" values={override.values} errors={override.errors} />
          <TextField name="ovNote" label={t('avail.note')} values={override.values} errors={override.errors} />
          <div class="actions">
            <button type="submit">{t('common.add')}</button>
          </div>
        </form>
      </section>
    </Layout>
  );
}
