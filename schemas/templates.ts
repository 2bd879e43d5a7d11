// API contracts of duty templates: recurring needs at a site, or flexible needs (N visits a
// month on days the solver picks).
import { z } from '@hono/zod-openapi';
import { LocalDate, LocalTime, Pagination, DistrictCode } from './common.js';
import { Language, Role, ROLES } from './registry.js';

export const CALENDAR_MODES = ['every_day', 'working_days', 'school_days'] as const;

export const SeatSpec = z
  .strictObject({
    roles: z.array(Role).min(1).openapi({ description: 'any one of these roles qualifies' }),
    skills: z.array(z.string().trim().min(1).max(40)).max(10).default([]).openapi({ description: 'all required' }),
    languages: z.array(Language).default([]).openapi({ description: 'all required (hard)' }),
    preferredLanguages: z.array(Language).default([]).openapi({ description: 'any one wanted (soft)' }),
    count: z.number().int().min(1).max(50),
    appointeesOnly: z.boolean().default(false).openapi({ description: "only the site's appointees (school vice-principal, village adviser)" }),
  })
  .openapi('SeatSpec');

const Rrule = z
  .string()
  .trim()
  .min(8)
  .max(300)
  .regex(/^(RRULE:)?FREQ=(DAILY|WEEKLY|MONTHLY|YEARLY)(;[A-Z]+=[A-Z0-9,+-]+)*$/, 'must be an RFC 5545 RRULE body such as FREQ=WEEKLY;BYDAY=TU,TH')
  .openapi({ example: 'FREQ=WEEKLY;BYDAY=TU,TH' });

const TemplateFields = {
  siteId: z.number().int().positive(),
  name: z.string().trim().min(1).max(200),
  rrule: Rrule,
  startTime: LocalTime.openapi({ description: 'local start, Asia/Shanghai' }),
  durationMinutes: z.number().int().min(15).max(1440),
  calendarMode: z.enum(CALENDAR_MODES),
  seats: z.array(SeatSpec).min(1).max(10),
  tags: z.array(z.string().trim().min(1).max(40).regex(/^[a-z0-9_-]+$/, 'lower-case letters, digits, _ and - only')).max(20).default([]),
  flexible: z
    .strictObject({ count: z.number().int().min(1).max(31), per: z.enum(['month']) })
    .nullable()
    .default(null)
    .openapi({ description: 'a flexible need: count occurrences per month, on candidate days the rule allows, chosen by the solver' }),
  validFrom: LocalDate.nullable().default(null),
  validTo: LocalDate.nullable().default(null),
  active: z.boolean().default(true),
};

const templateRefine = (t: { validFrom?: string | null; validTo?: string | null; startTime?: string }, ctx: z.RefinementCtx) => {
  if (t.validFrom && t.validTo && t.validTo < t.validFrom) ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'must not be before validFrom' });
  if (t.startTime === '24:00') ctx.addIssue({ code: 'custom', path: ['startTime'], message: 'a duty starts before 24:00' });
};

export const DutyTemplateInput = z.strictObject(TemplateFields).superRefine(templateRefine).openapi('DutyTemplateInput');
export const DutyTemplatePatch = z
  .strictObject({
    name: TemplateFields.name.optional(),
    rrule: Rrule.optional(),
    startTime: LocalTime.optional(),
    durationMinutes: TemplateFields.durationMinutes.optional(),
    calendarMode: TemplateFields.calendarMode.optional(),
    seats: TemplateFields.seats.optional(),
    tags: z.array(z.string().trim().min(1).max(40).regex(/^[a-z0-9_-]+$/)).max(20).optional(),
    flexible: z.strictObject({ count: z.number().int().min(1).max(31), per: z.enum(['month']) }).nullable().optional(),
    validFrom: LocalDate.nullable().optional(),
    validTo: LocalDate.nullable().optional(),
    active: z.boolean().optional(),
  })
  .superRefine(templateRefine)
  .openapi('DutyTemplatePatch');

export const DutyTemplate = z
  .object({
    id: z.number().int(),
    siteId: z.number().int(),
    name: z.string(),
    rrule: z.string(),
    startTime: z.string(),
    durationMinutes: z.number().int(),
    calendarMode: z.enum(CALENDAR_MODES),
    seats: z.array(SeatSpec),
    tags: z.array(z.string()),
    flexible: z.object({ count: z.number().int(), per: z.string() }).nullable(),
    validFrom: z.string().nullable(),
    validTo: z.string().nullable(),
    active: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('DutyTemplate');

export const DutyTemplateQuery = Pagination.extend({
  site: z.coerce.number().int().positive().optional(),
  district: DistrictCode.optional(),
  siteType: z.enum(['centre', 'station', 'workroom', 'resettlement', 'school', 'online']).optional(),
});

export { ROLES };
