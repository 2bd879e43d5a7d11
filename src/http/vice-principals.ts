// GET /api/v1/vice-principals: legal vice-principal appointments with the person's and the
// school's names. A school token sees its own school's, a person token their own, registry
// readers any (by school, person or district). Added for the web UI's School page.
import { createRoute } from '@hono/zod-openapi';
import { inArray } from 'drizzle-orm';
import { requiringConfirmation } from '../../db/repositories/booking-rules.js';
import { listAppointments } from '../../db/repositories/registry.js';
import { people, sites } from '../../db/schema/index.js';
import { jsonContent, listOf, problemResponses } from '../../schemas/common.js';
import { VicePrincipal, VicePrincipalQuery } from '../../schemas/vice-principals.js';
import { canReadRegistry } from '../auth/principal.js';
import { ApiError } from '../errors.js';
import { createRouter } from './router.js';

const tags = ['bookings'];
const errs = problemResponses(400, 401, 403, 422);

export function vicePrincipalRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/vice-principals',
      tags,
      summary: 'Legal vice-principals and their schools, with names (a school its own, a person their own)',
      request: { query: VicePrincipalQuery },
      responses: { 200: jsonContent(listOf(VicePrincipal, 'VicePrincipalList'), 'appointments'), ...errs },
    }),
    async (c) => {
      const p = c.get('principal');
      const q = c.req.valid('query');
      if (!canReadRegistry(p)) {
        if (p.role === 'school' && q.school !== undefined && q.school !== p.siteId) throw new ApiError('forbidden', 'a school token sees only its own vice-principals');
        if (p.role === 'person' && q.person !== undefined && q.person !== p.personId) throw new ApiError('forbidden', 'a person token sees only its own schools');
        if (p.role === 'school') q.school = p.siteId ?? -1;
        else if (p.role === 'person') q.person = p.personId ?? -1;
        else throw new ApiError('forbidden', `role ${p.role} may not read appointments`);
      }
      const db = c.get('deps').database.db;
      const page = await listAppointments(db, { kind: 'vice_principal', site: q.school, person: q.person, district: q.district, limit: q.limit, offset: q.offset });
      const personIds = [...new Set(page.items.map((a) => a.personId))];
      const siteIds = [...new Set(page.items.map((a) => a.siteId))];
      const [names, schools, confirm] = await Promise.all([
        personIds.length ? db.select({ id: people.id, name: people.name }).from(people).where(inArray(people.id, personIds)) : [],
        siteIds.length ? db.select({ id: sites.id, name: sites.name, districtCode: sites.districtCode }).from(sites).where(inArray(sites.id, siteIds)) : [],
        requiringConfirmation(db, personIds),
      ]);
      const personName = new Map(names.map((r) => [r.id, r.name]));
      const school = new Map(schools.map((r) => [r.id, r]));
      const items = page.items.map((a) => ({
        appointmentId: a.id,
        personId: a.personId,
        personName: personName.get(a.personId) ?? '',
        schoolId: a.siteId,
        schoolName: school.get(a.siteId)?.name ?? '',
        districtCode: school.get(a.siteId)?.districtCode ?? null,
        startsOn: a.startsOn,
        endsOn: a.endsOn,
        requiresConfirmation: confirm.has(a.personId),
      }));
      return c.json({ ...page, items }, 200);
    },
  );

  return app;
}
