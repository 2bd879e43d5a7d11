// API contracts of school bookings: sessions, slots, availability windows, booking rules, the
// yearly-minimum report and proposals.
import { z } from '@hono/zod-openapi';
import { DistrictCode, Instant, LocalDate, LocalTime, Pagination } from './common.js';

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export const BOOKING_STATUSES = ['pending', 'confirmed', 'cancelled'] as const;
export const BOOKING_ORIGINS = ['school', 'proposal', 'demo'] as const;

const Minutes = z.union([z.literal(45), z.literal(90)]).openapi({ description: 'session length: one (45) or two (90) class hours' });
const Reason = z.string().trim().min(1).max(500);
const Topic = z.string().trim().max(200).default('').openapi({ example: '预防校园欺凌' });
const SchoolYearName = z.string().regex(/^\d{4}-\d{4}$/, 'must look like 2026-2027').openapi({ example: '2026-2027' });

// ---- bookings ----
export const BookingInput = z
  .strictObject({
    schoolId: z.number().int().positive(),
    personId: z.number().int().positive().optional().openapi({ description: 'one of the school’s vice-principals; absent = the first one free' }),
    startsAt: Instant,
    minutes: Minutes,
    topic: Topic,
  })
  .openapi('BookingInput');

export const RescheduleInput = z
  .strictObject({
    startsAt: Instant,
    minutes: Minutes.optional(),
    personId: z.number().int().positive().optional(),
    reason: Reason,
  })
  .openapi('RescheduleInput');
export const CancelInput = z.strictObject({ reason: Reason }).openapi('CancelInput');
export const ConfirmInput = z.strictObject({ note: z.string().trim().max(500).default('') }).openapi('ConfirmInput');

export const IdempotencyHeader = z.object({
  'idempotency-key': z
    .string()
    .min(1)
    .max(200)
    .regex(/^[\x21-\x7e]+$/, 'printable ASCII without spaces')
    .optional()
    .openapi({ param: { name: 'idempotency-key', in: 'header' }, description: 'Idempotency-Key: a retry with the same key returns the same booking' }),
});

const HistoryEntry = z.object({
  at: z.string(),
  by: z.string(),
  action: z.string(),
  reason: z.string().optional(),
  status: z.string().optional(),
  from: z.object({ startsAt: z.string(), endsAt: z.string(), personId: z.number() }).optional(),
  to: z.object({ startsAt: z.string(), endsAt: z.string(), personId: z.number() }).optional(),
});

export const Booking = z
  .object({
    id: z.number().int(),
    schoolId: z.number().int(),
    personId: z.number().int(),
    startsAt: z.string(),
    endsAt: z.string(),
    minutes: z.number().int(),
    status: z.enum(BOOKING_STATUSES),
    origin: z.enum(BOOKING_ORIGINS),
    topic: z.string(),
    sequence: z.number().int().openapi({ description: 'raised on every change (the feed event’s SEQUENCE)' }),
    history: z.array(HistoryEntry),
    createdBy: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Booking');

export const BookingQuery = Pagination.extend({
  school: z.coerce.number().int().positive().optional(),
  person: z.coerce.number().int().positive().optional(),
  district: DistrictCode.optional(),
  status: z.enum(BOOKING_STATUSES).optional(),
  origin: z.enum(BOOKING_ORIGINS).optional(),
  from: Instant.optional().openapi({ description: 'bookings ending after this instant' }),
  to: Instant.optional().openapi({ description: 'bookings starting before this instant' }),
});

// ---- slots ----
export const SlotQuery = z.object({
  from: LocalDate.optional().openapi({ description: 'first local date (default today)' }),
  to: LocalDate.optional().openapi({ description: 'last local date, included (default from + 13 days; at most 92 days)' }),
  minutes: z.coerce.number().pipe(Minutes).default(45),
  except: z.coerce.number().int().positive().optional().openapi({ description: 'a booking of this school being rescheduled: its own time counts as free (and it does not count towards the term cap)' }),
});

export const SlotList = z
  .object({
    schoolId: z.number().int(),
    from: z.string(),
    to: z.string(),
    minutes: z.number().int(),
    slots: z.array(z.object({ personId: z.number().int(), personName: z.string(), startsAt: z.string(), endsAt: z.string(), localDate: z.string(), localStart: z.string() })),
    closedDays: z.array(z.object({ date: z.string(), reason: z.string() })),
  })
  .openapi('SlotList');

// ---- availability ----
const Window = z
  .strictObject({ start: LocalTime, end: LocalTime })
  .refine((w) => w.end > w.start, { message: 'end must be after start', path: ['end'] });
const WeeklyWindow = z
  .strictObject({ weekday: z.enum(WEEKDAYS), start: LocalTime, end: LocalTime, validFrom: LocalDate.nullable().default(null), validTo: LocalDate.nullable().default(null) })
  .superRefine((w, ctx) => {
    if (w.end <= w.start) ctx.addIssue({ code: 'custom', path: ['end'], message: 'end must be after start' });
    if (w.validFrom && w.validTo && w.validTo < w.validFrom) ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'must not be before validFrom' });
  });

export const AvailabilityInput = z
  .strictObject({
    weekly: z.array(WeeklyWindow).max(50).openapi({ description: 'replaces the whole weekly pattern (local times, Asia/Shanghai)' }),
    requiresConfirmation: z.boolean().optional().openapi({ description: 'schools’ bookings wait for this person’s confirmation' }),
  })
  .openapi('AvailabilityInput');
export const OverrideInput = z
  .strictObject({ windows: z.array(Window).max(10).openapi({ description: 'that day’s windows; empty = not available' }), note: z.string().trim().max(200).default('') })
  .openapi('OverrideInput');
export const PersonDateParam = z.object({
  id: z.coerce.number().int().positive().openapi({ param: { name: 'id', in: 'path' } }),
  date: LocalDate.openapi({ param: { name: 'date', in: 'path' } }),
});
export const Availability = z
  .object({
    personId: z.number().int(),
    requiresConfirmation: z.boolean(),
    usesDefault: z.boolean().openapi({ description: 'no weekly pattern of their own: the booking rules’ default applies' }),
    weekly: z.array(z.object({ weekday: z.enum(WEEKDAYS), start: z.string(), end: z.string(), validFrom: z.string().nullable(), validTo: z.string().nullable() })),
    overrides: z.array(z.object({ date: z.string(), windows: z.array(z.object({ start: z.string(), end: z.string() })), note: z.string() })),
  })
  .openapi('Availability');

// ---- booking rules ----
export const BookingRuleFields = z
  .strictObject({
    minNoticeDays: z.number().int().min(0).max(60).optional(),
    horizonDays: z.number().int().min(1).max(366).optional(),
    travelBufferMinutes: z.number().int().min(0).max(240).optional(),
    maxSessionsPerTerm: z.number().int().min(1).max(50).optional(),
    sessionMinutes: z.array(Minutes).min(1).max(2).refine((a) => new Set(a).size === a.length, 'no repeats').optional(),
    slotStepMinutes: z.number().int().min(5).max(120).refine((n) => 1440 % n === 0, 'must divide a day').optional(),
    defaultWeekly: z.array(WeeklyWindow.transform(({ weekday, start, end }) => ({ weekday, start, end }))).max(50).optional(),
  })
  .openapi('BookingRuleFields');
export const RuleScopeParam = z.object({
  scope: z.union([z.literal('city'), DistrictCode]).openapi({ param: { name: 'scope', in: 'path' }, example: 'city' }),
});
const EffectiveRules = z.object({
  minNoticeDays: z.number(),
  horizonDays: z.number(),
  travelBufferMinutes: z.number(),
  maxSessionsPerTerm: z.number(),
  sessionMinutes: z.array(z.number()),
  slotStepMinutes: z.number(),
  defaultWeekly: z.array(z.object({ weekday: z.string(), start: z.string(), end: z.string() })),
});
export const BookingRuleRow = z
  .object({ scope: z.string(), rules: z.record(z.string(), z.unknown()), effective: EffectiveRules, updatedBy: z.string(), updatedAt: z.string() })
  .openapi('BookingRuleRow');
export const BookingRuleList = z.object({ defaults: EffectiveRules, items: z.array(BookingRuleRow) }).openapi('BookingRuleList');

// ---- yearly minimum and proposals ----
export const YearlyQuery = z.object({ schoolYear: SchoolYearName.optional(), district: DistrictCode.optional() });
export const YearlyReport = z
  .object({
    schoolYear: z.string(),
    requiredMinutes: z.number().int(),
    schools: z.number().int(),
    behind: z.number().int(),
    rows: z.array(
      z.object({
        siteId: z.number().int(),
        name: z.string(),
        districtCode: z.string().nullable(),
        confirmedMinutes: z.number().int(),
        heldMinutes: z.number().int(),
        pendingMinutes: z.number().int(),
        sessions: z.number().int(),
        shortMinutes: z.number().int(),
        behind: z.boolean(),
      }),
    ),
  })
  .openapi('YearlyReport');

export const ProposeInput = z
  .strictObject({
    schoolYear: SchoolYearName.optional(),
    district: DistrictCode.optional(),
    dryRun: z.boolean().default(false).openapi({ description: 'compute only; write nothing' }),
    minGapDays: z.number().int().min(0).max(60).default(7).openapi({ description: 'preferred days between two sessions of one school' }),
    engine: z.enum(['solver', 'greedy']).default('solver').openapi({ description: 'solver: the roster solver picks sessions (default); greedy: the slot finder alone' }),
  })
  .openapi('ProposeInput');
export const ProposalReport = z
  .object({
    schoolYear: z.string(),
    engine: z.string(),
    dryRun: z.boolean(),
    from: z.string(),
    to: z.string(),
    schools: z.number().int(),
    behind: z.number().int(),
    alreadyPending: z.number().int(),
    proposedFor: z.number().int(),
    covered: z.number().int(),
    partlyCovered: z.number().int(),
    uncovered: z.number().int(),
    proposals: z.array(z.object({ bookingId: z.number().int().optional(), schoolId: z.number().int(), personId: z.number().int(), startsAt: z.string(), endsAt: z.string() })),
    outcomes: z.array(z.object({ siteId: z.number().int(), shortMinutes: z.number().int(), proposedMinutes: z.number().int(), reason: z.string().optional() })),
  })
  .openapi('ProposalReport');
