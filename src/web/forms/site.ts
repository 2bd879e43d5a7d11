// The site form: API site → form values (edit), and form values → API body. Opening hours are
// a few fixed rows of (days, open, close); empty rows are dropped.
import { list, str, type FormValues } from '../components/fields.js';
import type { SiteOut } from '../types.js';
import { num, textOrNull, textOrUndefined } from './read.js';

/** Rows of opening hours the form offers (the demo sites use at most two). */
export const HOURS_ROWS = 3;

export function siteToForm(s: SiteOut): FormValues {
  const v: FormValues = {
    type: s.type,
    name: s.name,
    districtCode: s.districtCode ?? '',
    townshipCode: s.townshipCode ?? '',
    address: s.address,
    lat: s.lat === null ? '' : String(s.lat),
    lon: s.lon === null ? '' : String(s.lon),
    languagesNeeded: s.languagesNeeded,
    population: s.population === null ? '' : String(s.population),
    schoolLevel: s.schoolLevel ?? '',
    phone: s.phone,
    remote: s.remote ? '1' : '',
  };
  s.openingHours.slice(0, HOURS_ROWS).forEach((h, i) => {
    v[`hours${i}days`] = h.days;
    v[`hours${i}open`] = h.open;
    v[`hours${i}close`] = h.close;
  });
  return v;
}

export function siteBody(v: FormValues, mode: 'create' | 'edit'): Record<string, unknown> {
  const req = <T>(x: T | undefined) => (x === undefined && mode === 'edit' ? null : x);
  const numOrNull = (x: string) => num(x) ?? null;
  const openingHours = [];
  for (let i = 0; i < HOURS_ROWS; i++) {
    const open = str(v[`hours${i}open`]).trim();
    const close = str(v[`hours${i}close`]).trim();
    if (open || close) openingHours.push({ days: str(v[`hours${i}days`]) || 'working_days', open, close });
  }
  const body: Record<string, unknown> = {
    type: req(textOrUndefined(str(v.type))),
    name: req(textOrUndefined(str(v.name))),
    districtCode: textOrNull(str(v.districtCode)),
    townshipCode: textOrNull(str(v.townshipCode)),
    address: str(v.address).trim(),
    lat: numOrNull(str(v.lat)),
    lon: numOrNull(str(v.lon)),
    openingHours,
    phone: str(v.phone).trim(),
    languagesNeeded: list(v.languagesNeeded),
    population: numOrNull(str(v.population)),
    schoolLevel: textOrNull(str(v.schoolLevel)),
    remote: str(v.remote) === '1',
  };
  if (mode === 'create') {
    const code = textOrUndefined(str(v.code));
    if (code) body.code = code;
  }
  return Object.fromEntries(Object.entries(body).filter(([, x]) => x !== undefined));
}
