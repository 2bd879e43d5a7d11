// The pure heart of the ledger: compares the duties a newly published version holds with the
// roster's open records (written and not reversed) and plans append-only records — one for each
// new duty, a reversal plus a new record for a changed duty, a reversal for a removed one, and
// nothing for an unchanged one. A duty is one person on one shift.
import { assignmentPrice, pricingRole, type PersonFacts, type ShiftFacts, type SiteFacts } from './pricing.js';
import type { PriceLine, SubsidyRole, SubsidyRule } from './rules.js';

export interface VersionDuty {
  personId: number;
  shiftId: number;
  seatGroup: number;
  seatIndex: number;
  seatRoles: readonly SubsidyRole[];
  shift: ShiftFacts;
  siteId: number;
  site: SiteFacts;
  person: PersonFacts;
}

/** What a record keeps about the duty it pays (subsidy_records.detail). */
export interface RecordDetail {
  /** Facts whose change makes a changed duty: start, end, site, role paid as. */
  fingerprint: string;
  role: SubsidyRole;
  siteId: number;
  siteType: string;
  startsAt: string;
  endsAt: string;
  minutes: number;
  lines: PriceLine[];
  /** Reversals: why. */
  reason?: 'removed' | 'changed';
}

/** The columns of a ledger record that say who, what, where and how much. */
interface RecordFields {
  personId: number;
  shiftId: number;
  districtCode: string;
  month: string;
  ruleCode: string;
  amountFen: number;
}

/** A record written and not reversed (never a reversal itself). */
export interface OpenRecord extends RecordFields {
  id: number;
  detail: RecordDetail | null;
}

export interface PlannedRecord extends RecordFields {
  reverses: number | null;
  detail: RecordDetail | { reason: 'removed' | 'changed'; fingerprint: string | null };
}

export interface LedgerPlan {
  reversals: PlannedRecord[];
  records: PlannedRecord[];
  unchanged: number;
}

/** Rule code written when no rule covers a duty (amount 0): the duty is still on record. */
export const NO_RULE = 'no_rule';

const iso = (t: Date | string) => (t instanceof Date ? t.toISOString() : new Date(t).toISOString());
const keyOf = (personId: number, shiftId: number) => `${personId}:${shiftId}`;

function fingerprintOf(d: VersionDuty, role: SubsidyRole): string {
  return [iso(d.shift.startsAt), iso(d.shift.endsAt), d.siteId, role].join('|');
}

function recordFor(rules: readonly SubsidyRule[], d: VersionDuty): PlannedRecord {
  const price = assignmentPrice(rules, d.shift, d.site, d.person, d.seatRoles);
  const paidAs = pricingRole(d.person.roles, d.seatRoles);
  const start = iso(d.shift.startsAt);
  const end = iso(d.shift.endsAt);
  return {
    personId: d.personId,
    shiftId: d.shiftId,
    // City-wide desks (no district) are paid from the person's home district budget.
    districtCode: d.site.districtCode ?? d.person.homeDistrictCode,
    month: d.shift.localDate.slice(0, 7),
    ruleCode: price.ruleId ?? NO_RULE,
    amountFen: price.amountFen,
    reverses: null,
    detail: {
      fingerprint: fingerprintOf(d, paidAs),
      role: paidAs,
      siteId: d.siteId,
      siteType: d.site.type,
      startsAt: start,
      endsAt: end,
      minutes: Math.round((Date.parse(end) - Date.parse(start)) / 60_000),
      lines: price.lines,
    },
  };
}

function reversalOf(r: OpenRecord, reason: 'removed' | 'changed'): PlannedRecord {
  return {
    personId: r.personId,
    shiftId: r.shiftId,
    districtCode: r.districtCode,
    month: r.month,
    ruleCode: r.ruleCode,
    amountFen: -r.amountFen,
    reverses: r.id,
    detail: { reason, fingerprint: r.detail?.fingerprint ?? null },
  };
}

/** Plans the records for a new version. Idempotent: planning again after writing the plan gives
 *  an empty plan. Inputs are not mutated; output order is deterministic. */
export function planLedger(rules: readonly SubsidyRule[], open: readonly OpenRecord[], duties: readonly VersionDuty[]): LedgerPlan {
  const wanted = new Map<string, VersionDuty>();
  for (const d of [...duties].sort((a, b) => a.personId - b.personId || a.shiftId - b.shiftId || a.seatGroup - b.seatGroup || a.seatIndex - b.seatIndex)) {
    const k = keyOf(d.personId, d.shiftId);
    if (!wanted.has(k)) wanted.set(k, d); // two seats on one shift are one duty
  }
  const held = new Map<string, OpenRecord>();
  for (const r of [...open].sort((a, b) => a.id - b.id)) held.set(keyOf(r.personId, r.shiftId), r);

  const reversals: PlannedRecord[] = [];
  const records: PlannedRecord[] = [];
  let unchanged = 0;
  for (const [k, r] of held) {
    if (!wanted.has(k)) reversals.push(reversalOf(r, 'removed'));
  }
  for (const [k, d] of wanted) {
    const next = recordFor(rules, d);
    const r = held.get(k);
    if (!r) records.push(next);
    else if (r.detail?.fingerprint === (next.detail as RecordDetail).fingerprint) unchanged++;
    else {
      reversals.push(reversalOf(r, 'changed'));
      records.push(next);
    }
  }
  return { reversals, records, unchanged };
}
