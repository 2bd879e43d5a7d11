// Counts of a generated demo data set, for the seed command's output, the bench and tests.
import type { DemoData, Role, SiteType } from './types';

export interface DemoSummary {
  districts: number;
  townships: number;
  employers: number;
  sites: Record<SiteType, number>;
  /** Distinct people, and people holding each role (one person may hold several). */
  people: number;
  roles: Record<Role, number>;
  unavailability: number;
  appointments: { vice_principal: number; village_adviser: number };
}

export function summarizeDemo(data: DemoData): DemoSummary {
  const sites: Record<SiteType, number> = { centre: 0, station: 0, workroom: 0, resettlement: 0, school: 0, online: 0 };
  for (const s of data.sites) sites[s.type]++;
  const roles: Record<Role, number> = { lawyer: 0, notary: 0, grassroots_worker: 0, mediator: 0, legal_vice_principal: 0 };
  for (const p of data.people) for (const r of p.roles) roles[r]++;
  const appointments = { vice_principal: 0, village_adviser: 0 };
  for (const a of data.appointments) appointments[a.kind]++;
  return {
    districts: data.districts.length,
    townships: data.townships.length,
    employers: data.employers.length,
    sites,
    people: data.people.length,
    roles,
    unavailability: data.unavailability.length,
    appointments,
  };
}
