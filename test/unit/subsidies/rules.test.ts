// Subsidy pricing: one test per default rule, the full/half-day boundary, the cross-county
// supplement, officials paid nothing, rules picked by date and district, no rule → null.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SUBSIDY_RULES, VILLAGE_ADVISER_YEAR_FEN } from '../../../src/subsidies/default-rules.js';
import { checkRules, durationClass, priceDuty, type PricedDuty, type PricedPerson, type SubsidyRule } from '../../../src/subsidies/rules.js';

const rules = DEFAULT_SUBSIDY_RULES;
const lawyer: PricedPerson = { role: 'lawyer', salariedOfficial: false, homeCounty: '520201' };
const day = (over: Partial<PricedDuty> = {}): PricedDuty => ({ date: '2026-12-03', siteType: 'centre', minutes: 480, siteCounty: '520201', ...over });

/** Which rule ids priced it, and the total. */
function priced(duty: PricedDuty, person: PricedPerson = lawyer, set: readonly SubsidyRule[] = rules) {
  const p = priceDuty(set, duty, person);
  return { ruleId: p.ruleId, amountFen: p.amountFen, lines: p.lines.map((l) => l.ruleId) };
}

describe('default rules, one by one', () => {
  it('lps-2025.onsite-full: 200 元 for a full day at a centre', () => {
    expect(priced(day())).toEqual({ ruleId: 'lps-2025.onsite-full', amountFen: 20_000, lines: ['lps-2025.onsite-full'] });
  });
  it('lps-2025.onsite-half: 100 元 for a half day at a township station', () => {
    expect(priced(day({ siteType: 'station', minutes: 240 }))).toMatchObject({ ruleId: 'lps-2025.onsite-half', amountFen: 10_000 });
  });
  it('lps-2025.cross-county: +80 元 when the site is outside the home county', () => {
    expect(priced(day({ siteCounty: '520281' }))).toEqual({
      ruleId: 'lps-2025.onsite-full', amountFen: 28_000, lines: ['lps-2025.onsite-full', 'lps-2025.cross-county'],
    });
    expect(priced(day({ siteType: 'workroom', minutes: 240, siteCounty: '520203' })).amountFen).toBe(33_333 + 8_000);
  });
  it('lps-2025.hotline-night: 150 元, never a transport supplement', () => {
    expect(priced(day({ siteType: 'online', hotline: true, night: true, minutes: 630, siteCounty: '520281' }))).toEqual({
      ruleId: 'lps-2025.hotline-night', amountFen: 15_000, lines: ['lps-2025.hotline-night'],
    });
  });
  it('lps-2025.hotline-shift: 100 元 for a day or evening hotline shift', () => {
    expect(priced(day({ siteType: 'online', hotline: true, minutes: 270 }))).toMatchObject({ ruleId: 'lps-2025.hotline-shift', amountFen: 10_000 });
  });
  it('lps-2025.online: 100 元 an online (non-hotline) duty, whatever its length, no transport', () => {
    expect(priced(day({ siteType: 'online', minutes: 480 }))).toMatchObject({ ruleId: 'lps-2025.online', amountFen: 10_000 });
    expect(priced(day({ siteType: 'online', minutes: 120, siteCounty: '520281' }))).toEqual({ ruleId: 'lps-2025.online', amountFen: 10_000, lines: ['lps-2025.online'] });
  });
  it('lps-2025.village-visit: a twelfth of the yearly village fee, in whole fen', () => {
    const p = priced(day({ siteType: 'workroom', minutes: 240 }), { role: 'grassroots_worker', salariedOfficial: false, homeCounty: '520201' });
    expect(p).toMatchObject({ ruleId: 'lps-2025.village-visit', amountFen: 33_333 });
    expect(12 * p.amountFen).toBeLessThanOrEqual(VILLAGE_ADVISER_YEAR_FEN);
  });
  it('lps-2025.school-session: a non-official vice-principal session is paid as a half day', () => {
    expect(priced(day({ siteType: 'school', minutes: 45 }), { role: 'legal_vice_principal', salariedOfficial: false })).toMatchObject({
      ruleId: 'lps-2025.school-session', amountFen: 10_000,
    });
  });
  it('lps-2025.official: salaried officials get 0 with the rule that says why, supplements included', () => {
    const official: PricedPerson = { role: 'legal_vice_principal', salariedOfficial: true, homeCounty: '520203' };
    const p = priceDuty(rules, day({ siteType: 'school', minutes: 45 }), official);
    expect(p).toEqual({
      ruleId: 'lps-2025.official', amountFen: 0,
      lines: [{ ruleId: 'lps-2025.official', code: 'official_no_subsidy', labelZh: '公职人员不领取值班补贴', amountFen: 0 }],
    });
    expect(priced(day({ siteCounty: '520281' }), { ...lawyer, salariedOfficial: true }).amountFen).toBe(0);
  });
  it('every default rule is exercised above and the set is sound', () => {
    expect(checkRules(rules)).toEqual([]);
    expect(rules.map((r) => r.id).sort()).toEqual([
      'lps-2025.cross-county', 'lps-2025.hotline-night', 'lps-2025.hotline-shift', 'lps-2025.official', 'lps-2025.online',
      'lps-2025.onsite-full', 'lps-2025.onsite-half', 'lps-2025.school-session', 'lps-2025.village-visit',
    ]);
  });
});

describe('duration classes', () => {
  it('full day from 6 h (360 min); anything shorter is a half day', () => {
    expect([durationClass(359), durationClass(360), durationClass(300), durationClass(540)]).toEqual(['half_day', 'full_day', 'half_day', 'full_day']);
    expect(priced(day({ minutes: 359 })).amountFen).toBe(10_000);
    expect(priced(day({ minutes: 360 })).amountFen).toBe(20_000);
  });
});

describe('rule selection', () => {
  const raise: SubsidyRule[] = rules.map((r) => (r.id === 'lps-2025.onsite-full' ? { ...r, validTo: '2026-06-30' } : r));
  raise.push({ ...rules.find((r) => r.id === 'lps-2025.onsite-full')!, id: 'lps-2026h2.onsite-full', amountFen: 25_000, validFrom: '2026-07-01', validTo: null });

  it('picks the rule valid on the duty date: a change applies from its first day only', () => {
    expect(priced(day({ date: '2026-06-30' }), lawyer, raise)).toMatchObject({ ruleId: 'lps-2025.onsite-full', amountFen: 20_000 });
    expect(priced(day({ date: '2026-07-01' }), lawyer, raise)).toMatchObject({ ruleId: 'lps-2026h2.onsite-full', amountFen: 25_000 });
  });

  it('a district rule replaces the general rule of the same code, only in that district', () => {
    const panzhou: SubsidyRule = { ...rules.find((r) => r.code === 'cross_county_transport')!, id: 'panzhou.cross-county', district: '520281', amountFen: 12_000 };
    const set = [...rules, panzhou];
    expect(priced(day({ siteCounty: '520281' }), lawyer, set)).toMatchObject({ amountFen: 32_000, lines: ['lps-2025.onsite-full', 'panzhou.cross-county'] });
    expect(priced(day({ siteCounty: '520203' }), lawyer, set)).toMatchObject({ amountFen: 28_000, lines: ['lps-2025.onsite-full', 'lps-2025.cross-county'] });
  });

  it('no rule in force, or none for the role: null rule, nothing paid', () => {
    expect(priced(day({ date: '2024-12-31' }))).toEqual({ ruleId: null, amountFen: 0, lines: [] });
    expect(priced(day({ siteType: 'online', hotline: true }), { role: 'mediator', salariedOfficial: false })).toEqual({ ruleId: null, amountFen: 0, lines: [] });
  });

  it('no cross-county supplement when either county is unknown', () => {
    expect(priced(day({ siteCounty: '520281' }), { role: 'lawyer', salariedOfficial: false }).amountFen).toBe(20_000);
  });

  it('never mutates the rule list', () => {
    const copy = JSON.stringify(rules);
    priceDuty(rules, day({ siteCounty: '520281' }), lawyer);
    expect(JSON.stringify(rules)).toBe(copy);
  });
});

describe('checkRules', () => {
  it('reports duplicate ids, fractional fen, bad validity and exclusive supplements', () => {
    const r = rules[0]!;
    expect(checkRules([r, r])).toEqual([`${r.id}: duplicate id`]);
    expect(checkRules([{ ...r, amountFen: 12.5 }])).toHaveLength(1);
    expect(checkRules([{ ...r, validFrom: '2026-01-01', validTo: '2025-01-01' }])).toHaveLength(1);
    expect(checkRules([{ ...r, kind: 'supplement' }])).toHaveLength(1);
  });
});
