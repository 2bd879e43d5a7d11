// Subsidy rules, monthly budgets and the append-only ledger: the only SQL of src/subsidies/.
// Ledger writes are INSERTs only (the database refuses UPDATE, DELETE and TRUNCATE on it).
import { and, asc, count, eq, inArray, isNull, notExists, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { RecordDetail, OpenRecord, PlannedRecord, VersionDuty } from '../../src/subsidies/ledger-plan.js';
import type { RuleBody, RuleRow } from '../../src/subsidies/rule-set.js';
import type { LedgerLine, PersonInfo } from '../../src/subsidies/statement.js';
import type { SubsidyRole, SubsidySiteType } from '../../src/subsidies/rules.js';
import type { Queryable } from '../client.js';
import { employers, people, publishedAssignments, rosters, shifts, sites, subsidyBudgets, subsidyRecords, subsidyRules } from '../schema/index.js';
import type { Page } from './paging.js';

const all = (...conds: (SQL | undefined)[]) => {
  const present = conds.filter((c): c is SQL => c !== undefined);
  return present.length ? and(...present) : undefined;
};

// ---- rules ----

export type RuleDbRow = typeof subsidyRules.$inferSelect;

export const ruleRowOf = (r: RuleDbRow): RuleRow => ({ id: r.id, districtCode: r.districtCode, code: r.code, rule: r.rule as RuleBody, validFrom: r.validFrom, validTo: r.validTo });

export function listRuleDbRows(db: Queryable): Promise<RuleDbRow[]> {
  return db.select().from(subsidyRules).orderBy(asc(subsidyRules.id));
}

export async function loadRuleRows(db: Queryable): Promise<RuleRow[]> {
  return (await listRuleDbRows(db)).map(ruleRowOf);
}

export async function findRuleRow(db: Queryable, id: number): Promise<RuleDbRow | undefined> {
  const [row] = await db.select().from(subsidyRules).where(eq(subsidyRules.id, id));
  return row;
}

export async function insertRuleRow(db: Queryable, v: { districtCode: string | null; code: string; rule: RuleBody; validFrom: string; validTo: string | null }): Promise<RuleDbRow> {
  const [row] = await db.insert(subsidyRules).values(v).returning();
  return row!;
}

export async function updateRuleRow(db: Queryable, id: number, v: Partial<{ rule: RuleBody; validTo: string | null }>): Promise<RuleDbRow> {
  const [row] = await db.update(subsidyRules).set(v).where(eq(subsidyRules.id, id)).returning();
  return row!;
}

export async function deleteRuleRow(db: Queryable, id: number): Promise<void> {
  await db.delete(subsidyRules).where(eq(subsidyRules.id, id));
}

/** Whether any ledger record was priced by this rule id, as base rule or as a supplement line
 *  (then the rule is history: end it instead). */
export async function ruleUsed(db: Queryable, ruleId: string): Promise<boolean> {
  const line = JSON.stringify([{ ruleId }]);
  const [row] = await db
    .select({ id: subsidyRecords.id })
    .from(subsidyRecords)
    .where(or(eq(subsidyRecords.ruleCode, ruleId), sql`${subsidyRecords.detail}->'lines' @> ${line}::jsonb`))
    .limit(1);
  return row !== undefined;
}

// ---- budgets ----

export type BudgetRow = typeof subsidyBudgets.$inferSelect;

export function listBudgets(db: Queryable, q: { month?: string | undefined; district?: string | undefined }): Promise<BudgetRow[]> {
  return db
    .select()
    .from(subsidyBudgets)
    .where(all(q.month ? eq(subsidyBudgets.month, q.month) : undefined, q.district ? eq(subsidyBudgets.districtCode, q.district) : undefined))
    .orderBy(asc(subsidyBudgets.month), asc(subsidyBudgets.districtCode));
}

export async function upsertBudget(db: Queryable, v: BudgetRow): Promise<{ row: BudgetRow; created: boolean }> {
  const [before] = await db.select().from(subsidyBudgets).where(and(eq(subsidyBudgets.districtCode, v.districtCode), eq(subsidyBudgets.month, v.month)));
  const [row] = await db
    .insert(subsidyBudgets)
    .values(v)
    .onConflictDoUpdate({ target: [subsidyBudgets.districtCode, subsidyBudgets.month], set: { amountFen: v.amountFen } })
    .returning();
  return { row: row!, created: before === undefined };
}

export async function deleteBudget(db: Queryable, district: string, month: string): Promise<boolean> {
  const rows = await db
    .delete(subsidyBudgets)
    .where(and(eq(subsidyBudgets.districtCode, district), eq(subsidyBudgets.month, month)))
    .returning({ m: subsidyBudgets.month });
  return rows.length > 0;
}

// ---- ledger ----

/** Serialises publications of one roster's ledger (the lead's publish holds it already). */
export async function lockRoster(db: Queryable, rosterId: number): Promise<boolean> {
  const rows = await db.select({ id: rosters.id }).from(rosters).where(eq(rosters.id, rosterId)).for('update');
  return rows.length > 0;
}

/** Every (person, seat) of a published version, with the facts pricing needs. */
export async function versionDuties(db: Queryable, rosterId: number, version: number): Promise<VersionDuty[]> {
  const rows = await db
    .select({
      personId: publishedAssignments.personId,
      shiftId: publishedAssignments.shiftId,
      seatGroup: publishedAssignments.seatGroup,
      seatIndex: publishedAssignments.seatIndex,
      seats: shifts.seats,
      startsAt: shifts.startsAt,
      endsAt: shifts.endsAt,
      localDate: shifts.localDate,
      tags: shifts.tags,
      siteId: shifts.siteId,
      siteType: sites.type,
      siteDistrict: sites.districtCode,
      roles: people.roles,
      publicOfficial: people.publicOfficial,
      homeDistrictCode: people.homeDistrictCode,
    })
    .from(publishedAssignments)
    .innerJoin(shifts, eq(shifts.id, publishedAssignments.shiftId))
    .innerJoin(sites, eq(sites.id, shifts.siteId))
    .innerJoin(people, eq(people.id, publishedAssignments.personId))
    .where(and(eq(publishedAssignments.rosterId, rosterId), eq(publishedAssignments.version, version)));
  return rows.map((r) => ({
    personId: r.personId,
    shiftId: r.shiftId,
    seatGroup: r.seatGroup,
    seatIndex: r.seatIndex,
    seatRoles: (r.seats[r.seatGroup]?.roles ?? []) as SubsidyRole[],
    shift: { startsAt: r.startsAt, endsAt: r.endsAt, localDate: r.localDate, tags: r.tags },
    siteId: r.siteId,
    site: { type: r.siteType as SubsidySiteType, districtCode: r.siteDistrict },
    person: { roles: r.roles as SubsidyRole[], publicOfficial: r.publicOfficial, homeDistrictCode: r.homeDistrictCode },
  }));
}

/** The roster's records that are neither reversals nor reversed. */
export async function openRecords(db: Queryable, rosterId: number): Promise<OpenRecord[]> {
  const rev = alias(subsidyRecords, 'rev');
  const rows = await db
    .select({
      id: subsidyRecords.id,
      personId: subsidyRecords.personId,
      shiftId: subsidyRecords.shiftId,
      districtCode: subsidyRecords.districtCode,
      month: subsidyRecords.month,
      ruleCode: subsidyRecords.ruleCode,
      amountFen: subsidyRecords.amountFen,
      detail: subsidyRecords.detail,
    })
    .from(subsidyRecords)
    .where(
      and(
        eq(subsidyRecords.rosterId, rosterId),
        isNull(subsidyRecords.reverses),
        notExists(db.select({ one: sql`1` }).from(rev).where(eq(rev.reverses, subsidyRecords.id))),
      ),
    )
    .orderBy(asc(subsidyRecords.id));
  return rows.map((r) => ({ ...r, detail: r.detail as RecordDetail | null }));
}

/** Appends planned records (reversals first, so a changed duty reads reversal then new). */
export async function appendRecords(db: Queryable, rosterId: number, version: number, now: Date, planned: readonly PlannedRecord[]): Promise<number> {
  const BATCH = 500;
  for (let i = 0; i < planned.length; i += BATCH) {
    await db.insert(subsidyRecords).values(
      planned.slice(i, i + BATCH).map((p) => ({ ...p, rosterId, rosterVersion: version, createdAt: now })),
    );
  }
  return planned.length;
}

export type RecordRow = typeof subsidyRecords.$inferSelect;

export interface RecordQuery {
  month?: string | undefined;
  district?: string | undefined;
  person?: number | undefined;
  roster?: number | undefined;
  limit: number;
  offset: number;
}

const recordWhere = (q: Omit<RecordQuery, 'limit' | 'offset'>) =>
  all(
    q.month ? eq(subsidyRecords.month, q.month) : undefined,
    q.district ? eq(subsidyRecords.districtCode, q.district) : undefined,
    q.person !== undefined ? eq(subsidyRecords.personId, q.person) : undefined,
    q.roster !== undefined ? eq(subsidyRecords.rosterId, q.roster) : undefined,
  );

export async function listRecords(db: Queryable, q: RecordQuery): Promise<Page<RecordRow>> {
  const where = recordWhere(q);
  const [items, totals] = await Promise.all([
    db.select().from(subsidyRecords).where(where).orderBy(asc(subsidyRecords.id)).limit(q.limit).offset(q.offset),
    db.select({ n: count() }).from(subsidyRecords).where(where),
  ]);
  return { items, total: totals[0]?.n ?? 0, limit: q.limit, offset: q.offset };
}

/** Every record of a month (and district, and person) — the statement is summed from these. */
export function statementRecords(db: Queryable, q: { month: string; district?: string | undefined; person?: number | undefined }): Promise<LedgerLine[]> {
  return db
    .select({
      id: subsidyRecords.id,
      personId: subsidyRecords.personId,
      shiftId: subsidyRecords.shiftId,
      districtCode: subsidyRecords.districtCode,
      ruleCode: subsidyRecords.ruleCode,
      amountFen: subsidyRecords.amountFen,
      reverses: subsidyRecords.reverses,
    })
    .from(subsidyRecords)
    .where(recordWhere(q))
    .orderBy(asc(subsidyRecords.id));
}

export async function statementPeople(db: Queryable, ids: readonly number[]): Promise<PersonInfo[]> {
  if (ids.length === 0) return [];
  return db
    .select({ id: people.id, code: people.code, name: people.name, publicOfficial: people.publicOfficial, employerName: employers.name })
    .from(people)
    .leftJoin(employers, eq(employers.code, people.employerCode))
    .where(inArray(people.id, [...ids]));
}
