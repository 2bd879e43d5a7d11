// Counts of the Liupanshui demo data at scale 1 against domain.md §1, §3, §4, §10 and issue 2.
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemo, summarizeDemo } from '../../../src/demo/index';
import type { DemoData, DemoSite, TownshipKind } from '../../../src/demo/index';

let d: DemoData;
beforeAll(() => {
  d = generateDemo({ seed: 1 });
});

const tally = (keys: string[]) => keys.reduce<Record<string, number>>((m, k) => ({ ...m, [k]: (m[k] ?? 0) + 1 }), {});
const sitesOf = (type: DemoSite['type']) => d.sites.filter((s) => s.type === type);

describe('demo counts (scale 1)', () => {
  it('has the 4 county-level units with their real codes, 钟山区 central', () => {
    expect(d.districts.map((x) => [x.code, x.name, x.central])).toEqual([
      ['520201', '钟山区', true],
      ['520203', '六枝特区', false],
      ['520204', '水城区', false],
      ['520281', '盘州市', false],
    ]);
    expect(d.districts.every((x) => !x.synthetic && x.prefectureCode === '5202')).toBe(true);
  });

  it('has 92 township units split 19/18/28/27 and 27 街道, 39 镇, 1 乡, 25 民族乡', () => {
    expect(tally(d.townships.map((t) => t.districtCode))).toEqual({ '520201': 19, '520203': 18, '520204': 28, '520281': 27 });
    expect(tally(d.townships.map((t) => t.kind))).toEqual({ 街道: 27, 镇: 39, 乡: 1, 民族乡: 25 });
    // 六枝特区's split is sourced (3 街道, 9 镇, 1 乡, 5 民族乡), and so is 盘州's (6, 14, 7 乡).
    const kinds = (code: string) => tally(d.townships.filter((t) => t.districtCode === code).map((t) => t.kind));
    expect(kinds('520203')).toEqual({ 街道: 3, 镇: 9, 乡: 1, 民族乡: 5 });
    expect(kinds('520281')).toEqual({ 街道: 6, 镇: 14, 民族乡: 7 });
  });

  it('gives every 民族乡 at least one minority language read from its name, and no other unit any', () => {
    for (const t of d.townships) {
      if (t.kind === '民族乡') expect(t.ethnicLanguages.length, t.name).toBeGreaterThan(0);
      else expect(t.ethnicLanguages, t.name).toEqual([]);
    }
    const liuzhi = d.townships.find((t) => t.name === '中寨苗族彝族布依族乡');
    expect(liuzhi?.ethnicLanguages).toEqual(['miao', 'yi', 'buyi']);
  });

  it('has 5 centres, 92 stations, 1,152 workrooms, 48 resettlement sites, 673 schools, 3 online desks', () => {
    expect(summarizeDemo(d).sites).toEqual({ centre: 5, station: 92, workroom: 1152, resettlement: 48, school: 673, online: 3 });
  });

  it('puts the city centre and one centre per county in the right districts', () => {
    const centres = sitesOf('centre');
    expect(centres.filter((c) => c.name === '六盘水市公共法律服务中心').map((c) => c.districtCode)).toEqual(['520201']);
    expect(tally(centres.map((c) => c.districtCode as string))).toEqual({ '520201': 2, '520203': 1, '520204': 1, '520281': 1 });
  });

  it('has one station per township and workrooms split ~220/230/300/400', () => {
    expect(new Set(sitesOf('station').map((s) => s.townshipCode)).size).toBe(92);
    expect(tally(sitesOf('workroom').map((s) => s.districtCode as string))).toEqual({ '520201': 220, '520203': 231, '520204': 301, '520281': 400 });
  });

  it('has 4 large, 12 medium and 32 small resettlement sites', () => {
    const pops = sitesOf('resettlement').map((s) => s.population ?? 0);
    const band = (lo: number, hi: number) => pops.filter((p) => p >= lo && p <= hi).length;
    expect([band(10_000, 25_000), band(2_000, 9_999), band(300, 1_999)]).toEqual([4, 12, 32]);
  });

  it('has 462 primary, 170 junior, 37 senior and 4 special schools', () => {
    expect(tally(sitesOf('school').map((s) => s.schoolLevel as string))).toEqual({ primary: 462, junior: 170, senior: 37, special: 4 });
  });

  it('has the three online desks without a place', () => {
    const online = sitesOf('online');
    expect(online.map((s) => s.code)).toEqual(['OL-5202-HOTLINE', 'OL-5202-WEB', 'OL-5202-SYNC']);
    expect(online.every((s) => s.districtCode === null && s.townshipCode === null && s.lat === null)).toBe(true);
  });

  it('has 420 lawyers, 22 notaries, 120 grassroots workers, 250 mediators, 450 vice-principals', () => {
    const s = summarizeDemo(d);
    expect(s.roles).toEqual({ lawyer: 420, notary: 22, grassroots_worker: 120, mediator: 250, legal_vice_principal: 450 });
    // The 45 lawyer vice-principals are one person each, with both roles.
    const both = d.people.filter((p) => p.roles.includes('lawyer') && p.roles.includes('legal_vice_principal'));
    expect(both.length).toBe(45);
    expect(s.people).toBe(420 + 22 + 120 + 250 + 450 - 45);
  });

  it('splits vice-principals ≈40 % police, 15 % procuratorate, 15 % court, 20 % justice bureau, 10 % lawyers', () => {
    const kindOf = new Map(d.employers.map((e) => [e.code, e.kind]));
    const vps = d.people.filter((p) => p.roles.includes('legal_vice_principal'));
    const by = tally(vps.map((p) => (p.roles.includes('lawyer') ? 'lawyer' : (kindOf.get(p.employerCode) as string))));
    const share = { police: 0.4, procuratorate: 0.15, court: 0.15, justice_bureau: 0.2, lawyer: 0.1 };
    expect(Object.keys(by).sort()).toEqual(Object.keys(share).sort());
    for (const [kind, p] of Object.entries(share)) expect(Math.abs((by[kind] ?? 0) - 450 * p), kind).toBeLessThanOrEqual(1);
  });

  it('has ~65 law firms and 5 notary offices, with every lawyer in a firm and notary in an office', () => {
    const kinds = tally(d.employers.map((e) => e.kind));
    expect(kinds.law_firm).toBe(65);
    expect(kinds.notary_office).toBe(5);
    const kindOf = new Map(d.employers.map((e) => [e.code, e.kind]));
    for (const p of d.people) {
      if (p.roles.includes('lawyer')) expect(kindOf.get(p.employerCode)).toBe('law_firm');
      if (p.roles.includes('notary')) expect(kindOf.get(p.employerCode)).toBe('notary_office');
      if (p.roles.includes('mediator')) expect(kindOf.get(p.employerCode)).toBe('mediation_committee');
    }
  });

  it('has ~380 village advisers, ≈85 % lawyers, ≈15 % grassroots workers', () => {
    const roles = new Map(d.people.map((p) => [p.code, p.roles]));
    const advisers = [...new Set(d.appointments.filter((a) => a.kind === 'village_adviser').map((a) => a.personCode))];
    expect(advisers.length).toBe(380);
    const grassroots = advisers.filter((c) => roles.get(c)?.includes('grassroots_worker')).length;
    expect(grassroots).toBe(57);
  });

  it('puts about a third of the lawyers, and only lawyers, in the 12348 pool', () => {
    const pool = d.people.filter((p) => p.hotlinePool);
    expect(pool.length).toBe(140);
    expect(pool.every((p) => p.roles.includes('lawyer'))).toBe(true);
  });

  it('uses each township kind the places data declare (no silent renaming)', () => {
    const allowed: TownshipKind[] = ['街道', '镇', '乡', '民族乡'];
    for (const t of d.townships) {
      expect(allowed).toContain(t.kind);
      expect(t.name.endsWith(t.kind === '民族乡' ? '乡' : t.kind)).toBe(true);
    }
  });
});
