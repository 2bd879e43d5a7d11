// Choice lists for selects and checkbox groups, labelled from the catalogue.
import { LANGUAGES, ROLES, SITE_TYPES, UNAVAILABILITY_KINDS } from '../../../schemas/registry.js';
import { districtName } from '../format.js';
import { KNOWN_SKILLS } from '../forms/person.js';
import type { Lang, Translate } from '../i18n/index.js';
import type { DistrictOut } from '../types.js';
import type { Option } from './fields.js';

export const roleOptions = (t: Translate): Option[] => ROLES.map((r) => ({ value: r, label: t(`personRole.${r}`) }));
export const siteTypeOptions = (t: Translate): Option[] => SITE_TYPES.map((s) => ({ value: s, label: t(`siteType.${s}`) }));
export const languageOptions = (t: Translate): Option[] => LANGUAGES.map((l) => ({ value: l, label: t(`language.${l}`) }));
export const skillOptions = (t: Translate): Option[] => KNOWN_SKILLS.map((s) => ({ value: s, label: t(`skill.${s}`) }));
export const unavailabilityOptions = (t: Translate): Option[] => UNAVAILABILITY_KINDS.map((k) => ({ value: k, label: t(`unavail.${k}`) }));
export const districtOptions = (districts: DistrictOut[], lang: Lang): Option[] => districts.map((d) => ({ value: d.code, label: districtName(d, lang) }));
export const genderOptions = (t: Translate): Option[] => (['F', 'M'] as const).map((g) => ({ value: g, label: t(`gender.${g}`) }));
