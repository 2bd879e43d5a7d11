// Shared value lists of the data model, as Postgres enums so the database itself refuses
// a value the code does not know.
import { pgEnum } from 'drizzle-orm/pg-core';

export const ROLES = ['lawyer', 'notary', 'grassroots_worker', 'mediator', 'legal_vice_principal'] as const;
export const SITE_TYPES = ['centre', 'station', 'workroom', 'resettlement', 'school', 'online'] as const;
export const EMPLOYER_KINDS = [
  'law_firm',
  'notary_office',
  'legal_service_office',
  'court',
  'procuratorate',
  'police',
  'justice_bureau',
  'mediation_committee',
] as const;
export const LANGUAGES = ['zh', 'yi', 'miao', 'buyi'] as const;
export const UNAVAILABILITY_KINDS = ['leave', 'court', 'training', 'sick', 'other'] as const;
export const APPOINTMENT_KINDS = ['vice_principal', 'village_adviser'] as const;
export const TOKEN_ROLES = ['admin', 'coordinator', 'person', 'school', 'finance'] as const;
export const TOWNSHIP_KINDS = ['街道', '镇', '乡', '民族乡'] as const;
export const CALENDAR_MODES = ['every_day', 'working_days', 'school_days'] as const;

export type Role = (typeof ROLES)[number];
export type SiteType = (typeof SITE_TYPES)[number];
export type EmployerKind = (typeof EMPLOYER_KINDS)[number];
export type Language = (typeof LANGUAGES)[number];
export type TokenRole = (typeof TOKEN_ROLES)[number];

export const roleEnum = pgEnum('person_role', ROLES);
export const siteTypeEnum = pgEnum('site_type', SITE_TYPES);
export const employerKindEnum = pgEnum('employer_kind', EMPLOYER_KINDS);
export const languageEnum = pgEnum('language', LANGUAGES);
export const unavailabilityKindEnum = pgEnum('unavailability_kind', UNAVAILABILITY_KINDS);
export const appointmentKindEnum = pgEnum('appointment_kind', APPOINTMENT_KINDS);
export const tokenRoleEnum = pgEnum('token_role', TOKEN_ROLES);
export const townshipKindEnum = pgEnum('township_kind', TOWNSHIP_KINDS);
export const calendarModeEnum = pgEnum('calendar_mode', CALENDAR_MODES);
