// Create or edit a person. Every control is labelled; the API's field errors appear beside
// the field they name, and the form keeps what was typed.
import { Checkbox, CheckboxGroup, FormProblem, SelectField, TextField, type FieldErrors, type FormValues } from '../components/fields.js';
import { Layout } from '../components/layout.js';
import { districtOptions, genderOptions, languageOptions, roleOptions, skillOptions } from '../components/options.js';
import type { WebCtx } from '../context.js';
import type { DistrictOut } from '../types.js';

export interface PersonFormProps {
  web: WebCtx;
  /** Absent: a new person. */
  personId?: number;
  name?: string;
  values: FormValues;
  errors?: FieldErrors;
  other?: string[];
  districts: DistrictOut[];
}

export function PersonFormPage({ web, personId, name, values, errors, other, districts }: PersonFormProps) {
  const { t, lang } = web;
  const title = personId ? `${t('people.edit')} · ${name ?? ''}` : t('people.new');
  const f = { values, errors };
  return (
    <Layout web={web} title={title} active="people">
      <h1>{title}</h1>
      <form method="post" action={personId ? `/people/${personId}` : '/people'} class="card form-grid" id="person-form" novalidate>
        {errors && <FormProblem message={t('common.formErrors')} other={other ?? []} />}
        <TextField name="name" label={t('people.name')} required autocomplete="name" {...f} />
        {!personId && <TextField name="code" label={t('common.code')} help={t('sites.codeHelp')} {...f} />}
        <SelectField name="gender" label={t('people.gender')} options={genderOptions(t)} blank="—" {...f} />
        <CheckboxGroup name="roles" label={t('people.roles')} options={roleOptions(t)} {...f} />
        <SelectField name="homeDistrictCode" label={t('people.homeDistrict')} options={districtOptions(districts, lang)} blank="—" required {...f} />
        <TextField name="homeLat" label={t('people.homeLat')} inputmode="decimal" required {...f} />
        <TextField name="homeLon" label={t('people.homeLon')} inputmode="decimal" required {...f} />
        <TextField name="employerCode" label={t('people.employer')} {...f} />
        <Checkbox name="publicOfficial" label={t('people.publicOfficial')} {...f} />
        <CheckboxGroup name="skills" label={t('people.skills')} options={skillOptions(t)} {...f} />
        <TextField name="otherSkills" label={t('people.otherSkills')} {...f} />
        <CheckboxGroup name="languages" label={t('people.languages')} options={languageOptions(t)} {...f} />
        <TextField name="maxDutiesPerWeek" label={t('people.maxDutiesPerWeek')} type="number" min="0" step="1" {...f} />
        <TextField name="maxDutiesPerMonth" label={t('people.maxDutiesPerMonth')} type="number" min="0" step="1" {...f} />
        <TextField name="maxHoursPerMonth" label={t('people.maxHoursPerMonth')} type="number" min="0" step="1" {...f} />
        <TextField name="contractStart" label={t('people.contractStart')} type="date" required {...f} />
        <TextField name="contractEnd" label={t('people.contractEnd')} type="date" {...f} />
        <TextField name="phone" label={t('common.phone')} type="tel" autocomplete="tel" {...f} />
        <Checkbox name="hotlinePool" label={t('people.hotlinePool')} {...f} />
        <div class="actions">
          <button type="submit" class="primary">{t('common.save')}</button>
          <a href={personId ? `/people/${personId}` : '/people'}>{t('common.cancel')}</a>
        </div>
      </form>
    </Layout>
  );
}
