// API contract of /api/v1/registry/summary: registry counts by district × site type and
// district × role in one call (the overview's tables and charts).
import { z } from '@hono/zod-openapi';
import { District, ROLES, SITE_TYPES } from './registry.js';

const Count = z.number().int().min(0);

export const RegistrySummary = z
  .object({
    districts: z.array(District),
    siteTypes: z.array(z.enum(SITE_TYPES)),
    roles: z.array(z.enum(ROLES)),
    sites: z
      .array(z.object({ districtCode: z.string().nullable().openapi({ description: 'null: city-wide online desks' }), type: z.enum(SITE_TYPES), count: Count }))
      .openapi({ description: 'non-zero counts only' }),
    people: z
      .array(z.object({ districtCode: z.string(), role: z.enum(ROLES), count: Count }))
      .openapi({ description: 'by home district and role; a person with two roles counts under both' }),
    peopleTotals: z.array(z.object({ districtCode: z.string(), count: Count })).openapi({ description: 'people per home district (each once)' }),
    totals: z.object({ sites: Count, people: Count }),
  })
  .openapi('RegistrySummary');
