// Create or edit a site, with the API's field errors beside each field. Townships are grouped
// by district; opening hours are a few (days, open, close) rows.
import { Checkbox, CheckboxGroup, FormProblem, SelectField, TextField, type FieldErrors, type FormValues } from '../components/fields.js';
import { Layout } from '../components/layout.js';
import { districtOptions, languageOptions, siteTypeOptions } from '../components/options.js';
import type { WebCtx } from '../context.js';
import { districtName } from '../format.js';
import { HOURS_ROWS } from '../forms/site.js';
import type { DistrictOut, TownshipOut } from '../types.js';

export interface SiteFormProps {
  web: WebCtx;
  siteId?: number;
  name?: string;
  values: FormValues;
  errors?: FieldErrors;
  other?: string[];
  districts: DistrictOut[];
  townships: TownshipOut[];
}

const DAYS = ['working_days', 'every_day', 'school_days'] as const;
const LEVELS = ['primary', 'junior', 'senior', 'special'] as const;

export function SiteFormPage({ web, siteId, name, values, errors, other, districts, townships }: SiteFormProps) {
  const { t, lang } = web;
  const title = siteId ? `${t('sites.edit')} · ${name ?? ''}` : t('sites.new');
  const f = { values, errors };
  const groups = districts.map((d) => ({
    label: districtName(d, lang),
    value: d.code,
    options: townships.filter((tw) => tw.districtCode === d.code).map((tw) => ({ value: tw.code, label: tw.name })),
  }));
  const hoursInvalid = Boolean(errors?.openingHours?.length);
  return (
    <Layout web={web} title={title} active="sites">
      <h1>{title}</h1>
      <form method="post" action={siteId ? `/sites/${siteId}` : '/sites'} class="card form-grid" id="site-form" novalidate>
        {errors && <FormProblem message={t('common.formErrors')} other={other ?? []} />}
        <SelectField name="type" label={t('sites.type')} options={siteTypeOptions(t)} required {...f} />
        <TextField name="name" label={t('sites.name')} required {...f} />
        {!siteId && <TextField name="code" label={t('common.code')} help={t('sites.codeHelp')} {...f} />}
        <SelectField name="districtCode" label={t('sites.district')} options={districtOptions(districts, lang)} blank={t('sites.noDistrict')} {...f} />
        <SelectField name="townshipCode" label={t('sites.township')} options={[]} groups={groups} blank={t('sites.noTownship')} {...f} />
        <TextField name="address" label={t('sites.address')} {...f} />
        <TextField name="lat" label={t('sites.lat')} inputmode="decimal" {...f} />
        <TextField name="lon" label={t('sites.lon')} inputmode="decimal" {...f} />
        <fieldset class={hoursInvalid ? 'field hours invalid' : 'field hours'}>
          <legend>{t('sites.openingHours')}</legend>
          {Array.from({ length: HOURS_ROWS }, (_, i) => (
            <div class="hours-row" role="group" aria-label={t('sites.hoursRow', { n: i + 1 })}>
              <SelectField name={`hours${i}days`} label={`${t('sites.days')} ${i + 1}`} values={values} options={DAYS.map((d) => ({ value: d, label: t(`days.${d}`) }))} />
              <TextField name={`hours${i}open`} label={`${t('sites.open')} ${i + 1}`} type="time" values={values} />
              <TextField name={`hours${i}close`} label={`${t('sites.close')} ${i + 1}`} type="time" values={values} />
            </div>
          ))}
          {hoursInvalid && <p class="field-error">{errors!.openingHours!.join('；')}</p>}
        </fieldset>
        <CheckboxGroup name="languagesNeeded" label={t('sites.languagesNeeded')} options={languageOptions(t)} {...f} />
        <TextField name="population" label={t('sites.population')} type="number" min="0" step="1" {...f} />
        <SelectField name="schoolLevel" label={t('sites.schoolLevel')} options={LEVELS.map((l) => ({ value: l, label: t(`schoolLevel.${l}`) }))} blank="—" {...f} />
        <TextField name="phone" label={t('common.phone')} type="tel" {...f} />
        <Checkbox name="remote" label={t('sites.remote')} {...f} />
        <div class="actions">
          <button type="submit" class="primary">{t('common.save')}</button>
          <a href={siteId ? `/sites/${siteId}` : '/sites'}>{t('common.cancel')}</a>
        </div>
      </form>
    </Layout>
  );
}
