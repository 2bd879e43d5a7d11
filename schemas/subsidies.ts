// API contracts of the subsidy ledger: statements, records, monthly budgets and rules.
import { z } from '@hono/zod-openapi';
import { DistrictCode, LocalDate, Pagination } from './common.js';
import { Role, SiteType } from './registry.js';

export const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be YYYY-MM').openapi({ example: '2026-12' });
const Fen = z.number().int().openapi({ description: 'integer fen (1 元 = 100 fen)' });

export const StatementQuery = z.object({
  month: Month,
  district: DistrictCode.optional().openapi({ description: 'absent: every district the caller may read' }),
  format: z.enum(['json', 'csv']).optional().openapi({ description: 'csv: UTF-8 with BOM (Excel); also chosen by Accept: text/csv' }),
});

export const StatementLine = z.object({
  personId: z.number().int(),
  code: z.string(),
  name: z.string(),
  employer: z.string().nullable(),
  publicOfficial: z.boolean(),
  duties: z.number().int().openapi({ description: 'duties paid, net of reversals' }),
  records: z.number().int(),
  amountFen: Fen,
  shiftIds: z.array(z.number().int()),
});

export const Statement = z
  .object({
    month: z.string(),
    district: z.string().nullable(),
    budgetFen: Fen.nullable(),
    spentFen: Fen,
    remainingFen: Fen.nullable(),
    overBudget: z.boolean(),
    lines: z.array(StatementLine),
    totals: z.object({ records: z.number().int(), duties: z.number().int(), amountFen: Fen }),
  })
  .openapi('SubsidyStatement');

export const RecordQuery = Pagination.extend({
  month: Month.optional(),
  district: DistrictCode.optional(),
  person: z.coerce.number().int().positive().optional(),
  roster: z.coerce.number().int().positive().optional(),
});

export const LedgerRecord = z
  .object({
    id: z.number().int(),
    personId: z.number().int(),
    shiftId: z.number().int(),
    rosterId: z.number().int(),
    rosterVersion: z.number().int(),
    districtCode: z.string(),
    month: z.string(),
    ruleCode: z.string().openapi({ description: 'id of the base rule applied (no_rule: none covered the duty)' }),
    amountFen: Fen,
    reverses: z.number().int().nullable(),
    detail: z.unknown(),
    createdAt: z.string(),
  })
  .openapi('SubsidyRecord');

export const BudgetParams = z.object({
  district: DistrictCode.openapi({ param: { name: 'district', in: 'path' } }),
  month: Month.openapi({ param: { name: 'month', in: 'path' } }),
});
export const BudgetQuery = z.object({ month: Month.optional(), district: DistrictCode.optional() });
export const BudgetInput = z.strictObject({ amountFen: z.number().int().min(0).max(1e13) }).openapi('BudgetInput');
export const Budget = z.object({ districtCode: z.string(), month: z.string(), amountFen: Fen }).openapi('SubsidyBudget');

const RuleMatch = z.strictObject({
  roles: z.array(Role).min(1).optional(),
  siteTypes: z.array(SiteType).min(1).optional(),
  durationClass: z.enum(['full_day', 'half_day']).optional(),
  hotline: z.boolean().optional(),
  night: z.boolean().optional(),
  salariedOfficial: z.boolean().optional(),
  crossCounty: z.boolean().optional(),
});

const RuleCode = z.string().trim().min(1).max(64).regex(/^[a-z0-9_.-]+$/, 'lower-case letters, digits, _ . - only');

export const RuleInput = z
  .strictObject({
    id: z.string().trim().min(1).max(80).regex(/^[A-Za-z0-9_.-]+$/).optional().openapi({ description: 'stable id written in the ledger; default db-<row id>' }),
    districtCode: DistrictCode.nullable().default(null).openapi({ description: 'null: city-wide (replaces the default rules of this code)' }),
    code: RuleCode,
    kind: z.enum(['base', 'supplement']),
    labelZh: z.string().trim().min(1).max(200),
    amountFen: z.number().int().min(0).max(1e9),
    when: RuleMatch.default({}),
    exclusive: z.boolean().optional(),
    basis: z.string().trim().min(1).max(2000),
    priority: z.number().int().min(0).max(100_000).optional(),
    validFrom: LocalDate,
    validTo: LocalDate.nullable().default(null),
  })
  .refine((r) => r.validTo === null || r.validTo >= r.validFrom, { path: ['validTo'], message: 'must not be before validFrom' })
  .refine((r) => !r.exclusive || r.kind === 'base', { path: ['exclusive'], message: 'only base rules can be exclusive' })
  .openapi('SubsidyRuleInput');

/** A rule's amount and conditions never change once written (records cite it): end it with
 *  validTo and add a new rule instead. */
export const RulePatch = z
  .strictObject({
    validTo: LocalDate.nullable().optional(),
    labelZh: z.string().trim().min(1).max(200).optional(),
    basis: z.string().trim().min(1).max(2000).optional(),
  })
  .openapi('SubsidyRulePatch');

export const RuleOut = z
  .object({
    id: z.number().int().nullable().openapi({ description: 'row id; null for a built-in default' }),
    ruleId: z.string(),
    source: z.enum(['database', 'default']),
    districtCode: z.string().nullable(),
    code: z.string(),
    kind: z.enum(['base', 'supplement']),
    labelZh: z.string(),
    amountFen: Fen,
    when: z.record(z.string(), z.unknown()),
    exclusive: z.boolean(),
    basis: z.string(),
    validFrom: z.string(),
    validTo: z.string().nullable(),
    inForce: z.boolean().openapi({ description: 'used for pricing (a city-wide row replaces the defaults of its code)' }),
  })
  .openapi('SubsidyRule');

export const RuleIdParam = z.object({ id: z.coerce.number().int().positive().openapi({ param: { name: 'id', in: 'path' } }) });
