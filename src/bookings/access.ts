// Who may read or change a booking: a school its own, a vice-principal their own, coordinators
// their district (a city coordinator everywhere), admins everything.
import { canWriteDistrict, type Principal } from '../auth/principal.js';
import { ApiError } from '../errors.js';

export type BookingAction = 'read' | 'book' | 'reschedule' | 'cancel' | 'confirm';

export interface BookingScope {
  schoolSiteId: number;
  personId: number | null;
  districtCode: string | null;
}

export function mayActOn(p: Principal, b: BookingScope, action: BookingAction): boolean {
  if (p.role === 'admin') return true;
  if (p.role === 'coordinator') return canWriteDistrict(p, b.districtCode);
  if (p.role === 'school') return p.siteId === b.schoolSiteId && action !== 'confirm';
  if (p.role === 'person') return b.personId !== null && p.personId === b.personId && (action === 'read' || action === 'cancel' || action === 'confirm');
  return false;
}

export function requireActOn(p: Principal, b: BookingScope, action: BookingAction): void {
  if (mayActOn(p, b, action)) return;
  const whose = p.role === 'school' ? 'another school' : p.role === 'person' ? 'another person' : p.role === 'coordinator' ? `a school outside district ${p.districtCode}` : 'this resource';
  throw new ApiError('forbidden', `this token may not ${action} bookings of ${whose}`);
}
