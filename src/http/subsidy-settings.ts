// /api/v1/subsidies/budgets and /api/v1/subsidies/rules: monthly budgets per district and the
// subsidy rules as data. Coordinators (their district; city coordinators and admins everywhere,
// including city-wide rules) write; finance reads. Rule amounts never change once written —
// records cite them — so a rule is ended (validTo) and a new one added instead.
import { createRoute } from '@hono/zod-openapi';
import { audit } from '../../db/repositories/audit.js';
import { findDistrict } from '../../db/repositories/registry.js';
import {
  deleteBudget,
  deleteRuleRow,
  findRuleRow,
  insertRuleRow,
  listBudgets,
  listRuleDbRows,
  loadRuleRows,
  ruleRowOf,
  ruleUsed,
  upsertBudget,
  updateRuleRow,
  type RuleDbRow,
} from '../../db/repositories/subsidies.js';
import { jsonBody, jsonContent, problemResponses } from '../../schemas/common.js';
import { Budget, BudgetInput, BudgetParams, BudgetQuery, RuleIdParam, RuleInput, RuleOut, RulePatch } from '../../schemas/subsidies.js';
import { z } from '@hono/zod-openapi';
import { actorOf, requireDistrictWrite, requireRole, type Principal } from '../auth/principal.js';
import { ApiError, fieldError, notFound } from '../errors.js';
import { DEFAULT_SUBSIDY_RULES } from '../subsidies/default-rules.js';
import { effectiveRules, ruleFromRow, ruleIdOf, type RuleBody } from '../subsidies/rule-set.js';
import type { Queryable } from '../../db/client.js';
import type { SubsidyRule } from '../subsidies/rules.js';
import { createRouter } from './router.js';

const tags = ['subsidies'];
const errs = problemResponses(401, 403, 404, 409, 422);

function requireReader(p: Principal): void {
  requireRole(p, 'admin', 'coordinator', 'finance');
}

function ruleOut(rule: SubsidyRule, row: RuleDbRow | null, inForce: boolean) {
  return {
    id: row?.id ?? null,
    ruleId: rule.id,
    source: row ? ('database' as const) : ('default' as const),
    districtCode: rule.district ?? null,
    code: rule.code,
    kind: rule.kind,
    labelZh: rule.labelZh,
    amountFen: rule.amountFen,
    when: { ...rule.when } as Record<string, unknown>,
    exclusive: rule.exclusive ?? false,
    basis: rule.basis,
    validFrom: rule.validFrom,
    validTo: rule.validTo,
    inForce,
  };
}

/** A database rule as the API shows it, with whether it is in force among all rules now. */
async function ruleOutOf(db: Queryable, row: RuleDbRow) {
  const rule = ruleFromRow(ruleRowOf(row));
  const live = effectiveRules(await loadRuleRows(db)).some((r) => r.id === rule.id);
  return ruleOut(rule, row, live);
}

export function subsidySettingRoutes() {
  const app = createRouter();

  // ---- budgets ----
  app.openapi(
    createRoute({ method: 'get', path: '/subsidies/budgets', tags, summary: 'Monthly subsidy budgets per district', request: { query: BudgetQuery }, responses: { 200: jsonContent(z.object({ items: z.array(Budget) }), 'budgets'), ...errs } }),
    async (c) => {
      requireReader(c.get('principal'));
      return c.json({ items: await listBudgets(c.get('deps').database.db, c.req.valid('query')) }, 200);
    },
  );

  app.openapi(
    createRoute({ method: 'put', path: '/subsidies/budgets/{district}/{month}', tags, summary: "Set a district's budget for a month", request: { params: BudgetParams, body: jsonBody(BudgetInput) }, responses: { 200: jsonContent(Budget, 'updated'), 201: jsonContent(Budget, 'created'), ...errs } }),
    async (c) => {
      const p = c.get('principal');
      const { district, month } = c.req.valid('param');
      const { amountFen } = c.req.valid('json');
      requireDistrictWrite(p, district);
      const result = await c.get('deps').database.db.transaction(async (tx) => {
        if (!(await findDistrict(tx, district))) throw notFound('district');
        const r = await upsertBudget(tx, { districtCode: district, month, amountFen });
        await audit(tx, { actor: actorOf(p), action: 'budget.set', entity: 'subsidy_budget', entityId: `${district}/${month}`, detail: { amountFen } });
        return r;
      });
      return c.json(result.row, result.created ? 201 : 200);
    },
  );

  app.openapi(
    createRoute({ method: 'delete', path: '/subsidies/budgets/{district}/{month}', tags, summary: "Remove a district's budget for a month", request: { params: BudgetParams }, responses: { 204: { description: 'deleted' }, ...errs } }),
    async (c) => {
      const p = c.get('principal');
      const { district, month } = c.req.valid('param');
      requireDistrictWrite(p, district);
      await c.get('deps').database.db.transaction(async (tx) => {
        if (!(await deleteBudget(tx, district, month))) throw notFound('budget');
        await audit(tx, { actor: actorOf(p), action: 'budget.delete', entity: 'subsidy_budget', entityId: `${district}/${month}` });
      });
      return c.body(null, 204);
    },
  );

  // ---- rules ----
  app.openapi(
    createRoute({ method: 'get', path: '/subsidies/rules', tags, summary: 'Subsidy rules: database rows and the built-in defaults, and which are in force', responses: { 200: jsonContent(z.object({ items: z.array(RuleOut) }), 'rules'), ...errs } }),
    async (c) => {
      requireReader(c.get('principal'));
      const db = c.get('deps').database.db;
      const dbRows = await listRuleDbRows(db);
      const rows = dbRows.map(ruleRowOf);
      const live = new Set(effectiveRules(rows).map((r) => r.id));
      const fromDb = dbRows.map((row, i) => ruleOut(ruleFromRow(rows[i]!), row, live.has(ruleIdOf(rows[i]!))));
      const defaults = DEFAULT_SUBSIDY_RULES.map((r) => ruleOut(r, null, live.has(r.id)));
      return c.json({ items: [...fromDb, ...defaults] }, 200);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: '/subsidies/rules', tags, summary: 'Add a subsidy rule (city-wide or for one district) valid from a date', request: { body: jsonBody(RuleInput) }, responses: { 201: jsonContent(RuleOut, 'created'), ...errs } }),
    async (c) => {
      const p = c.get('principal');
      const input = c.req.valid('json');
      requireDistrictWrite(p, input.districtCode);
      const { districtCode, code, validFrom, validTo, ...body } = input;
      const rule: RuleBody = { ...body, when: input.when };
      const db = c.get('deps').database.db;
      const row = await db.transaction(async (tx) => {
        if (districtCode !== null && !(await findDistrict(tx, districtCode))) throw fieldError('districtCode', 'no such district');
        const existing = await loadRuleRows(tx);
        const taken = new Set([...DEFAULT_SUBSIDY_RULES.map((r) => r.id), ...existing.map(ruleIdOf)]);
        if (rule.id !== undefined && taken.has(rule.id)) throw new ApiError('conflict', `rule id ${rule.id} exists`, [{ pointer: '/id', detail: 'already exists', in: 'body' }]);
        const r = await insertRuleRow(tx, { districtCode, code, rule, validFrom, validTo });
        await audit(tx, { actor: actorOf(p), action: 'subsidy_rule.create', entity: 'subsidy_rule', entityId: r.id, detail: input });
        return r;
      });
      return c.json(await ruleOutOf(db, row), 201);
    },
  );

  app.openapi(
    createRoute({ method: 'patch', path: '/subsidies/rules/{id}', tags, summary: 'End a rule (validTo) or fix its label or basis; amounts and conditions never change', request: { params: RuleIdParam, body: jsonBody(RulePatch) }, responses: { 200: jsonContent(RuleOut, 'updated'), ...errs } }),
    async (c) => {
      const p = c.get('principal');
      const { id } = c.req.valid('param');
      const patch = c.req.valid('json');
      const db = c.get('deps').database.db;
      const row = await db.transaction(async (tx) => {
        const current = await findRuleRow(tx, id);
        if (!current) throw notFound('subsidy rule');
        requireDistrictWrite(p, current.districtCode);
        const validTo = patch.validTo === undefined ? current.validTo : patch.validTo;
        if (validTo !== null && validTo < current.validFrom) throw fieldError('validTo', 'must not be before validFrom');
        const body = current.rule as RuleBody;
        const rule: RuleBody = { ...body, ...(patch.labelZh ? { labelZh: patch.labelZh } : {}), ...(patch.basis ? { basis: patch.basis } : {}) };
        const r = await updateRuleRow(tx, id, { rule, validTo });
        await audit(tx, { actor: actorOf(p), action: 'subsidy_rule.update', entity: 'subsidy_rule', entityId: id, detail: patch });
        return r;
      });
      return c.json(await ruleOutOf(db, row), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'delete', path: '/subsidies/rules/{id}', tags, summary: 'Delete a rule no record was priced with (409 otherwise: end it instead)', request: { params: RuleIdParam }, responses: { 204: { description: 'deleted' }, ...errs } }),
    async (c) => {
      const p = c.get('principal');
      const { id } = c.req.valid('param');
      await c.get('deps').database.db.transaction(async (tx) => {
        const current = await findRuleRow(tx, id);
        if (!current) throw notFound('subsidy rule');
        requireDistrictWrite(p, current.districtCode);
        if (await ruleUsed(tx, ruleIdOf({ id, rule: current.rule as RuleBody }))) {
          throw new ApiError('conflict', 'ledger records cite this rule; end it with validTo instead of deleting it');
        }
        await deleteRuleRow(tx, id);
        await audit(tx, { actor: actorOf(p), action: 'subsidy_rule.delete', entity: 'subsidy_rule', entityId: id });
      });
      return c.body(null, 204);
    },
  );

  return app;
}
