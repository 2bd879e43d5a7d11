// A legal vice-principal's sessions for their person page, read through the API: the schools they
// serve and their bookings from now on (pending and confirmed). Absent for people without the
// role and for tokens that may not read bookings (finance, other people).
import { canReadRegistry } from '../../auth/principal.js';
import type { ApiClient } from '../api-client.js';
import type { VpSessions } from '../components/vp-sessions.js';
import type { MeOut, Page, PersonOut } from '../types.js';
import type { BookingOut, VicePrincipalOut } from './types.js';

export async function vpSessionsOf(api: ApiClient, me: MeOut, person: PersonOut, now: Date): Promise<VpSessions | undefined> {
  if (!person.roles.includes('legal_vice_principal')) return undefined;
  const self = me.role === 'person' && me.personId === person.id;
  if (!self && !canReadRegistry(me)) return undefined;
  const [schools, bookings] = await Promise.all([
    api.call<Page<VicePrincipalOut>>('GET', `/vice-principals?person=${person.id}&limit=50`),
    api.call<Page<BookingOut>>('GET', `/bookings?person=${person.id}&from=${encodeURIComponent(now.toISOString())}&limit=200`),
  ]);
  if (!schools.ok || !bookings.ok) return undefined;
  const planner = me.role === 'admin' || me.role === 'coordinator';
  return {
    schools: schools.data.items,
    pending: bookings.data.items.filter((b) => b.status === 'pending'),
    upcoming: bookings.data.items.filter((b) => b.status === 'confirmed'),
    linkSchools: canReadRegistry(me),
    canConfirm: self || planner,
    canEditWindows: self || planner,
  };
}
