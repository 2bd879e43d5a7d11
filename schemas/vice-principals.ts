// API contract of /api/v1/vice-principals: who is appointed legal vice-principal of which school,
// with both names, so a school can name its vice-principal and a vice-principal their schools
// (their tokens may not read people or sites at large).
import { z } from '@hono/zod-openapi';
import { DistrictCode, Pagination } from './common.js';

export const VicePrincipalQuery = Pagination.extend({
  school: z.coerce.number().int().positive().optional(),
  person: z.coerce.number().int().positive().optional(),
  district: DistrictCode.optional().openapi({ description: 'schools of this district' }),
});

export const VicePrincipal = z
  .object({
    appointmentId: z.number().int(),
    personId: z.number().int(),
    personName: z.string(),
    schoolId: z.number().int(),
    schoolName: z.string(),
    districtCode: z.string().nullable(),
    startsOn: z.string(),
    endsOn: z.string().nullable(),
    requiresConfirmation: z.boolean().openapi({ description: 'schools’ bookings with this person wait for their confirmation' }),
  })
  .openapi('VicePrincipal');
