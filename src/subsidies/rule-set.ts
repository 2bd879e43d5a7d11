// The rules in force: `subsidy_rules` rows (city-wide or per district, with validity dates)
// layered over DEFAULT_SUBSIDY_RULES. A city-wide row replaces every default of its code (at all
// dates: a gap between rows is a gap); a district row shadows the general rule of its code in
// that district (priceDuty). Base rules are tried in priority order (defaults keep their order).
import { DEFAULT_SUBSIDY_RULES } from './default-rules.js';
import type { RuleMatch, SubsidyRule } from './rules.js';

/** What a `subsidy_rules.rule` jsonb holds; code, district and dates are columns. */
export interface RuleBody {
  /** Stable id recorded in the ledger; default `db-<row id>`. */
  id?: string;
  kind: 'base' | 'supplement';
  labelZh: string;
  amountFen: number;
  when: RuleMatch;
  exclusive?: boolean;
  basis: string;
  /** Lower first among base rules; default: the position of the code among the defaults. */
  priority?: number;
}

export interface RuleRow {
  id: number;
  districtCode: string | null;
  code: string;
  rule: RuleBody;
  validFrom: string;
  validTo: string | null;
}

export function ruleIdOf(row: Pick<RuleRow, 'id' | 'rule'>): string {
  return row.rule.id ?? `db-${row.id}`;
}

export function ruleFromRow(row: RuleRow): SubsidyRule {
  const b = row.rule;
  return {
    id: ruleIdOf(row),
    kind: b.kind,
    code: row.code,
    labelZh: b.labelZh,
    amountFen: b.amountFen,
    validFrom: row.validFrom,
    validTo: row.validTo,
    ...(row.districtCode ? { district: row.districtCode } : {}),
    when: b.when,
    ...(b.exclusive ? { exclusive: true } : {}),
    basis: b.basis,
  };
}

const UNKNOWN_CODE_PRIORITY = 1000;

export function effectiveRules(rows: readonly RuleRow[], defaults: readonly SubsidyRule[] = DEFAULT_SUBSIDY_RULES): SubsidyRule[] {
  const defaultOrder = new Map<string, number>();
  defaults.forEach((r, i) => {
    if (!defaultOrder.has(r.code)) defaultOrder.set(r.code, i * 10);
  });
  const replaced = new Set(rows.filter((r) => r.districtCode === null).map((r) => r.code));
  const ranked = [
    ...defaults.filter((r) => !replaced.has(r.code)).map((r) => ({ rule: r, priority: defaultOrder.get(r.code)!, tie: 0 })),
    ...[...rows]
      .sort((a, b) => a.id - b.id)
      .map((r) => ({ rule: ruleFromRow(r), priority: r.rule.priority ?? defaultOrder.get(r.code) ?? UNKNOWN_CODE_PRIORITY, tie: 1 })),
  ];
  // Stable sort: equal priorities keep defaults first, then rows by id.
  return ranked.sort((a, b) => a.priority - b.priority || a.tie - b.tie).map((r) => r.rule);
}
