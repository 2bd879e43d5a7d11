// Reference checks shared by registry writes: a code that does not exist is the caller's
// mistake (422 naming the field), not a database error.
import { randomBytes } from 'node:crypto';
import type { Queryable } from '../../db/client.js';
import { findDistrict, findTownship } from '../../db/repositories/registry.js';
import { eq } from 'drizzle-orm';
import { employers } from '../../db/schema/index.js';
import { fieldError } from '../errors.js';

export async function checkDistrict(db: Queryable, code: string | null | undefined, field: string): Promise<void> {
  if (code == null) return;
  if (!(await findDistrict(db, code))) throw fieldError(field, `district ${code} does not exist`);
}

export async function checkTownship(db: Queryable, code: string | null | undefined, districtCode: string | null | undefined): Promise<void> {
  if (code == null) return;
  const t = await findTownship(db, code);
  if (!t) throw fieldError('townshipCode', `township ${code} does not exist`);
  if (districtCode && t.districtCode !== districtCode) {
    throw fieldError('townshipCode', `township ${code} belongs to district ${t.districtCode}, not ${districtCode}`);
  }
}

export async function checkEmployer(db: Queryable, code: string | null | undefined): Promise<void> {
  if (code == null) return;
  const [row] = await db.select({ code: employers.code }).from(employers).where(eq(employers.code, code));
  if (!row) throw fieldError('employerCode', `employer ${code} does not exist`);
}

/** A fresh stable code when the caller gives none, e.g. 'S-3f9a1c0b2d'. */
export const newCode = (prefix: string) => `${prefix}-${randomBytes(5).toString('hex')}`;
