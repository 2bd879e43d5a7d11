// The ledger hook publication calls inside its transaction: compares the new version's duties
// with the roster's open records and appends records (never updates or deletes: the database
// refuses both). Rules are the ones in force now (subsidy_rules rows over the defaults), picked
// by each duty's date; records already written keep the amounts they were written with.
import type { Queryable, Tx } from '../../db/client.js';
import { appendRecords, loadRuleRows, lockRoster, openRecords, versionDuties } from '../../db/repositories/subsidies.js';
import { planLedger } from './ledger-plan.js';
import { effectiveRules } from './rule-set.js';
import type { SubsidyRule } from './rules.js';

export interface LedgerResult {
  /** Records paying a duty (new duties, and the new side of changed ones). */
  created: number;
  /** Reversing records (removed duties, and the old side of changed ones). */
  reversed: number;
  /** Duties carried over unchanged: nothing written. */
  unchanged: number;
  /** Net change of the roster's total, fen. */
  netFen: number;
}

/** The rules the ledger and the solver's estimate use (loaded once per publication or solve). */
export async function loadSubsidyRules(db: Queryable): Promise<SubsidyRule[]> {
  return effectiveRules(await loadRuleRows(db));
}

/**
 * Writes the ledger records for a newly published roster version, in the caller's transaction
 * (src/roster/publish.ts calls it after inserting the version and its assignment snapshot).
 * Idempotent: calling it again for the same version writes nothing. `now` stamps the records.
 */
export async function recordPublishedVersion(tx: Tx, rosterId: number, version: number, now: Date): Promise<LedgerResult> {
  if (!(await lockRoster(tx, rosterId))) throw new Error(`roster ${rosterId} does not exist`);
  const [rules, open, duties] = [await loadSubsidyRules(tx), await openRecords(tx, rosterId), await versionDuties(tx, rosterId, version)];
  const plan = planLedger(rules, open, duties);
  await appendRecords(tx, rosterId, version, now, [...plan.reversals, ...plan.records]);
  const netFen = [...plan.reversals, ...plan.records].reduce((sum, r) => sum + r.amountFen, 0);
  return { created: plan.records.length, reversed: plan.reversals.length, unchanged: plan.unchanged, netFen };
}
