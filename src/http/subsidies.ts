// /api/v1/subsidies: the monthly statement (JSON, or CSV with a BOM for Excel) and the ledger
// records behind it. Finance and admins read everything, coordinators their district, a person
// their own lines. Budgets and rules are in subsidy-settings.ts.
import { createRoute } from '@hono/zod-openapi';
import { listBudgets, listRecords, statementPeople, statementRecords } from '../../db/repositories/subsidies.js';
import { jsonContent, listOf, problemResponses } from '../../schemas/common.js';
import { LedgerRecord, RecordQuery, Statement, StatementQuery } from '../../schemas/subsidies.js';
import type { Principal } from '../auth/principal.js';
import { ApiError } from '../errors.js';
import { buildStatement, statementCsv } from '../subsidies/statement.js';
import { createRouter } from './router.js';
import { subsidySettingRoutes } from './subsidy-settings.js';

const tags = ['subsidies'];
const errs = problemResponses(401, 403, 422);

/** What the caller may read: a district (or all), and for a person only their own lines. */
export function subsidyReadScope(p: Principal, district: string | undefined): { district: string | undefined; person: number | undefined } {
  switch (p.role) {
    case 'admin':
    case 'finance':
      return { district, person: undefined };
    case 'coordinator':
      if (p.districtCode === null) return { district, person: undefined };
      if (district !== undefined && district !== p.districtCode) {
        throw new ApiError('forbidden', `this token coordinates district ${p.districtCode}, not ${district}`);
      }
      return { district: p.districtCode, person: undefined };
    case 'person':
      if (p.personId === null) break;
      return { district, person: p.personId };
    default:
      break;
  }
  throw new ApiError('forbidden', `role ${p.role} may not read subsidies`);
}

const iso = (d: Date) => d.toISOString();

export function subsidyRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/subsidies/statements',
      tags,
      summary: 'Monthly statement: one line per person, spend against budget (JSON, or CSV with ?format=csv or Accept: text/csv)',
      request: { query: StatementQuery },
      responses: {
        200: { description: 'statement', content: { 'application/json': { schema: Statement }, 'text/csv': { schema: { type: 'string' } } } },
        ...errs,
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const scope = subsidyReadScope(c.get('principal'), q.district);
      const db = c.get('deps').database.db;
      const records = await statementRecords(db, { month: q.month, district: scope.district, person: scope.person });
      const people = await statementPeople(db, [...new Set(records.map((r) => r.personId))]);
      const budgets = await listBudgets(db, { month: q.month, district: scope.district });
      const budgetFen = budgets.length ? budgets.reduce((s, b) => s + b.amountFen, 0) : null;
      const statement = buildStatement({ month: q.month, district: scope.district ?? null, records, people, budgetFen });
      const csv = q.format === 'csv' || (q.format === undefined && /\btext\/csv\b/.test(c.req.header('accept') ?? ''));
      if (csv) {
        const name = `subsidy-${q.month}-${scope.district ?? 'city'}${scope.person !== undefined ? `-p${scope.person}` : ''}.csv`;
        return new Response(statementCsv(statement), {
          status: 200,
          headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${name}"` },
        }) as never;
      }
      return c.json(statement, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/subsidies/records',
      tags,
      summary: 'Ledger records (append-only; a correction is a reversing record), filtered by month, district, person, roster',
      request: { query: RecordQuery },
      responses: { 200: jsonContent(listOf(LedgerRecord, 'SubsidyRecordList'), 'records'), ...errs },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const scope = subsidyReadScope(c.get('principal'), q.district);
      if (scope.person !== undefined && q.person !== undefined && q.person !== scope.person) {
        throw new ApiError('forbidden', 'a person reads only their own records');
      }
      const page = await listRecords(c.get('deps').database.db, { ...q, district: scope.district, person: scope.person ?? q.person });
      return c.json({ ...page, items: page.items.map((r) => ({ ...r, createdAt: iso(r.createdAt) })) }, 200);
    },
  );

  app.route('/', subsidySettingRoutes());
  return app;
}
