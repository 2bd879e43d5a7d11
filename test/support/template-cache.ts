// A key for the template databases: a hash of everything that shapes them (migrations, schema,
// the demo generator and seeding). Templates built for the same key are reused across runs —
// PGlite dumps under node_modules/.cache, PostgreSQL template databases by name — so only a change
// to those files pays for migrating and seeding again.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const INPUTS = ['db/migrations', 'db/schema', 'db/seed.ts', 'src/demo', 'src/bookings', 'calendars', 'test/support/fill-template.ts'];

function files(path: string): string[] {
  const st = statSync(path, { throwIfNoEntry: false });
  if (!st) return [];
  if (st.isFile()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => files(join(path, name)));
}

export function templateKey(root = process.cwd()): string {
  const hash = createHash('sha256');
  for (const input of INPUTS) {
    for (const file of files(join(root, input))) {
      hash.update(file.slice(root.length));
      hash.update(readFileSync(file));
    }
  }
  return hash.digest('hex').slice(0, 12);
}

export const CACHE_DIR = join(process.cwd(), 'node_modules', '.cache', 'zhiban-test');
