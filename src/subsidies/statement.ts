// Monthly subsidy statement: one line per person, summed from the ledger records (so the total
// is exactly the sum of the records), with the district's budget beside it, as JSON or as CSV
// (UTF-8 with a BOM so Excel reads the Chinese). Pure; amounts in integer fen.

export interface LedgerLine {
  id: number;
  personId: number;
  shiftId: number;
  districtCode: string;
  ruleCode: string;
  amountFen: number;
  reverses: number | null;
}

export interface PersonInfo {
  id: number;
  code: string;
  name: string;
  publicOfficial: boolean;
  employerName: string | null;
}

export interface StatementLine {
  personId: number;
  code: string;
  name: string;
  employer: string | null;
  publicOfficial: boolean;
  /** Duties paid, net of reversals. */
  duties: number;
  /** Ledger records behind the line (payments and reversals). */
  records: number;
  amountFen: number;
  /** The shifts the person is paid for (traceable to the roster). */
  shiftIds: number[];
}

export interface Statement {
  month: string;
  /** null: every district. */
  district: string | null;
  budgetFen: number | null;
  spentFen: number;
  remainingFen: number | null;
  overBudget: boolean;
  lines: StatementLine[];
  totals: { records: number; duties: number; amountFen: number };
}

export function buildStatement(input: {
  month: string;
  district: string | null;
  records: readonly LedgerLine[];
  people: readonly PersonInfo[];
  budgetFen: number | null;
}): Statement {
  const who = new Map(input.people.map((p) => [p.id, p]));
  const reversed = new Set(input.records.flatMap((r) => (r.reverses === null ? [] : [r.reverses])));
  const byPerson = new Map<number, LedgerLine[]>();
  for (const r of input.records) byPerson.set(r.personId, [...(byPerson.get(r.personId) ?? []), r]);
  const lines = [...byPerson].map(([personId, rs]): StatementLine => {
    const p = who.get(personId);
    const payments = rs.filter((r) => r.reverses === null);
    return {
      personId,
      code: p?.code ?? '',
      name: p?.name ?? '',
      employer: p?.employerName ?? null,
      publicOfficial: p?.publicOfficial ?? false,
      duties: payments.length - (rs.length - payments.length),
      records: rs.length,
      amountFen: rs.reduce((s, r) => s + r.amountFen, 0),
      shiftIds: [...new Set(payments.filter((r) => !reversed.has(r.id)).map((r) => r.shiftId))].sort((a, b) => a - b),
    };
  });
  lines.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : a.personId - b.personId));
  const amountFen = input.records.reduce((s, r) => s + r.amountFen, 0);
  const totals = { records: input.records.length, duties: lines.reduce((s, l) => s + l.duties, 0), amountFen };
  const remainingFen = input.budgetFen === null ? null : input.budgetFen - amountFen;
  return {
    month: input.month,
    district: input.district,
    budgetFen: input.budgetFen,
    spentFen: amountFen,
    remainingFen,
    overBudget: remainingFen !== null && remainingFen < 0,
    lines,
    totals,
  };
}

/** Integer fen → '1234.56' (yuan with two decimals), exact. */
export function fenToYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** A CSV field: quoted when needed; text that a spreadsheet would run as a formula is defused. */
function text(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const STATEMENT_CSV_COLUMNS = [
  '月份', '区县代码', '人员编号', '姓名', '所属机构', '公职人员', '值班次数', '记录条数', '补贴金额(元)', '补贴金额(分)', '班次编号',
] as const;

/** CSV with a UTF-8 BOM and CRLF line ends; one line per person, then a 合计 line. */
export function statementCsv(s: Statement): string {
  const district = s.district ?? '全市';
  const rows = [
    STATEMENT_CSV_COLUMNS.map(text).join(','),
    ...s.lines.map((l) =>
      [
        text(s.month), text(district), text(l.code), text(l.name), text(l.employer ?? ''), l.publicOfficial ? '是' : '否',
        String(l.duties), String(l.records), fenToYuan(l.amountFen), String(l.amountFen), l.shiftIds.join(' '),
      ].join(','),
    ),
    [text(s.month), text(district), '', '合计', '', '', String(s.totals.duties), String(s.totals.records), fenToYuan(s.totals.amountFen), String(s.totals.amountFen), ''].join(','),
  ];
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}
