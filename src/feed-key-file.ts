// Where the feed key comes from (src/auth/feed-key.ts): ZHIBAN_FEED_KEY when set; on the
// embedded database, DATA_DIR/feed-key (created on the first start, mode 0600) so one
// `npm start` works without set-up; on PostgreSQL without the variable, none — every API process
// must derive the same addresses, so the key has to be shared through the environment.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { newFeedKey } from './auth/feed-key.js';
import type { Config } from './config.js';

export function loadFeedKey(config: Pick<Config, 'feedKey' | 'dataDir' | 'databaseUrl'>): Buffer | undefined {
  if (config.feedKey) return Buffer.from(config.feedKey, 'utf8');
  if (config.databaseUrl) return undefined;
  const dir = resolve(config.dataDir);
  const file = join(dir, 'feed-key');
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    // 'wx': never overwrite a key another process wrote meanwhile (that would change every address).
    try {
      writeFileSync(file, `${newFeedKey()}\n`, { mode: 0o600, flag: 'wx' });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'utf8');
}
