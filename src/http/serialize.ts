// Database rows → API shapes (instants as ISO strings in UTC).
import type {
  AppointmentRow,
  PersonRow,
  SiteRow,
  UnavailabilityRow,
} from '../../db/repositories/registry.js';

const iso = (d: Date | string) => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());

export const siteOut = (r: SiteRow) => ({
  ...r,
  schoolLevel: r.schoolLevel,
  createdAt: iso(r.createdAt),
  updatedAt: iso(r.updatedAt),
});

export const personOut = (r: PersonRow) => ({ ...r, createdAt: iso(r.createdAt), updatedAt: iso(r.updatedAt) });

export const unavailabilityOut = (r: UnavailabilityRow) => ({
  ...r,
  startsAt: iso(r.startsAt),
  endsAt: iso(r.endsAt),
  createdAt: iso(r.createdAt),
});

export const appointmentOut = (r: AppointmentRow) => ({ ...r, createdAt: iso(r.createdAt) });

export { iso };
