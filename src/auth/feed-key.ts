// Feed addresses their owner can look up again. With a feed key (a server secret kept outside the
// database: ZHIBAN_FEED_KEY, or a file in the embedded database's directory), a feed token's
// secret is HMAC-SHA256(key, public id) instead of fresh random bytes. The database still holds
// only the public id and the secret's SHA-256, so a copy of the database alone reveals no feed
// address, while the server can show the address again on its owner's page instead of making
// them rotate it (which would silently break the subscription on their phone).
import { createHmac, randomBytes } from 'node:crypto';
import { hashesEqual, newSecret, sha256Hex, type NewSecret } from './secrets.js';

/** 256-bit keys; ZHIBAN_FEED_KEY must carry at least this much (as text, ≥ 32 characters). */
export const FEED_KEY_BYTES = 32;

export const newFeedKey = (): string => randomBytes(FEED_KEY_BYTES).toString('base64url');

const derive = (key: Buffer, publicId: string): string => createHmac('sha256', key).update(`zf:${publicId}`, 'utf8').digest('base64url');

/** A new feed token: derived from the key when there is one, random otherwise. */
export function newFeedSecret(key: Buffer | undefined): NewSecret {
  return key ? newSecret('zf', (publicId) => derive(key, publicId)) : newSecret('zf');
}

/** The whole token of a stored row, when it was derived from this key (checked against the
 * stored hash in constant time); undefined for tokens issued without a key or under another one. */
export function recoverFeedToken(key: Buffer | undefined, row: { publicId: string; secretHash: string }): string | undefined {
  if (!key) return undefined;
  const secret = derive(key, row.publicId);
  return hashesEqual(sha256Hex(secret), row.secretHash) ? `zf_${row.publicId}_${secret}` : undefined;
}
