// `npm run cli -- token create --role coordinator --district 520201 [--person ID] [--site ID] [--label TEXT]`
// prints a new API token once (only its hash is stored); `token revoke ID` revokes one.
import { parseArgs } from 'node:util';
import { boot } from '../bootstrap.js';
import { loadConfig } from '../config.js';
import { createApiToken, revokeApiToken } from '../../db/repositories/tokens.js';
import { findDistrict, findPerson, findSite } from '../../db/repositories/registry.js';
import type { TokenRole } from '../auth/principal.js';

const ROLES: TokenRole[] = ['admin', 'coordinator', 'person', 'school', 'finance'];

export async function run(args: string[]): Promise<number> {
  const [verb, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { role: { type: 'string' }, district: { type: 'string' }, person: { type: 'string' }, site: { type: 'string' }, label: { type: 'string' } },
  });
  const { database } = await boot(loadConfig(), { seed: false });
  try {
    if (verb === 'create') {
      const role = values.role as TokenRole | undefined;
      if (!role || !ROLES.includes(role)) return fail(`--role must be one of ${ROLES.join(', ')}`);
      const district = values.district && values.district !== 'city' ? values.district : null;
      if (district && !(await findDistrict(database.db, district))) return fail(`district ${district} does not exist`);
      const personId = values.person ? Number(values.person) : null;
      if (role === 'person' && (!personId || !(await findPerson(database.db, personId)))) return fail('--person ID of an existing person is required for role person');
      const siteId = values.site ? Number(values.site) : null;
      if (role === 'school') {
        const site = siteId ? await findSite(database.db, siteId) : undefined;
        if (!site || site.type !== 'school') return fail('--site ID of an existing school is required for role school');
      }
      const { id, token } = await createApiToken(database.db, { role, districtCode: role === 'coordinator' ? district : null, personId, siteId, label: values.label ?? '' });
      process.stderr.write(`created token ${id} (${role}${role === 'coordinator' ? `, ${district ?? 'city'}` : ''}); it is shown once:\n`);
      process.stdout.write(`${token}\n`);
      return 0;
    }
    if (verb === 'revoke') {
      const id = Number(positionals[0]);
      if (!Number.isInteger(id)) return fail('usage: token revoke ID');
      return (await revokeApiToken(database.db, id)) ? 0 : fail(`no active token ${id}`);
    }
    return fail('usage: token create --role ROLE [--district CODE|city] [--person ID] [--site ID] [--label TEXT] | token revoke ID');
  } finally {
    await database.close();
  }
}

function fail(msg: string): number {
  process.stderr.write(`${msg}\n`);
  return 2;
}
