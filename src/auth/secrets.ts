// Random secrets for API and feed tokens: 256-bit secrets, stored only as SHA-256 hashes and
// compared in constant time. A token reads `zb_<publicId>_<secret>`; the public id finds the row.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const TOKEN_RE = /^(zb|zf)_([A-Za-z0-9]{16})_([A-Za-z0-9_-]{43})$/;

export interface NewSecret {
  /** The whole token, shown to the caller once and never stored. */
  token: string;
  publicId: string;
  secretHash: string;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** prefix 'zb' = API token, 'zf' = feed token. `derive` makes the secret from the public id
 *  (43 base64url chars) instead of random bytes, e.g. a keyed feed token (feed-key.ts). */
export function newSecret(prefix: 'zb' | 'zf', derive?: (publicId: string) => string): NewSecret {
  // 12 random bytes → 16 base64url chars, made alphanumeric so the id never contains '_'.
  const publicId = randomBytes(12).toString('base64url').replace(/[-_]/g, 'x');
  const secret = derive ? derive(publicId) : randomBytes(32).toString('base64url'); // 256 bits, 43 chars
  return { token: `${prefix}_${publicId}_${secret}`, publicId, secretHash: sha256Hex(secret) };
}

/**
 * Splits a presented token into the id that finds its row and the hash to compare.
 * Tokens not in our format (an operator-chosen ZHIBAN_ADMIN_TOKEN) are keyed by a hash prefix.
 */
export function parseToken(token: string): { publicId: string; secretHash: string } {
  const m = TOKEN_RE.exec(token);
  if (m) return { publicId: m[2]!, secretHash: sha256Hex(m[3]!) };
  const whole = sha256Hex(token);
  return { publicId: `x${whole.slice(0, 15)}`, secretHash: whole };
}

export function hashesEqual(aHex: string, bHex: string): boolean {
  const a = Buffer.from(aHex, 'hex');
  const b = Buffer.from(bHex, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
