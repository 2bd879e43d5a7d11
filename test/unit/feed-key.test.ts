// Feed addresses derived from a server key: the stored hash verifies, nothing else recovers the
// address, and the key's source follows the environment and the database in use.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { newFeedKey, newFeedSecret, recoverFeedToken } from '../../src/auth/feed-key.js';
import { parseToken } from '../../src/auth/secrets.js';
import { ConfigError, loadConfig } from '../../src/config.js';
import { loadFeedKey } from '../../src/feed-key-file.js';

const key = Buffer.from(newFeedKey(), 'utf8');

describe('derived feed tokens', () => {
  it('keep the token format, and the stored hash is the one a presented token is checked against', () => {
    const s = newFeedSecret(key);
    expect(s.token).toMatch(/^zf_[A-Za-z0-9]{16}_[A-Za-z0-9_-]{43}$/);
    expect(parseToken(s.token)).toEqual({ publicId: s.publicId, secretHash: s.secretHash });
    expect(s.token).not.toContain(s.secretHash);
  });

  it('are recovered from the key and the stored row only', () => {
    const s = newFeedSecret(key);
    expect(recoverFeedToken(key, s)).toBe(s.token);
    expect(recoverFeedToken(Buffer.from(newFeedKey()), s)).toBeUndefined();
    expect(recoverFeedToken(undefined, s)).toBeUndefined();
    // A random (keyless) token is never "recovered" as some other address.
    expect(recoverFeedToken(key, newFeedSecret(undefined))).toBeUndefined();
  });

  it('differ for every issue, even under one key', () => {
    const tokens = new Set(Array.from({ length: 50 }, () => newFeedSecret(key).token));
    expect(tokens.size).toBe(50);
  });
});

describe('the feed key’s source', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const tmp = () => {
    const d = mkdtempSync(join(tmpdir(), 'zhiban-feedkey-'));
    dirs.push(d);
    return d;
  };

  it('ZHIBAN_FEED_KEY must carry at least 32 characters', () => {
    expect(() => loadConfig({ ZHIBAN_FEED_KEY: 'short' })).toThrow(ConfigError);
    expect(() => loadConfig({ ZHIBAN_FEED_KEY: 'short' })).toThrow(/ZHIBAN_FEED_KEY/);
    expect(loadConfig({ ZHIBAN_FEED_KEY: 'x'.repeat(32) }).feedKey).toBe('x'.repeat(32));
    expect(loadConfig({}).feedKey).toBeUndefined();
  });

  it('the environment wins', () => {
    const env = 'k'.repeat(40);
    expect(loadFeedKey({ feedKey: env, dataDir: tmp(), databaseUrl: undefined })!.toString()).toBe(env);
  });

  it('the embedded database keeps one in DATA_DIR (mode 0600), the same on every start', () => {
    const dataDir = join(tmp(), 'data');
    const first = loadFeedKey({ feedKey: undefined, dataDir, databaseUrl: undefined })!;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(statSync(join(dataDir, 'feed-key')).mode & 0o777).toBe(0o600);
    expect(loadFeedKey({ feedKey: undefined, dataDir, databaseUrl: undefined })!.equals(first)).toBe(true);
    expect(readFileSync(join(dataDir, 'feed-key'), 'utf8').trim()).toBe(first.toString());
  });

  it('PostgreSQL without the variable has none (processes could not agree on a file)', () => {
    const dataDir = tmp();
    expect(loadFeedKey({ feedKey: undefined, dataDir, databaseUrl: 'postgres://x@127.0.0.1/db' })).toBeUndefined();
  });
});
