// The person form: API person → form values (edit), and form values → API body. Create omits
// empty fields so the API's defaults apply; edit sends every field, so clearing a required one
// is refused by the API with that field named.
import { list, str, type FormValues } from '../components/fields.js';
import type { PersonOut } from '../types.js';
import { codes, num, textOrNull, textOrUndefined } from './read.js';

/** Skills offered as checkboxes (the catalogue labels them); others are typed as codes. */
export const KNOWN_SKILLS = ['labour', 'land', 'property', 'family', 'consumer', 'ecommerce', 'contract', 'criminal', 'administrative', 'neighbour', 'juvenile', 'education'] as const;
const known = new Set<string>(KNOWN_SKILLS);

export function personToForm(p: PersonOut): FormValues {
  return {
    name: p.name,
    gender: p.gender ?? '',
    roles: p.roles,
    employerCode: p.employerCode ?? '',
    publicOfficial: p.publicOfficial ? '1' : '',
    homeDistrictCode: p.homeDistrictCode,
    homeLat: String(p.homeLat),
    homeLon: String(p.homeLon),
    skills: p.skills.filter((s) => known.has(s)),
    otherSkills: p.skills.filter((s) => !known.has(s)).join(', '),
    languages: p.languages,
    maxDutiesPerWeek: String(p.maxDutiesPerWeek),
    maxDutiesPerMonth: String(p.maxDutiesPerMonth),
    maxHoursPerMonth: String(p.maxHoursPerMonth),
    contractStart: p.contractStart,
    contractEnd: p.contractEnd ?? '',
    phone: p.phone,
    hotlinePool: p.hotlinePool ? '1' : '',
  };
}

export function personBody(v: FormValues, mode: 'create' | 'edit'): Record<string, unknown> {
  // Required and defaulted fields: omitted when empty on create, null (refused by the API) on edit.
  const req = <T>(x: T | undefined) => (x === undefined && mode === 'edit' ? null : x);
  const body: Record<string, unknown> = {
    name: req(textOrUndefined(str(v.name))),
    gender: textOrNull(str(v.gender)),
    roles: list(v.roles),
    employerCode: textOrNull(str(v.employerCode)),
    publicOfficial: str(v.publicOfficial) === '1',
    homeDistrictCode: req(textOrUndefined(str(v.homeDistrictCode))),
    homeLat: req(num(str(v.homeLat))),
    homeLon: req(num(str(v.homeLon))),
    skills: [...list(v.skills), ...codes(str(v.otherSkills))],
    languages: list(v.languages),
    maxDutiesPerWeek: req(num(str(v.maxDutiesPerWeek))),
    maxDutiesPerMonth: req(num(str(v.maxDutiesPerMonth))),
    maxHoursPerMonth: req(num(str(v.maxHoursPerMonth))),
    contractStart: req(textOrUndefined(str(v.contractStart))),
    contractEnd: textOrNull(str(v.contractEnd)),
    phone: str(v.phone).trim(),
    hotlinePool: str(v.hotlinePool) === '1',
  };
  if (mode === 'create') {
    const code = textOrUndefined(str(v.code));
    if (code) body.code = code;
  }
  return Object.fromEntries(Object.entries(body).filter(([, x]) => x !== undefined));
}
