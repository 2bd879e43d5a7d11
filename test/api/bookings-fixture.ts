// Shared set-up of the booking API tests: the small registry, its vice-principal (李强) appointed
// to two schools, tokens per role and scope, and a helper to publish a duty for someone.
import { createApiToken } from '../../db/repositories/tokens.js';
import { appointments, publishedAssignments, rosterVersions, rosters, shifts } from '../../db/schema/index.js';
import { smallRegistry } from '../fixtures/registry.js';
import type { TestContext } from '../support/app.js';

/** Local Asia/Shanghai wall-clock time as an instant with offset, e.g. local('2026-11-30', '09:00'). */
export const local = (date: string, time: string) => `${date}T${time}:00+08:00`;

export async function bookingWorld(t: TestContext) {
  const reg = await smallRegistry(t.database);
  const db = t.database.db;
  await db.insert(appointments).values([
    { kind: 'vice_principal', personId: reg.vp.id, siteId: reg.school.id, startsOn: '2025-09-01' },
    { kind: 'vice_principal', personId: reg.vp.id, siteId: reg.school2.id, startsOn: '2025-09-01' },
  ]);
  const token = async (scope: Parameters<typeof createApiToken>[1]) => (await createApiToken(db, scope)).token;
  const tokens = {
    school1: await token({ role: 'school', siteId: reg.school.id }),
    school2: await token({ role: 'school', siteId: reg.school2.id }),
    school3: await token({ role: 'school', siteId: reg.school3.id }),
    vp: await token({ role: 'person', personId: reg.vp.id }),
    lawyer: await token({ role: 'person', personId: reg.lawyer.id }),
    zhongshan: await token({ role: 'coordinator', districtCode: '520201' }),
    shuicheng: await token({ role: 'coordinator', districtCode: '520204' }),
  };
  return { reg, tokens };
}

/** Publishes one duty (roster, shift, version 1, assignment) for a person at a site. */
export async function publishDuty(t: TestContext, personId: number, siteId: number, startsAt: string, endsAt: string) {
  const db = t.database.db;
  const [roster] = await db.insert(rosters).values({ period: startsAt.slice(0, 7), scope: '520201', status: 'solved', publishedVersion: 1 }).returning();
  const [shift] = await db
    .insert(shifts)
    .values({ rosterId: roster!.id, siteId, startsAt: new Date(startsAt), endsAt: new Date(endsAt), localDate: startsAt.slice(0, 10), seats: [{ roles: ['lawyer'], skills: [], languages: [], count: 1 }] })
    .returning();
  await db.insert(rosterVersions).values({ rosterId: roster!.id, version: 1, publishedBy: 'test' });
  await db.insert(publishedAssignments).values({ rosterId: roster!.id, version: 1, shiftId: shift!.id, seatGroup: 0, seatIndex: 0, personId });
  return shift!;
}
