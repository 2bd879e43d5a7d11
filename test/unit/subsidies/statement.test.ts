// Statements: per-person lines sum exactly to the records; reversals net out; budget remaining;
// the CSV has a BOM, the columns finance expects, CRLF, exact yuan, and defused formulas.
import { describe, expect, it } from 'vitest';
import { STATEMENT_CSV_COLUMNS, buildStatement, fenToYuan, statementCsv, type LedgerLine, type PersonInfo } from '../../../src/subsidies/statement.js';

const people: PersonInfo[] = [
  { id: 1, code: 'L1', name: '王芳', publicOfficial: false, employerName: '贵州凉都律师事务所' },
  { id: 2, code: 'V1', name: '=李强', publicOfficial: true, employerName: null },
];
const rec = (id: number, personId: number, shiftId: number, amountFen: number, reverses: number | null = null): LedgerLine => ({
  id, personId, shiftId, districtCode: '520201', ruleCode: 'r', amountFen, reverses,
});
const records = [rec(1, 1, 10, 20_000), rec(2, 1, 11, 10_000), rec(3, 2, 12, 0), rec(4, 1, 11, -10_000, 2), rec(5, 1, 13, 28_033)];

describe('buildStatement', () => {
  const s = buildStatement({ month: '2026-12', district: '520201', records, people, budgetFen: 40_000 });
  it('one line per person, net duties and the shifts still paid', () => {
    expect(s.lines.map((l) => [l.code, l.duties, l.records, l.amountFen, l.shiftIds])).toEqual([
      ['L1', 2, 4, 48_033, [10, 13]],
      ['V1', 1, 1, 0, [12]],
    ]);
  });
  it('totals are the sum of the records; lines sum to the total; spend against budget', () => {
    const sum = records.reduce((a, r) => a + r.amountFen, 0);
    expect(s.totals).toEqual({ records: 5, duties: 3, amountFen: sum });
    expect(s.lines.reduce((a, l) => a + l.amountFen, 0)).toBe(sum);
    expect(s).toMatchObject({ spentFen: sum, budgetFen: 40_000, remainingFen: 40_000 - sum, overBudget: true });
    expect(buildStatement({ month: '2026-12', district: null, records: [], people: [], budgetFen: null })).toMatchObject({ remainingFen: null, overBudget: false, lines: [] });
  });
});

describe('fenToYuan', () => {
  it.each([[0, '0.00'], [5, '0.05'], [33_333, '333.33'], [-10_000, '-100.00'], [-7, '-0.07'], [123_456_789, '1234567.89']])('%d fen → %s', (fen, yuan) => {
    expect(fenToYuan(fen)).toBe(yuan);
  });
});

describe('statementCsv', () => {
  const csv = statementCsv(buildStatement({ month: '2026-12', district: '520201', records, people, budgetFen: null }));
  it('starts with a UTF-8 BOM, uses CRLF, and has the columns in order', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]!.split(',')).toEqual([...STATEMENT_CSV_COLUMNS]);
    expect(lines[1]).toBe('2026-12,520201,L1,王芳,贵州凉都律师事务所,否,2,4,480.33,48033,10 13');
    expect(lines[2]).toBe("2026-12,520201,V1,'=李强,,是,1,1,0.00,0,12"); // a formula is defused
    expect(lines[3]).toBe('2026-12,520201,,合计,,,3,5,480.33,48033,');
  });
});
