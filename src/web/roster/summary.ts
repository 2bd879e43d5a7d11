// The registry summary (GET /api/v1/registry/summary) turned into the overview's count tables.
import type { z } from 'zod';
import type { RegistrySummary } from '../../../schemas/summary.js';

export type SummaryOut = z.infer<typeof RegistrySummary>;

/** sites[district][type], people[district][role] with the district's total people last, and city-wide totals per type. */
export function countTables(s: SummaryOut) {
  const sites = s.districts.map((d) => s.siteTypes.map((ty) => s.sites.find((x) => x.districtCode === d.code && x.type === ty)?.count ?? 0));
  const siteTotals = s.siteTypes.map((ty) => s.sites.filter((x) => x.type === ty).reduce((n, x) => n + x.count, 0));
  const people = s.districts.map((d) => [
    ...s.roles.map((r) => s.people.find((x) => x.districtCode === d.code && x.role === r)?.count ?? 0),
    s.peopleTotals.find((x) => x.districtCode === d.code)?.count ?? 0,
  ]);
  return { sites, siteTotals, people };
}

/** People registered in a scope ('city' = everyone). */
export function peopleInScope(s: SummaryOut, scope: string): number {
  return scope === 'city' ? s.totals.people : (s.peopleTotals.find((x) => x.districtCode === scope)?.count ?? 0);
}
