// The API's response shapes as the pages read them (types only, inferred from the API's schemas).
import type { z } from 'zod';
import type { Me } from '../../schemas/me.js';
import type { Appointment, District, Person, Site, Township, Unavailability } from '../../schemas/registry.js';

export type DistrictOut = z.infer<typeof District>;
export type TownshipOut = z.infer<typeof Township>;
export type SiteOut = z.infer<typeof Site>;
export type PersonOut = z.infer<typeof Person>;
export type UnavailabilityOut = z.infer<typeof Unavailability>;
export type AppointmentOut = z.infer<typeof Appointment>;
export type MeOut = z.infer<typeof Me>;

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}
