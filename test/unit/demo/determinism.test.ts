// Determinism and scaling of the demo generator: same seed → deep-equal data, another seed →
// other data, scale 10 → ten times every count with the invariants intact, the real city first.
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemo, summarizeDemo } from '../../../src/demo/index';
import type { DemoData, DemoSummary } from '../../../src/demo/index';
import { adviserProblems, codeProblems, coordinateProblems, referenceProblems, vicePrincipalProblems } from './checks';

describe('demo determinism', () => {
  it('gives deep-equal data for the same seed', () => {
    expect(generateDemo({ seed: 7 })).toStrictEqual(generateDemo({ seed: 7 }));
  });

  it('gives different data, with the same counts, for another seed', () => {
    const a = generateDemo({ seed: 1 });
    const b = generateDemo({ seed: 2 });
    expect(summarizeDemo(a).sites).toEqual(summarizeDemo(b).sites);
    expect(a.people.map((p) => p.name)).not.toEqual(b.people.map((p) => p.name));
    expect(a.townships.map((t) => t.lat)).not.toEqual(b.townships.map((t) => t.lat));
    expect(a.appointments).not.toEqual(b.appointments);
  });

  it('rejects a bad scale or seed', () => {
    expect(() => generateDemo({ scale: 0 })).toThrow(/scale/);
    expect(() => generateDemo({ scale: 1.5 })).toThrow(/scale/);
    expect(() => generateDemo({ seed: 0.5 })).toThrow(/seed/);
  });
});

describe('demo at scale 10', () => {
  let one: DemoData;
  let ten: DemoData;
  beforeAll(() => {
    one = generateDemo({ seed: 3 });
    ten = generateDemo({ seed: 3, scale: 10 });
  });

  it('multiplies every count by 10', () => {
    const s1 = summarizeDemo(one);
    const s10 = summarizeDemo(ten);
    const times10 = (s: DemoSummary): DemoSummary => ({
      districts: s.districts * 10, townships: s.townships * 10, employers: s.employers * 10,
      sites: Object.fromEntries(Object.entries(s.sites).map(([k, v]) => [k, v * 10])) as DemoSummary['sites'],
      people: s.people * 10,
      roles: Object.fromEntries(Object.entries(s.roles).map(([k, v]) => [k, v * 10])) as DemoSummary['roles'],
      // Leave and court dates are drawn, so only their order of magnitude scales.
      unavailability: s10.unavailability,
      appointments: Object.fromEntries(Object.entries(s.appointments).map(([k, v]) => [k, v * 10])) as DemoSummary['appointments'],
    });
    // Vice-principal appointments depend on drawn school sizes, so compare them per city below.
    expect({ ...s10, appointments: { ...s10.appointments, vice_principal: 0 } })
      .toEqual({ ...times10(s1), appointments: { ...times10(s1).appointments, vice_principal: 0 } });
    expect(s10.unavailability / s1.unavailability).toBeGreaterThan(9);
    expect(s10.unavailability / s1.unavailability).toBeLessThan(11);
  });

  it('keeps the real city first, identical to scale 1, and marks the copies synthetic', () => {
    expect(ten.districts.slice(0, 4)).toStrictEqual(one.districts);
    expect(ten.people.slice(0, one.people.length)).toStrictEqual(one.people);
    expect(ten.sites.slice(0, one.sites.length)).toStrictEqual(one.sites);
    const copies = ten.districts.slice(4);
    expect(copies.every((x) => x.synthetic && x.name.includes('合成') && x.prefectureCode >= '5291')).toBe(true);
    expect(new Set(ten.districts.map((x) => x.prefectureCode)).size).toBe(10);
  });

  it('keeps every invariant across all ten cities', () => {
    expect(codeProblems(ten)).toEqual([]);
    expect(referenceProblems(ten)).toEqual([]);
    expect(vicePrincipalProblems(ten)).toEqual([]);
    expect(adviserProblems(ten)).toEqual([]);
    expect(coordinateProblems(ten)).toEqual([]);
  });
});
