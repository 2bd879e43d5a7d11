// Invariants of the scale-1 demo data: unique codes, sound references, appointments, coordinates,
// languages, subsidy eligibility, contracts and unavailability ranges.
import { DateTime } from 'luxon';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../../src/demo/index';
import type { DemoData, DemoPerson } from '../../../src/demo/index';
import { adviserProblems, codeProblems, coordinateProblems, referenceProblems, vicePrincipalProblems } from './checks';

let d: DemoData;
beforeAll(() => {
  d = generateDemo({ seed: 1 });
});

describe('demo invariants (scale 1)', () => {
  it('has unique codes and no dangling references', () => {
    expect(codeProblems(d)).toEqual([]);
    expect(referenceProblems(d)).toEqual([]);
  });

  it('gives every school a vice-principal from its district, nobody more than 2 schools', () => {
    expect(vicePrincipalProblems(d)).toEqual([]);
  });

  it('gives some large schools a second vice-principal', () => {
    const perSchool = new Map<string, number>();
    for (const a of d.appointments) if (a.kind === 'vice_principal') perSchool.set(a.siteCode, (perSchool.get(a.siteCode) ?? 0) + 1);
    const twice = [...perSchool.values()].filter((n) => n === 2).length;
    expect(twice).toBeGreaterThan(20);
    expect(twice).toBeLessThan(150);
  });

  it('gives every workroom exactly one adviser holding 1–5 villages, about 3 on average', () => {
    expect(adviserProblems(d)).toEqual([]);
    const advisers = new Set(d.appointments.filter((a) => a.kind === 'village_adviser').map((a) => a.personCode));
    const mean = 1152 / advisers.size;
    expect(mean).toBeGreaterThan(2.5);
    expect(mean).toBeLessThan(3.5);
  });

  it('mostly keeps advisers in their own district', () => {
    const home = new Map(d.people.map((p) => [p.code, p.homeDistrictCode]));
    const site = new Map(d.sites.map((s) => [s.code, s.districtCode]));
    const adv = d.appointments.filter((a) => a.kind === 'village_adviser');
    const local = adv.filter((a) => home.get(a.personCode) === site.get(a.siteCode)).length;
    expect(local / adv.length).toBeGreaterThan(0.75);
  });

  it('places every township, site and home inside its county', () => {
    expect(coordinateProblems(d)).toEqual([]);
  });

  it('gives everyone Mandarin and more minority speakers in 民族乡 than elsewhere', () => {
    expect(d.people.every((p) => p.languages[0] === 'zh')).toBe(true);
    const townships = d.townships;
    const nearest = (p: DemoPerson) => {
      let best = townships[0];
      let bestD = Infinity;
      for (const t of townships) {
        if (t.districtCode !== p.homeDistrictCode) continue;
        const dd = (t.lat - p.homeLat) ** 2 + (t.lon - p.homeLon) ** 2;
        if (dd < bestD) [best, bestD] = [t, dd];
      }
      return best;
    };
    const inEthnic = d.people.filter((p) => nearest(p)?.kind === '民族乡');
    const elsewhere = d.people.filter((p) => nearest(p)?.kind !== '民族乡');
    const share = (ps: DemoPerson[]) => ps.filter((p) => p.languages.length > 1).length / ps.length;
    expect(inEthnic.length).toBeGreaterThan(50);
    expect(share(inEthnic)).toBeGreaterThan(0.15);
    expect(share(inEthnic)).toBeLessThan(0.45);
    expect(share(elsewhere)).toBeLessThan(0.08);
  });

  it('needs the local language at workrooms and stations in 民族乡, and nowhere Mandarin is listed', () => {
    const townships = new Map(d.townships.map((t) => [t.code, t]));
    for (const s of d.sites) {
      expect(s.languagesNeeded).not.toContain('zh');
      const t = s.townshipCode ? townships.get(s.townshipCode) : undefined;
      if ((s.type === 'workroom' || s.type === 'station' || s.type === 'resettlement') && t?.kind === '民族乡') {
        expect(s.languagesNeeded, s.code).toEqual(t.ethnicLanguages);
      }
    }
  });

  it('marks court, procuratorate, police and justice-bureau staff as public officials, and only them', () => {
    const kindOf = new Map(d.employers.map((e) => [e.code, e.kind]));
    for (const p of d.people) {
      const official = ['court', 'procuratorate', 'police', 'justice_bureau'].includes(kindOf.get(p.employerCode) ?? '');
      expect(p.publicOfficial, p.code).toBe(official);
    }
  });

  it('has plausible skills and contract limits per role', () => {
    for (const p of d.people) {
      if (p.roles.includes('lawyer')) {
        const dispute = p.skills.filter((s) => s !== 'juvenile' && s !== 'education');
        expect(dispute.length).toBeGreaterThanOrEqual(2);
        expect(dispute.length).toBeLessThanOrEqual(4);
      }
      if (p.roles.includes('notary')) expect(p.skills).toContain('notarization');
      if (p.roles.includes('legal_vice_principal')) expect(p.skills).toContain('juvenile');
      expect(p.maxDutiesPerWeek).toBeGreaterThan(0);
      expect(p.maxDutiesPerMonth).toBeGreaterThanOrEqual(p.maxDutiesPerWeek);
      expect(p.maxHoursPerMonth).toBeGreaterThan(0);
      if (p.contractEnd !== null) expect(p.contractEnd > p.contractStart, p.code).toBe(true);
      if (p.retired) expect(p.age).toBeLessThanOrEqual(65);
    }
  });

  it('has unavailability as valid UTC ranges from Asia/Shanghai wall-clock times', () => {
    expect(new Set(d.unavailability.map((u) => u.kind))).toEqual(new Set(['leave', 'court', 'training', 'sick', 'other']));
    for (const u of d.unavailability) {
      expect(u.startsAt.endsWith('Z') && u.endsAt.endsWith('Z')).toBe(true);
      expect(u.endsAt > u.startsAt).toBe(true);
    }
    const court = d.unavailability.filter((u) => u.kind === 'court');
    for (const u of court.slice(0, 500)) {
      const local = DateTime.fromISO(u.startsAt, { zone: 'Asia/Shanghai' });
      expect(['09:00', '14:00']).toContain(local.toFormat('HH:mm'));
      expect(local.weekday).toBeLessThanOrEqual(5);
    }
    const leave = d.unavailability.filter((u) => u.kind === 'leave');
    for (const u of leave.slice(0, 200)) {
      const local = DateTime.fromISO(u.startsAt, { zone: 'Asia/Shanghai' });
      expect([local.weekday, local.toFormat('HH:mm')]).toEqual([1, '00:00']);
      expect(DateTime.fromISO(u.endsAt).diff(DateTime.fromISO(u.startsAt), 'days').days).toBe(7);
    }
  });

  it('gives lawyers 1–3 court dates a month and about a tenth of people a week of leave a month', () => {
    const lawyers = d.people.filter((p) => p.roles.includes('lawyer'));
    const courtDates = d.unavailability.filter((u) => u.kind === 'court');
    expect(courtDates.every((u) => u.personCode.includes('-L'))).toBe(true);
    const perLawyerMonth = courtDates.length / (lawyers.length * 24);
    expect(perLawyerMonth).toBeGreaterThan(1.5);
    expect(perLawyerMonth).toBeLessThanOrEqual(3);
    const leaveShare = d.unavailability.filter((u) => u.kind === 'leave').length / (d.people.length * 24);
    expect(leaveShare).toBeGreaterThan(0.07);
    expect(leaveShare).toBeLessThan(0.13);
    // ISO instants sort as strings: the first and last start fall in 2026 and 2027 local time.
    const starts = d.unavailability.map((u) => u.startsAt).sort();
    const localYear = (iso: string | undefined) => DateTime.fromISO(iso ?? '', { zone: 'Asia/Shanghai' }).year;
    expect([localYear(starts[0]), localYear(starts[starts.length - 1])]).toEqual([2026, 2027]);
  });

  it('skips non-working days given by a calendar', () => {
    // A calendar where every 2026-03 weekday is a holiday: no court date may fall in March 2026.
    const holidays = (iso: string, weekday: number) => weekday <= 5 && !iso.startsWith('2026-03');
    const data = generateDemo({ seed: 1, unavailabilityFrom: '2026-02-01', unavailabilityTo: '2026-04-30', isWorkingDay: holidays });
    const months = new Set(data.unavailability.filter((u) => u.kind === 'court').map((u) => u.startsAt.slice(0, 7)));
    expect(months.has('2026-02')).toBe(true);
    expect(months.has('2026-03')).toBe(false);
  });
});
