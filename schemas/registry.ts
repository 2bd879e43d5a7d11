// API contracts of the registry: districts, townships, sites, people, unavailability, appointments.
import { z } from '@hono/zod-openapi';
import { DistrictCode, Instant, Latitude, LocalDate, LocalTime, Longitude, Pagination } from './common.js';

export const ROLES = ['lawyer', 'notary', 'grassroots_worker', 'mediator', 'legal_vice_principal'] as const;
export const SITE_TYPES = ['centre', 'station', 'workroom', 'resettlement', 'school', 'online'] as const;
export const LANGUAGES = ['zh', 'yi', 'miao', 'buyi'] as const;
export const Role = z.enum(ROLES);
export const SiteType = z.enum(SITE_TYPES);
export const Language = z.enum(LANGUAGES).openapi({ description: 'zh = Mandarin; yi, miao, buyi' });
const Code = z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9_.-]+$/, 'letters, digits, _ . - only');
const Name = z.string().trim().min(1).max(200);

/** PATCH bodies: every field optional, and an absent field stays absent (no defaults). */
function patchOf<T extends Record<string, z.ZodType>>(fields: T) {
  const out: Record<string, z.ZodType> = {};
  for (const [k, v] of Object.entries(fields)) {
    const inner = v instanceof z.ZodDefault ? (v.unwrap() as z.ZodType) : v;
    out[k] = inner.optional();
  }
  return z.strictObject(out as { [K in keyof T]: z.ZodOptional<T[K]> });
}

// ---- districts and townships ----
export const DistrictInput = z
  .strictObject({
    code: DistrictCode,
    name: Name,
    nameEn: z.string().max(200).default(''),
    seatLat: Latitude,
    seatLon: Longitude,
    central: z.boolean().default(false),
  })
  .openapi('DistrictInput');
export const DistrictPatch = DistrictInput.omit({ code: true }).partial().openapi('DistrictPatch');
export const District = z
  .object({
    code: z.string(),
    name: z.string(),
    nameEn: z.string(),
    seatLat: z.number(),
    seatLon: z.number(),
    central: z.boolean(),
    townshipCount: z.number().int().optional(),
  })
  .openapi('District');
export const DistrictCodeParam = z.object({ code: DistrictCode.openapi({ param: { name: 'code', in: 'path' } }) });

export const TownshipInput = z
  .strictObject({
    code: z.string().regex(/^\d{9}$/, 'must be a 9-digit township code'),
    districtCode: DistrictCode,
    name: Name,
    kind: z.enum(['街道', '镇', '乡', '民族乡']),
    lat: Latitude,
    lon: Longitude,
    ethnicLanguages: z.array(Language).default([]),
    remote: z.boolean().default(false),
  })
  .openapi('TownshipInput');
export const Township = TownshipInput.extend({}).openapi('Township');
export const TownshipQuery = Pagination.extend({ district: DistrictCode.optional() });

// ---- sites ----
export const OpeningHours = z.strictObject({
  days: z.enum(['working_days', 'every_day', 'school_days']),
  open: LocalTime,
  close: LocalTime,
});
const SiteFields = {
  code: Code.optional().openapi({ description: 'stable code; generated when absent' }),
  type: SiteType,
  name: Name,
  districtCode: DistrictCode.nullable().openapi({ description: 'null only for city-wide online desks' }),
  townshipCode: z.string().regex(/^\d{9}$/).nullable().default(null),
  address: z.string().max(500).default(''),
  lat: Latitude.nullable().default(null),
  lon: Longitude.nullable().default(null),
  openingHours: z.array(OpeningHours).max(20).default([]),
  phone: z.string().max(40).default(''),
  languagesNeeded: z.array(Language).default([]),
  population: z.number().int().min(0).nullable().default(null),
  schoolLevel: z.enum(['primary', 'junior', 'senior', 'special']).nullable().default(null),
  remote: z.boolean().default(false),
};
const siteRefine = (s: { type?: string; districtCode?: string | null; lat?: number | null; lon?: number | null }, ctx: z.RefinementCtx) => {
  if (s.type !== undefined && s.type !== 'online' && s.districtCode === null) {
    ctx.addIssue({ code: 'custom', path: ['districtCode'], message: 'only online desks may have no district' });
  }
  if ((s.lat === null) !== (s.lon === null) && s.lat !== undefined && s.lon !== undefined) {
    ctx.addIssue({ code: 'custom', path: [s.lat === null ? 'lat' : 'lon'], message: 'give both lat and lon, or neither' });
  }
  if (s.type !== undefined && s.type !== 'online' && s.lat === null) {
    ctx.addIssue({ code: 'custom', path: ['lat'], message: 'a physical site needs coordinates' });
  }
};
export const SiteInput = z.strictObject(SiteFields).superRefine(siteRefine).openapi('SiteInput');
export const SitePatch = patchOf(SiteFields)
  .omit({ code: true })
  .openapi('SitePatch');
export const Site = z
  .object({
    id: z.number().int(),
    code: z.string(),
    type: SiteType,
    name: z.string(),
    districtCode: z.string().nullable(),
    townshipCode: z.string().nullable(),
    address: z.string(),
    lat: z.number().nullable(),
    lon: z.number().nullable(),
    openingHours: z.array(OpeningHours),
    phone: z.string(),
    languagesNeeded: z.array(Language),
    population: z.number().int().nullable(),
    schoolLevel: z.string().nullable(),
    remote: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Site');
export const SiteQuery = Pagination.extend({
  district: DistrictCode.optional(),
  township: z.string().optional(),
  type: SiteType.optional(),
  q: z.string().max(100).optional().openapi({ description: 'name or code contains' }),
});

// ---- people ----
const PersonFields = {
  code: Code.optional(),
  name: Name,
  gender: z.enum(['F', 'M']).nullable().default(null),
  roles: z.array(Role).min(1).max(5),
  employerCode: z.string().max(64).nullable().default(null),
  publicOfficial: z.boolean().default(false).openapi({ description: 'salaried public official: no subsidy' }),
  homeDistrictCode: DistrictCode,
  homeLat: Latitude,
  homeLon: Longitude,
  skills: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
  languages: z.array(Language).min(1).default(['zh']),
  maxDutiesPerWeek: z.number().int().min(0).max(21).default(3),
  maxDutiesPerMonth: z.number().int().min(0).max(93).default(10),
  maxHoursPerMonth: z.number().int().min(0).max(744).default(60).openapi({ description: 'hours per month' }),
  contractStart: LocalDate,
  contractEnd: LocalDate.nullable().default(null),
  phone: z.string().max(40).default(''),
  hotlinePool: z.boolean().default(false),
};
const personRefine = (p: { contractStart?: string; contractEnd?: string | null }, ctx: z.RefinementCtx) => {
  if (p.contractStart && p.contractEnd && p.contractEnd < p.contractStart) {
    ctx.addIssue({ code: 'custom', path: ['contractEnd'], message: 'must not be before contractStart' });
  }
};
export const PersonInput = z.strictObject(PersonFields).superRefine(personRefine).openapi('PersonInput');
export const PersonPatch = patchOf(PersonFields)
  .omit({ code: true })
  .superRefine(personRefine)
  .openapi('PersonPatch');
export const Person = z
  .object({
    id: z.number().int(),
    code: z.string(),
    name: z.string(),
    gender: z.string().nullable(),
    roles: z.array(Role),
    employerCode: z.string().nullable(),
    publicOfficial: z.boolean(),
    homeDistrictCode: z.string(),
    homeLat: z.number(),
    homeLon: z.number(),
    skills: z.array(z.string()),
    languages: z.array(Language),
    maxDutiesPerWeek: z.number().int(),
    maxDutiesPerMonth: z.number().int(),
    maxHoursPerMonth: z.number().int(),
    contractStart: z.string(),
    contractEnd: z.string().nullable(),
    phone: z.string(),
    hotlinePool: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Person');
export const PersonQuery = Pagination.extend({
  district: DistrictCode.optional(),
  role: Role.optional(),
  skill: z.string().optional(),
  language: Language.optional(),
  q: z.string().max(100).optional(),
});

// ---- unavailability ----
export const UNAVAILABILITY_KINDS = ['leave', 'court', 'training', 'sick', 'other'] as const;
const UnavailabilityFields = {
  kind: z.enum(UNAVAILABILITY_KINDS),
  startsAt: Instant,
  endsAt: Instant,
  note: z.string().max(500).default(''),
};
const rangeRefine = (u: { startsAt?: string; endsAt?: string }, ctx: z.RefinementCtx) => {
  if (u.startsAt && u.endsAt && Date.parse(u.endsAt) <= Date.parse(u.startsAt)) {
    ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'must be after startsAt' });
  }
};
export const UnavailabilityInput = z
  .strictObject({ personId: z.number().int().positive(), ...UnavailabilityFields })
  .superRefine(rangeRefine)
  .openapi('UnavailabilityInput');
export const UnavailabilityPatch = z
  .strictObject({
    kind: UnavailabilityFields.kind.optional(),
    startsAt: Instant.optional(),
    endsAt: Instant.optional(),
    note: z.string().max(500).optional(),
  })
  .superRefine(rangeRefine)
  .openapi('UnavailabilityPatch');
export const Unavailability = z
  .object({
    id: z.number().int(),
    personId: z.number().int(),
    kind: z.enum(UNAVAILABILITY_KINDS),
    startsAt: z.string(),
    endsAt: z.string(),
    note: z.string(),
    createdAt: z.string(),
  })
  .openapi('Unavailability');
export const UnavailabilityQuery = Pagination.extend({
  person: z.coerce.number().int().positive().optional(),
  district: DistrictCode.optional(),
  from: Instant.optional().openapi({ description: 'overlapping [from, to)' }),
  to: Instant.optional(),
});

// ---- appointments ----
export const APPOINTMENT_KINDS = ['vice_principal', 'village_adviser'] as const;
export const AppointmentInput = z
  .strictObject({
    kind: z.enum(APPOINTMENT_KINDS),
    personId: z.number().int().positive(),
    siteId: z.number().int().positive(),
    startsOn: LocalDate,
    endsOn: LocalDate.nullable().default(null),
  })
  .superRefine((a, ctx) => {
    if (a.endsOn && a.endsOn < a.startsOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'must not be before startsOn' });
  })
  .openapi('AppointmentInput');
export const AppointmentPatch = z
  .strictObject({ startsOn: LocalDate.optional(), endsOn: LocalDate.nullable().optional() })
  .openapi('AppointmentPatch');
export const Appointment = z
  .object({
    id: z.number().int(),
    kind: z.enum(APPOINTMENT_KINDS),
    personId: z.number().int(),
    siteId: z.number().int(),
    startsOn: z.string(),
    endsOn: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('Appointment');
export const AppointmentQuery = Pagination.extend({
  kind: z.enum(APPOINTMENT_KINDS).optional(),
  person: z.coerce.number().int().positive().optional(),
  site: z.coerce.number().int().positive().optional(),
  district: DistrictCode.optional(),
});
