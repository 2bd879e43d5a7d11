// Ledger planning: one record per new duty, reversal + new for a changed duty, reversal for a
// removed one, nothing for an unchanged one; idempotent; after any sequence of versions the open
// records sum to exactly the price of the latest version (property test).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SUBSIDY_RULES } from '../../../src/subsidies/default-rules.js';
import { planLedger, NO_RULE, type OpenRecord, type PlannedRecord, type RecordDetail, type VersionDuty } from '../../../src/subsidies/ledger-plan.js';
import { assignmentPrice } from '../../../src/subsidies/pricing.js';

const rules = DEFAULT_SUBSIDY_RULES;

function duty(personId: number, shiftId: number, over: Partial<VersionDuty> = {}): VersionDuty {
  const day = String(1 + (shiftId % 28)).padStart(2, '0');
  return {
    personId,
    shiftId,
    seatGroup: 0,
    seatIndex: 0,
    seatRoles: ['lawyer'],
    shift: { startsAt: `2026-12-${day}T01:00:00.000Z`, endsAt: `2026-12-${day}T09:00:00.000Z`, localDate: `2026-12-${day}`, tags: [] },
    siteId: 100 + (shiftId % 3),
    site: { type: 'centre', districtCode: '520201' },
    person: { roles: ['lawyer'], publicOfficial: false, homeDistrictCode: '520201' },
    ...over,
  };
}

/** Applies a plan to the open set the way the database would (ids in insertion order). */
function apply(open: OpenRecord[], plan: ReturnType<typeof planLedger>, nextId: { n: number }): OpenRecord[] {
  const reversed = new Set(plan.reversals.map((r) => r.reverses));
  const kept = open.filter((r) => !reversed.has(r.id));
  const added = plan.records.map((p: PlannedRecord) => ({
    id: nextId.n++,
    personId: p.personId,
    shiftId: p.shiftId,
    districtCode: p.districtCode,
    month: p.month,
    ruleCode: p.ruleCode,
    amountFen: p.amountFen,
    detail: p.detail as RecordDetail,
  }));
  nextId.n += plan.reversals.length;
  return [...kept, ...added];
}

describe('planLedger', () => {
  it('writes one priced record per duty of a first version', () => {
    const plan = planLedger(rules, [], [duty(1, 1), duty(2, 1, { seatRoles: ['notary'], person: { roles: ['notary'], publicOfficial: false, homeDistrictCode: '520204' } })]);
    expect(plan.reversals).toEqual([]);
    expect(plan.records.map((r) => [r.personId, r.shiftId, r.ruleCode, r.amountFen, r.month, r.districtCode])).toEqual([
      [1, 1, 'lps-2025.onsite-full', 20_000, '2026-12', '520201'],
      [2, 1, 'lps-2025.onsite-full', 28_000, '2026-12', '520201'], // + cross-county
    ]);
    expect((plan.records[1]!.detail as RecordDetail).lines.map((l) => l.ruleId)).toEqual(['lps-2025.onsite-full', 'lps-2025.cross-county']);
  });

  it('unchanged → nothing; changed → reversal then new; removed → reversal only', () => {
    const ids = { n: 1 };
    const open = apply([], planLedger(rules, [], [duty(1, 1), duty(1, 2), duty(1, 3)]), ids);
    const moved = duty(1, 2, { shift: { ...duty(1, 2).shift, endsAt: '2026-12-03T05:00:00.000Z' } });
    const plan = planLedger(rules, open, [duty(1, 1), moved]);
    expect(plan.unchanged).toBe(1);
    expect(plan.reversals.map((r) => [r.shiftId, r.reverses, r.amountFen, (r.detail as { reason: string }).reason]).sort()).toEqual([
      [2, open[1]!.id, -20_000, 'changed'],
      [3, open[2]!.id, -20_000, 'removed'],
    ]);
    expect(plan.records.map((r) => [r.shiftId, r.ruleCode, r.amountFen])).toEqual([[2, 'lps-2025.onsite-half', 10_000]]);
  });

  it('is idempotent: planning the same version again writes nothing', () => {
    const ids = { n: 1 };
    const duties = [duty(1, 1), duty(2, 2)];
    const open = apply([], planLedger(rules, [], duties), ids);
    expect(planLedger(rules, open, duties)).toEqual({ reversals: [], records: [], unchanged: 2 });
  });

  it('two seats of one shift held by one person are one duty', () => {
    expect(planLedger(rules, [], [duty(1, 1), duty(1, 1, { seatIndex: 1 })]).records).toHaveLength(1);
  });

  it('public officials get a 0 record citing the rule that says why; an uncovered duty gets no_rule', () => {
    const official = duty(3, 1, { person: { roles: ['lawyer'], publicOfficial: true, homeDistrictCode: '520203' } });
    const school = duty(4, 2, { site: { type: 'school', districtCode: '520201' }, seatRoles: ['mediator'], person: { roles: ['mediator'], publicOfficial: false, homeDistrictCode: '520201' } });
    const recs = planLedger(rules, [], [official, school]).records;
    expect(recs.map((r) => [r.ruleCode, r.amountFen])).toEqual([['lps-2025.official', 0], [NO_RULE, 0]]);
  });

  it('a city-wide desk (no district) is booked to the person\'s home district', () => {
    const hotline = duty(5, 1, { site: { type: 'online', districtCode: null }, shift: { ...duty(5, 1).shift, tags: ['hotline', 'night'] } });
    expect(planLedger(rules, [], [hotline]).records[0]).toMatchObject({ districtCode: '520201', ruleCode: 'lps-2025.hotline-night', amountFen: 15_000 });
  });

  it('property: after any sequence of versions the open records sum to the latest version\'s price', () => {
    const version = fc.uniqueArray(fc.record({ person: fc.integer({ min: 1, max: 4 }), shift: fc.integer({ min: 1, max: 8 }), half: fc.boolean() }), {
      selector: (d) => `${d.person}:${d.shift}`,
      maxLength: 12,
    });
    fc.assert(
      fc.property(fc.array(version, { minLength: 1, maxLength: 5 }), (versions) => {
        const ids = { n: 1 };
        let open: OpenRecord[] = [];
        let written = 0;
        for (const v of versions) {
          const duties = v.map((d) => {
            const full = duty(d.person, d.shift);
            return d.half ? { ...full, shift: { ...full.shift, endsAt: String(full.shift.startsAt).replace('T01:', 'T04:') } } : full;
          });
          const plan = planLedger(rules, open, duties);
          written += [...plan.reversals, ...plan.records].reduce((s, r) => s + r.amountFen, 0);
          open = apply(open, plan, ids);
          const expected = duties.reduce((s, d) => s + assignmentPrice(rules, d.shift, d.site, d.person, d.seatRoles).amountFen, 0);
          expect(open.reduce((s, r) => s + r.amountFen, 0)).toBe(expected);
          expect(written).toBe(expected); // the ledger's running sum is the roster's cost
        }
      }),
      { numRuns: 60 },
    );
  });
});
