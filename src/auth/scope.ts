// Roster scopes ('city' or a district code) against a caller: who may plan which rosters.
import { ApiError } from '../errors.js';
import type { Principal } from './principal.js';

export function canPlanScope(p: Principal, scope: string): boolean {
  if (p.role === 'admin') return true;
  if (p.role !== 'coordinator') return false;
  return p.districtCode === null || p.districtCode === scope;
}

export function requirePlanScope(p: Principal, scope: string): void {
  if (!canPlanScope(p, scope)) {
    throw new ApiError(
      'forbidden',
      p.role === 'coordinator' ? `this token coordinates district ${p.districtCode}; it cannot plan the ${scope} roster` : `role ${p.role} may not plan rosters`,
    );
  }
}

/** Coordinators, admins and finance read every roster; people and schools read only their own duties. */
export const canReadRosters = (p: Principal) => p.role === 'admin' || p.role === 'coordinator' || p.role === 'finance';
