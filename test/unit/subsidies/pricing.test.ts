// Pricing shared by the ledger and the solver: shiftCostFen's estimate equals what the ledger
// records for every kind of person; rule rows layered over the defaults (city-wide replaces a
// code, district shadows, validity dates, priority).
import { describe, expect, it } from 'vitest';
import { DEFAULT_SUBSIDY_RULES } from '../../../src/subsidies/default-rules.js';
import { assignmentPrice, pricedDutyOf, pricingRole, shiftCostFen, type PersonFacts, type ShiftFacts, type SiteFacts } from '../../../src/subsidies/pricing.js';
import { effectiveRules, type RuleRow } from '../../../src/subsidies/rule-set.js';
import { priceDuty, type SubsidyRole, type SubsidySiteType } from '../../../src/subsidies/rules.js';

const rules = DEFAULT_SUBSIDY_RULES;
const shift = (hours: number, tags: string[] = []): ShiftFacts => ({
  startsAt: '2026-12-03T01:00:00Z',
  endsAt: new Date(Date.parse('2026-12-03T01:00:00Z') + hours * 3_600_000).toISOString(),
  localDate: '2026-12-03',
  tags,
});

describe('facts', () => {
  it('pricedDutyOf reads minutes, hotline/night tags and the county', () => {
    expect(pricedDutyOf(shift(10.5, ['hotline', 'night']), { type: 'online', districtCode: null })).toEqual({
      date: '2026-12-03', siteType: 'online', minutes: 630, hotline: true, night: true,
    });
    expect(pricedDutyOf(shift(3), { type: 'station', districtCode: '520204' }).siteCounty).toBe('520204');
  });
  it('pricingRole: the first seat role the person holds, else their own first role', () => {
    expect(pricingRole(['mediator', 'lawyer'], ['lawyer', 'grassroots_worker'])).toBe('lawyer');
    expect(pricingRole(['notary'], ['lawyer'])).toBe('notary');
  });
});

describe('shiftCostFen (the solver budget estimate) matches the ledger', () => {
  const sites: SiteFacts[] = (['centre', 'station', 'workroom', 'resettlement', 'school', 'online'] as SubsidySiteType[]).flatMap((type) => [
    { type, districtCode: '520201' },
    { type, districtCode: null },
  ]);
  const shifts = [shift(8), shift(3), shift(4.5, ['hotline']), shift(10.5, ['hotline', 'night'])];
  const roles: SubsidyRole[] = ['lawyer', 'grassroots_worker', 'notary', 'mediator', 'legal_vice_principal'];
  it.each(roles)('for every site, shift, county and official status (%s seats)', (role) => {
    for (const site of sites) {
      for (const s of shifts) {
        const est = shiftCostFen(rules, s, site, [role]);
        for (const home of ['520201', '520281']) {
          for (const official of [false, true]) {
            const person: PersonFacts = { roles: [role], publicOfficial: official, homeDistrictCode: home };
            const estimate = official ? 0 : est.baseFen + (site.districtCode !== null && home !== site.districtCode ? est.crossCountyFen : 0);
            expect(estimate, `${role} ${site.type} ${site.districtCode} ${s.endsAt} ${home} ${official}`).toBe(
              assignmentPrice(rules, s, site, person, [role]).amountFen,
            );
          }
        }
      }
    }
  });
});

describe('effectiveRules: database rows over the defaults', () => {
  const row = (id: number, over: Partial<RuleRow> & { amountFen?: number } = {}): RuleRow => ({
    id,
    districtCode: null,
    code: 'onsite_full_day',
    validFrom: '2027-01-01',
    validTo: null,
    rule: { kind: 'base', labelZh: '驻点值班补贴（全天）', amountFen: over.amountFen ?? 25_000, when: { roles: ['lawyer'], siteTypes: ['centre'], durationClass: 'full_day' }, basis: 'test' },
    ...over,
  });
  const lawyer = { role: 'lawyer' as const, salariedOfficial: false, homeCounty: '520201' };
  const day = (date: string, county = '520201') => ({ date, siteType: 'centre' as const, minutes: 480, siteCounty: county });

  it('no rows: the defaults as they are', () => {
    expect(effectiveRules([])).toEqual([...DEFAULT_SUBSIDY_RULES]);
  });

  it('a city-wide row replaces the default of its code at every date (a gap is a gap)', () => {
    const set = effectiveRules([row(1)]);
    expect(priceDuty(set, day('2027-02-01'), lawyer)).toMatchObject({ ruleId: 'db-1', amountFen: 25_000 });
    // Before the row is valid no onsite_full_day rule exists: the half-day rule does not match a full day.
    expect(priceDuty(set, day('2026-12-01'), lawyer).ruleId).toBeNull();
  });

  it('a rule ended by validTo and a new one from the next day split the dates between them', () => {
    const set = effectiveRules([row(1, { validFrom: '2025-01-01', validTo: '2026-12-31', amountFen: 20_000 }), row(2, { validFrom: '2027-01-01', amountFen: 22_000 })]);
    expect(priceDuty(set, day('2026-12-31'), lawyer).amountFen).toBe(20_000);
    expect(priceDuty(set, day('2027-01-01'), lawyer).amountFen).toBe(22_000);
  });

  it('a district row shadows the general rule in its district only', () => {
    const set = effectiveRules([row(1, { districtCode: '520281', validFrom: '2025-01-01', amountFen: 30_000 })]);
    expect(priceDuty(set, day('2026-12-03', '520281'), { ...lawyer, homeCounty: '520281' }).amountFen).toBe(30_000);
    expect(priceDuty(set, day('2026-12-03'), lawyer).amountFen).toBe(20_000);
  });

  it('priority: a row with a default code takes that code\'s place; officials stay first', () => {
    const set = effectiveRules([row(1, { validFrom: '2025-01-01' })]);
    expect(set[0]!.id).toBe('lps-2025.official');
    expect(priceDuty(set, day('2026-12-03'), { ...lawyer, salariedOfficial: true })).toMatchObject({ ruleId: 'lps-2025.official', amountFen: 0 });
    // A new code goes last unless given a priority: 5 sits between officials (0) and the next default (10).
    expect(effectiveRules([row(1, { code: 'special' })]).at(-1)!.id).toBe('db-1');
    const early = effectiveRules([row(1, { code: 'special', rule: { ...row(1).rule, priority: 5 } })]);
    expect(early.slice(0, 3).map((r) => r.id)).toEqual(['lps-2025.official', 'db-1', 'lps-2025.hotline-night']);
  });
});
