// Labelled form controls that show the API's field errors beside the field (aria-invalid and
// aria-describedby point screen readers at the message).
import type { Child } from 'hono/jsx';

/** Raw submitted (or prefilled) values of a form, by control name. */
export type FormValues = Record<string, string | string[]>;
/** API field errors by field name (first segment of the JSON pointer). */
export type FieldErrors = Record<string, string[]>;

export interface Option {
  value: string;
  label: string;
}

export const str = (v: FormValues[string] | undefined): string => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''));
export const list = (v: FormValues[string] | undefined): string[] => (Array.isArray(v) ? v : v ? [v] : []);

const idOf = (name: string) => `f-${name}`;

function ErrorText({ name, errors }: { name: string; errors?: FieldErrors }) {
  const msgs = errors?.[name];
  if (!msgs?.length) return null;
  return (
    <p class="field-error" id={`${idOf(name)}-error`}>
      {msgs.join('；')}
    </p>
  );
}

function describedBy(name: string, errors?: FieldErrors, help?: string): string | undefined {
  const ids = [help ? `${idOf(name)}-help` : '', errors?.[name]?.length ? `${idOf(name)}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

interface BaseProps {
  name: string;
  label: string;
  values: FormValues;
  errors?: FieldErrors;
  help?: string;
  required?: boolean;
}

/** The labelled box around one control: label, the control, its help and its error. */
function FieldBox({ name, label, required, help, errors, children }: { name: string; label: string; required?: boolean; help?: string; errors?: FieldErrors; children?: Child }) {
  const invalid = Boolean(errors?.[name]?.length);
  return (
    <div class={invalid ? 'field invalid' : 'field'}>
      <label for={idOf(name)}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {children}
      {help && <p class="help" id={`${idOf(name)}-help`}>{help}</p>}
      <ErrorText name={name} errors={errors} />
    </div>
  );
}

export function TextField(props: BaseProps & { type?: string; step?: string; inputmode?: 'decimal' | 'numeric' | 'tel' | 'email' | 'search' | 'text'; autocomplete?: string; min?: string; max?: string }) {
  const { name, label, values, errors, help, required, type = 'text' } = props;
  const invalid = Boolean(errors?.[name]?.length);
  return (
    <FieldBox name={name} label={label} required={required} help={help} errors={errors}>
      <input
        id={idOf(name)}
        name={name}
        type={type}
        value={str(values[name])}
        step={props.step}
        min={props.min}
        max={props.max}
        inputmode={props.inputmode}
        autocomplete={props.autocomplete ?? 'off'}
        required={required}
        aria-invalid={invalid ? 'true' : undefined}
        aria-describedby={describedBy(name, errors, help)}
      />
    </FieldBox>
  );
}

export interface OptionGroup {
  label: string;
  /** Exposed as data-value (the script narrows townships to the chosen district). */
  value?: string;
  options: Option[];
}

export function SelectField(props: BaseProps & { options: Option[]; blank?: string; groups?: OptionGroup[] }) {
  const { name, label, values, errors, help, required, options, blank, groups = [] } = props;
  const current = str(values[name]);
  const invalid = Boolean(errors?.[name]?.length);
  return (
    <FieldBox name={name} label={label} required={required} help={help} errors={errors}>
      <select id={idOf(name)} name={name} required={required} aria-invalid={invalid ? 'true' : undefined} aria-describedby={describedBy(name, errors, help)}>
        {blank !== undefined && <option value="">{blank}</option>}
        {options.map((o) => (
          <option value={o.value} selected={o.value === current}>
            {o.label}
          </option>
        ))}
        {groups.map((g) => (
          <optgroup label={g.label} data-value={g.value}>
            {g.options.map((o) => (
              <option value={o.value} selected={o.value === current}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </FieldBox>
  );
}

/** A group of checkboxes sending every checked value under one name. */
export function CheckboxGroup(props: BaseProps & { options: Option[] }) {
  const { name, label, values, errors, options } = props;
  const checked = new Set(list(values[name]));
  const invalid = Boolean(errors?.[name]?.length);
  return (
    <fieldset class={invalid ? 'field checks invalid' : 'field checks'} aria-describedby={invalid ? `${idOf(name)}-error` : undefined}>
      <legend>{label}</legend>
      {options.map((o) => (
        <label class="check">
          <input type="checkbox" name={name} value={o.value} checked={checked.has(o.value)} />
          {o.label}
        </label>
      ))}
      <ErrorText name={name} errors={errors} />
    </fieldset>
  );
}

/** One yes/no checkbox (value "1" when checked). */
export function Checkbox({ name, label, values, errors }: BaseProps) {
  const invalid = Boolean(errors?.[name]?.length);
  return (
    <div class={invalid ? 'field invalid' : 'field'}>
      <label class="check">
        <input type="checkbox" id={idOf(name)} name={name} value="1" checked={str(values[name]) === '1'} aria-describedby={describedBy(name, errors)} />
        {label}
      </label>
      <ErrorText name={name} errors={errors} />
    </div>
  );
}

/** The box above a form that says it was refused, with errors that belong to no field. */
export function FormProblem({ message, other }: { message: string; other: string[] }) {
  return (
    <div class="problem" role="alert" tabindex={-1} id="form-problem">
      <p>{message}</p>
      {other.length > 0 && (
        <ul>
          {other.map((o) => (
            <li>{o}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function Actions({ children }: { children?: Child }) {
  return <div class="actions">{children}</div>;
}
