// The ledger through the database: one record per duty on publish, reversal + new on a changed
// duty, reversal on a removed one; the database itself refuses UPDATE, DELETE, TRUNCATE and a
// second reversal; statements (JSON and CSV) reconcile exactly with the sum of the records;
// finance reads but cannot write; a person reads only their own lines.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../db/repositories/tokens.js';
import { people, subsidyRecords } from '../../db/schema/index.js';
import { listOf } from '../../schemas/common.js';
import { LedgerRecord, Statement } from '../../schemas/subsidies.js';
import { recordPublishedVersion } from '../../src/subsidies/ledger.js';
import { STATEMENT_CSV_COLUMNS } from '../../src/subsidies/statement.js';
import { addShifts, createRoster, publishVersion, type ShiftRow } from '../fixtures/published-roster.js';
import { smallRegistry } from '../fixtures/registry.js';
import { testApp, type TestContext } from '../support/app.js';
import { expectProblem } from '../support/problem.js';

let t: TestContext;
let reg: Awaited<ReturnType<typeof smallRegistry>>;
let roster: number;
let s: ShiftRow[];
let far: { id: number };
const at = (day: number, hh: number) => new Date(Date.UTC(2026, 11, day, hh - 8)).toISOString();

async function ledger(): Promise<{ id: number; personId: number; shiftId: number; amountFen: number; reverses: number | null; rosterVersion: number; ruleCode: string }[]> {
  return t.database.db
    .select({ id: subsidyRecords.id, personId: subsidyRecords.personId, shiftId: subsidyRecords.shiftId, amountFen: subsidyRecords.amountFen, reverses: subsidyRecords.reverses, rosterVersion: subsidyRecords.rosterVersion, ruleCode: subsidyRecords.ruleCode })
    .from(subsidyRecords)
    .orderBy(subsidyRecords.id);
}

beforeAll(async () => {
  t = await testApp();
  reg = await smallRegistry(t.database);
  const [row] = await t.database.db
    .insert(people)
    .values({ code: 'L9', name: '陈晨', roles: ['lawyer'], homeDistrictCode: '520204', homeLat: 26.55, homeLon: 104.95, contractStart: '2025-01-01' })
    .returning();
  far = row!;
  roster = await createRoster(t.database, { period: '2026-12' });
  s = await addShifts(t.database, roster, [
    { siteId: reg.station.id, startsAt: at(3, 9), endsAt: at(3, 17) }, // full day, 520201
    { siteId: reg.station.id, startsAt: at(4, 9), endsAt: at(4, 12) }, // half day
    { siteId: reg.workroom.id, startsAt: at(9, 9), endsAt: at(9, 13), groupKey: 'v', groupCount: 1 }, // 520204 village
    { siteId: reg.workroom.id, startsAt: at(16, 9), endsAt: at(16, 13), groupKey: 'v', groupCount: 1 },
    { siteId: reg.school.id, startsAt: at(7, 10), endsAt: at(7, 11), seats: [{ roles: ['legal_vice_principal'], skills: [], languages: [], count: 1 }] },
  ]);
});
afterAll(() => t.close());

describe('ledger on publish', () => {
  it('version 1 writes one priced record per duty served', async () => {
    const r = await publishVersion(t.database, roster, [
      { shiftId: s[0]!.id, personId: reg.lawyer.id },
      { shiftId: s[1]!.id, personId: far.id },
      { shiftId: s[2]!.id, personId: reg.lawyer.id },
      { shiftId: s[4]!.id, personId: reg.vp.id },
    ], new Date('2026-11-25T02:00:00Z'));
    expect(r.ledger).toEqual({ created: 4, reversed: 0, unchanged: 0, netFen: 20_000 + 18_000 + 41_333 + 0 });
    expect((await ledger()).map((x) => [x.personId, x.shiftId, x.ruleCode, x.amountFen])).toEqual([
      [reg.lawyer.id, s[0]!.id, 'lps-2025.onsite-full', 20_000],
      [reg.lawyer.id, s[2]!.id, 'lps-2025.village-visit', 41_333], // 33,333 + 8,000 cross-county
      [reg.vp.id, s[4]!.id, 'lps-2025.official', 0], // a public official: 0, and the rule says why
      [far.id, s[1]!.id, 'lps-2025.onsite-half', 18_000], // 10,000 + 8,000 cross-county
    ]);
  });

  it('version 2: unchanged → nothing; moved → reversal + new; removed → reversal', async () => {
    const before = await ledger();
    const r = await publishVersion(t.database, roster, [
      { shiftId: s[0]!.id, personId: reg.lawyer.id },
      { shiftId: s[3]!.id, personId: reg.lawyer.id },
      { shiftId: s[4]!.id, personId: reg.vp.id },
    ], new Date('2026-11-28T02:00:00Z'));
    expect(r.ledger).toMatchObject({ created: 1, reversed: 2, unchanged: 2 });
    const added = (await ledger()).slice(before.length);
    const visit = before.find((x) => x.shiftId === s[2]!.id)!;
    const half = before.find((x) => x.shiftId === s[1]!.id)!;
    expect(added.map((x) => [x.shiftId, x.amountFen, x.reverses, x.rosterVersion])).toEqual([
      [s[2]!.id, -41_333, visit.id, 2], // reversals in the order of the records they reverse
      [s[1]!.id, -18_000, half.id, 2],
      [s[3]!.id, 41_333, null, 2],
    ]);
  });

  it('calling the hook again for the same version writes nothing', async () => {
    const n = (await ledger()).length;
    const r = await t.database.db.transaction((tx) => recordPublishedVersion(tx, roster, 2, new Date()));
    expect(r).toEqual({ created: 0, reversed: 0, unchanged: 3, netFen: 0 });
    expect(await ledger()).toHaveLength(n);
  });
});

describe('the database refuses to rewrite the ledger', () => {
  it('UPDATE, DELETE and TRUNCATE fail; the rows stay', async () => {
    const db = t.database.db;
    const n = (await ledger()).length;
    await expect(db.execute(sql`update subsidy_records set amount_fen = 1`)).rejects.toThrow();
    await expect(db.execute(sql`delete from subsidy_records`)).rejects.toThrow();
    await expect(db.execute(sql`truncate subsidy_records`)).rejects.toThrow();
    expect(await ledger()).toHaveLength(n);
  });

  it('a record cannot be reversed twice', async () => {
    const reversal = (await ledger()).find((x) => x.reverses !== null)!;
    const [orig] = await t.database.db.select().from(subsidyRecords).where(sql`${subsidyRecords.id} = ${reversal.reverses}`);
    const { id: _id, createdAt: _c, ...copy } = orig!;
    await expect(t.database.db.insert(subsidyRecords).values({ ...copy, amountFen: -orig!.amountFen, reverses: orig!.id })).rejects.toThrow();
  });
});

describe('statements', () => {
  const sumOfRecords = async (district?: string) => {
    const rows = await t.database.db.execute<{ total: string | number }>(
      sql`select coalesce(sum(amount_fen), 0) as total from subsidy_records where month = '2026-12' ${district ? sql`and district_code = ${district}` : sql``}`,
    );
    const list = (Array.isArray(rows) ? rows : (rows as unknown as { rows: { total: string | number }[] }).rows) as { total: string | number }[];
    return Number(list[0]!.total);
  };

  it('JSON: totals equal the sum of the records, per district and city-wide; lines add up', async () => {
    for (const district of ['520201', '520204', undefined]) {
      const res = await t.call('GET', `/api/v1/subsidies/statements?month=2026-12${district ? `&district=${district}` : ''}`, { token: t.tokens.finance });
      expect(res.status).toBe(200);
      const st = Statement.parse(await res.json());
      expect(st.totals.amountFen).toBe(await sumOfRecords(district));
      expect(st.lines.reduce((a, l) => a + l.amountFen, 0)).toBe(st.totals.amountFen);
    }
    const zs = Statement.parse(await (await t.call('GET', '/api/v1/subsidies/statements?month=2026-12&district=520201', { token: t.tokens.finance })).json());
    expect(zs.lines.map((l) => [l.code, l.duties, l.amountFen])).toEqual([['L1', 1, 20_000], ['L9', 0, 0], ['V1', 1, 0]]);
  });

  it('CSV: UTF-8 with BOM, the right columns, a line per person and a 合计 line matching the JSON', async () => {
    const res = await t.call('GET', '/api/v1/subsidies/statements?month=2026-12&district=520204', { token: t.tokens.finance, headers: { accept: 'text/csv' } });
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="subsidy-2026-12-520204.csv"');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1).trimEnd().split('\r\n');
    expect(lines[0]!.split(',')).toEqual([...STATEMENT_CSV_COLUMNS]);
    expect(lines.slice(1).map((l) => l.split(',').slice(2, 10))).toEqual([
      ['L1', '王芳', '贵州凉都律师事务所', '否', '1', '3', '413.33', '41333'],
      ['', '合计', '', '', '1', '3', '413.33', '41333'],
    ]);
    expect(await sumOfRecords('520204')).toBe(41_333);
  });

  it('shows spend against the month budget', async () => {
    expect((await t.call('PUT', '/api/v1/subsidies/budgets/520201/2026-12', { body: { amountFen: 15_000 } })).status).toBe(201);
    const st = Statement.parse(await (await t.call('GET', '/api/v1/subsidies/statements?month=2026-12&district=520201')).json());
    expect(st).toMatchObject({ budgetFen: 15_000, spentFen: 20_000, remainingFen: -5_000, overBudget: true });
  });

  it('finance reads but cannot write; a district coordinator reads its district only; a person only themself', async () => {
    await expectProblem(await t.call('PUT', '/api/v1/subsidies/budgets/520201/2026-12', { token: t.tokens.finance, body: { amountFen: 1 } }), 403);
    const rule = { code: 'x', kind: 'base', labelZh: '测试', amountFen: 1, basis: 'test', validFrom: '2027-01-01' };
    await expectProblem(await t.call('POST', '/api/v1/subsidies/rules', { token: t.tokens.finance, body: rule }), 403);
    const sc = (await createApiToken(t.database.db, { role: 'coordinator', districtCode: '520204' })).token;
    await expectProblem(await t.call('GET', '/api/v1/subsidies/statements?month=2026-12&district=520201', { token: sc }), 403);
    expect(Statement.parse(await (await t.call('GET', '/api/v1/subsidies/statements?month=2026-12', { token: sc })).json()).district).toBe('520204');
    const me = (await createApiToken(t.database.db, { role: 'person', personId: reg.lawyer.id })).token;
    const mine = Statement.parse(await (await t.call('GET', '/api/v1/subsidies/statements?month=2026-12', { token: me })).json());
    expect(mine.lines.map((l) => l.code)).toEqual(['L1']);
    await expectProblem(await t.call('GET', `/api/v1/subsidies/records?person=${far.id}`, { token: me }), 403);
    const school = (await createApiToken(t.database.db, { role: 'school', siteId: reg.school.id })).token;
    await expectProblem(await t.call('GET', '/api/v1/subsidies/statements?month=2026-12', { token: school }), 403);
  });

  it('lists the records behind a statement, traceable to roster, version and shift', async () => {
    const page = listOf(LedgerRecord, 'L').parse(await (await t.call('GET', `/api/v1/subsidies/records?month=2026-12&person=${reg.lawyer.id}`, { token: t.tokens.finance })).json());
    expect(page.total).toBe(4);
    expect(page.items.every((r) => r.rosterId === roster && r.personId === reg.lawyer.id)).toBe(true);
    await expectProblem(await t.call('GET', '/api/v1/subsidies/statements?month=2026-13', { token: t.tokens.finance }), 422, '/month');
  });
});
