// Who is calling, and the scope rules every handler applies: a coordinator writes only in its
// district (or the whole city), a person acts only on themself, a school only on its own school.
import { ApiError } from '../errors.js';

export type TokenRole = 'admin' | 'coordinator' | 'person' | 'school' | 'finance';

export interface Principal {
  tokenId: number;
  role: TokenRole;
  /** Coordinator: its district; null = the whole city. */
  districtCode: string | null;
  personId: number | null;
  siteId: number | null;
  label: string;
}

/** A short actor string for the audit log (never the secret). */
export const actorOf = (p: Principal) => `token:${p.tokenId}:${p.role}${p.label ? `:${p.label}` : ''}`;

export function requireRole(p: Principal, ...roles: TokenRole[]): void {
  if (!roles.includes(p.role)) {
    throw new ApiError('forbidden', `role ${p.role} may not do this (needs ${roles.join(' or ')})`);
  }
}

/** Admins and city coordinators act everywhere; district coordinators only in their district. */
export function canWriteDistrict(p: Principal, districtCode: string | null): boolean {
  if (p.role === 'admin') return true;
  if (p.role !== 'coordinator') return false;
  if (p.districtCode === null) return true;
  return districtCode !== null && districtCode === p.districtCode;
}

export function requireDistrictWrite(p: Principal, districtCode: string | null): void {
  if (!canWriteDistrict(p, districtCode)) {
    throw new ApiError(
      'forbidden',
      p.role === 'coordinator'
        ? `this token coordinates district ${p.districtCode}, not ${districtCode ?? 'the city'}`
        : `role ${p.role} may not change registry data`,
    );
  }
}

/** Roles that may read the registry at large (people and schools see only themselves). */
export function canReadRegistry(p: Principal): boolean {
  return p.role === 'admin' || p.role === 'coordinator' || p.role === 'finance';
}
