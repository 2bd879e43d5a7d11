// Invariant checks over generated demo data, shared by the scale-1 and scale-10 tests. Each
// returns a list of human-readable problems, so a failing test says exactly what broke.
import type { DemoData, DemoSite } from '../../../src/demo/index';

/** Values that occur more than once. */
export function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) (seen.has(v) ? dup : seen).add(v);
  return [...dup];
}

export function codeProblems(d: DemoData): string[] {
  const problems: string[] = [];
  const lists: [string, string[]][] = [
    ['district', d.districts.map((x) => x.code)],
    ['township', d.townships.map((x) => x.code)],
    ['employer', d.employers.map((x) => x.code)],
    ['site', d.sites.map((x) => x.code)],
    ['person', d.people.map((x) => x.code)],
  ];
  for (const [what, codes] of lists) {
    for (const c of duplicates(codes)) problems.push(`duplicate ${what} code ${c}`);
  }
  const appointmentKeys = d.appointments.map((a) => `${a.kind}/${a.personCode}/${a.siteCode}`);
  for (const k of duplicates(appointmentKeys)) problems.push(`duplicate appointment ${k}`);
  return problems;
}

/** Every reference points at an existing row of the right kind and district. */
export function referenceProblems(d: DemoData): string[] {
  const problems: string[] = [];
  const districts = new Set(d.districts.map((x) => x.code));
  const townships = new Map(d.townships.map((t) => [t.code, t]));
  const employers = new Set(d.employers.map((e) => e.code));
  const people = new Map(d.people.map((p) => [p.code, p]));
  const sites = new Map(d.sites.map((s) => [s.code, s]));
  for (const t of d.townships) {
    if (!districts.has(t.districtCode)) problems.push(`township ${t.code}: unknown district`);
    if (!t.code.startsWith(t.districtCode) || t.code.length !== 9) problems.push(`township ${t.code}: code not district + 3 digits`);
  }
  for (const e of d.employers) if (!districts.has(e.districtCode)) problems.push(`employer ${e.code}: unknown district`);
  for (const s of d.sites) {
    if (s.type === 'online') {
      if (s.districtCode !== null || s.lat !== null) problems.push(`online ${s.code}: has a place`);
      continue;
    }
    const t = s.townshipCode ? townships.get(s.townshipCode) : undefined;
    if (!s.districtCode || !districts.has(s.districtCode)) problems.push(`site ${s.code}: unknown district`);
    if (!t || t.districtCode !== s.districtCode) problems.push(`site ${s.code}: township not in its district`);
  }
  for (const p of d.people) {
    if (!employers.has(p.employerCode)) problems.push(`person ${p.code}: unknown employer`);
    if (!districts.has(p.homeDistrictCode)) problems.push(`person ${p.code}: unknown home district`);
  }
  for (const u of d.unavailability) if (!people.has(u.personCode)) problems.push(`unavailability: unknown person ${u.personCode}`);
  for (const a of d.appointments) {
    const p = people.get(a.personCode);
    const s = sites.get(a.siteCode);
    if (!p || !s) {
      problems.push(`appointment ${a.personCode}→${a.siteCode}: dangling`);
      continue;
    }
    const wantType = a.kind === 'vice_principal' ? 'school' : 'workroom';
    if (s.type !== wantType) problems.push(`appointment ${a.kind} at ${s.type} ${s.code}`);
  }
  return problems;
}

function countBy<T>(items: readonly T[], key: (x: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const x of items) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
  return m;
}

/** Schools ≥1 vice-principal; nobody >2 schools; same district; holders have the role. */
export function vicePrincipalProblems(d: DemoData): string[] {
  const problems: string[] = [];
  const people = new Map(d.people.map((p) => [p.code, p]));
  const vps = d.appointments.filter((a) => a.kind === 'vice_principal');
  const perSchool = countBy(vps, (a) => a.siteCode);
  const perPerson = countBy(vps, (a) => a.personCode);
  const schools = d.sites.filter((s) => s.type === 'school');
  for (const s of schools) if (!perSchool.has(s.code)) problems.push(`school ${s.code} has no vice-principal`);
  for (const [person, n] of perPerson) if (n > 2) problems.push(`${person} holds ${n} schools`);
  const sites = new Map(schools.map((s) => [s.code, s]));
  for (const a of vps) {
    const p = people.get(a.personCode);
    if (!p?.roles.includes('legal_vice_principal')) problems.push(`${a.personCode} appointed without the role`);
    if (p && sites.get(a.siteCode)?.districtCode !== p.homeDistrictCode) problems.push(`${a.personCode} serves outside their district`);
  }
  for (const p of d.people) {
    if (p.roles.includes('legal_vice_principal') && !perPerson.has(p.code)) problems.push(`${p.code} is a vice-principal without a school`);
  }
  return problems;
}

/** Every workroom exactly one adviser; each adviser 1–5 villages; advisers are lawyers or grassroots workers. */
export function adviserProblems(d: DemoData): string[] {
  const problems: string[] = [];
  const people = new Map(d.people.map((p) => [p.code, p]));
  const adv = d.appointments.filter((a) => a.kind === 'village_adviser');
  const perRoom = countBy(adv, (a) => a.siteCode);
  for (const s of d.sites) {
    if (s.type === 'workroom' && perRoom.get(s.code) !== 1) problems.push(`workroom ${s.code} has ${perRoom.get(s.code) ?? 0} advisers`);
  }
  for (const [person, n] of countBy(adv, (a) => a.personCode)) {
    if (n < 1 || n > 5) problems.push(`${person} holds ${n} villages`);
    const roles = people.get(person)?.roles ?? [];
    if (!roles.includes('lawyer') && !roles.includes('grassroots_worker')) problems.push(`${person} advises without a lawyer/grassroots role`);
  }
  return problems;
}

/** Plausible extents of each county of the real city (degrees, with a small margin). */
export const COUNTY_BOXES: Record<string, { lat: [number, number]; lon: [number, number]; seat: [number, number] }> = {
  '01': { lat: [26.38, 26.86], lon: [104.52, 105.04], seat: [26.5925, 104.8303] },
  '03': { lat: [25.92, 26.48], lon: [105.16, 105.78], seat: [26.21, 105.48] },
  '04': { lat: [26.07, 26.83], lon: [104.48, 105.32], seat: [26.54608, 104.95705] },
  '81': { lat: [25.38, 26.06], lon: [104.26, 105.0], seat: [25.71077, 104.46726] },
};

/** Sites and homes inside their county's box (synthetic copies: the box moved with the seat). */
export function coordinateProblems(d: DemoData): string[] {
  const problems: string[] = [];
  const shift = new Map(
    d.districts.map((x) => {
      const box = COUNTY_BOXES[x.code.slice(4)];
      return [x.code, box ? { box, dLat: x.seatLat - box.seat[0], dLon: x.seatLon - box.seat[1] } : undefined];
    }),
  );
  const check = (what: string, district: string, lat: number, lon: number) => {
    const b = shift.get(district);
    if (!b) return problems.push(`${what}: district ${district} has no box`);
    const [la0, la1] = b.box.lat;
    const [lo0, lo1] = b.box.lon;
    if (lat < la0 + b.dLat || lat > la1 + b.dLat || lon < lo0 + b.dLon || lon > lo1 + b.dLon) {
      problems.push(`${what} at ${lat},${lon} outside ${district}`);
    }
    return 0;
  };
  for (const t of d.townships) check(`township ${t.code}`, t.districtCode, t.lat, t.lon);
  for (const s of d.sites as DemoSite[]) {
    if (s.districtCode && s.lat !== null && s.lon !== null) check(`site ${s.code}`, s.districtCode, s.lat, s.lon);
  }
  for (const p of d.people) check(`home of ${p.code}`, p.homeDistrictCode, p.homeLat, p.homeLon);
  return problems;
}
