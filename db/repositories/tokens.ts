// API tokens: create (returns the secret once), find by presented token, revoke.
import { and, eq, isNull } from 'drizzle-orm';
import { hashesEqual, newSecret, parseToken, sha256Hex } from '../../src/auth/secrets.js';
import type { Principal, TokenRole } from '../../src/auth/principal.js';
import type { Queryable } from '../client.js';
import { apiTokens } from '../schema/index.js';

export interface TokenScope {
  role: TokenRole;
  districtCode?: string | null;
  personId?: number | null;
  siteId?: number | null;
  label?: string;
}

export async function createApiToken(db: Queryable, scope: TokenScope): Promise<{ id: number; token: string }> {
  const s = newSecret('zb');
  const [row] = await db
    .insert(apiTokens)
    .values({
      publicId: s.publicId,
      secretHash: s.secretHash,
      role: scope.role,
      districtCode: scope.districtCode ?? null,
      personId: scope.personId ?? null,
      siteId: scope.siteId ?? null,
      label: scope.label ?? '',
    })
    .returning({ id: apiTokens.id });
  return { id: row!.id, token: s.token };
}

/** Ensures an admin token with exactly this (operator-chosen) value exists. */
export async function ensureAdminToken(db: Queryable, token: string): Promise<void> {
  const { publicId, secretHash } = parseToken(token);
  const existing = await db.select().from(apiTokens).where(eq(apiTokens.publicId, publicId));
  if (existing.length > 0) return;
  await db.insert(apiTokens).values({ publicId, secretHash, role: 'admin', label: 'ZHIBAN_ADMIN_TOKEN' });
}

export async function authenticate(db: Queryable, token: string): Promise<Principal | undefined> {
  const { publicId, secretHash } = parseToken(token);
  const [row] = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.publicId, publicId), isNull(apiTokens.revokedAt)));
  // Compare even when no row matched, so timing does not reveal which public ids exist.
  const ok = hashesEqual(row?.secretHash ?? sha256Hex('no such token'), secretHash);
  if (!row || !ok) return undefined;
  return {
    tokenId: row.id,
    role: row.role,
    districtCode: row.districtCode,
    personId: row.personId,
    siteId: row.siteId,
    label: row.label,
  };
}

export async function revokeApiToken(db: Queryable, id: number): Promise<boolean> {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return rows.length > 0;
}
