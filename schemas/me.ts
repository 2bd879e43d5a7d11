// API contract of /api/v1/me: who the caller's token speaks for (role, scope, person or site,
// label) — never the token itself — and the rosters of a month that hold a person's duties.
import { z } from '@hono/zod-openapi';
import { Period } from './rosters.js';

export const TOKEN_ROLES = ['admin', 'coordinator', 'person', 'school', 'finance'] as const;

export const Me = z
  .object({
    tokenId: z.number().int().openapi({ description: 'the token row id (not a secret; for audit references)' }),
    role: z.enum(TOKEN_ROLES),
    districtCode: z.string().nullable().openapi({ description: 'coordinator: its district; null = the whole city' }),
    personId: z.number().int().nullable(),
    siteId: z.number().int().nullable(),
    label: z.string(),
    scope: z
      .object({
        level: z.enum(['city', 'district', 'person', 'site']),
        districtCode: z.string().nullable().openapi({ description: "district of the scope (a person's home district, a school's district); null for the city" }),
        districtName: z.string().nullable().openapi({ description: 'that district\'s name (tokens that may not read districts still learn their own)' }),
      })
      .openapi({ description: 'what the token acts on: the city, one district, one person or one site' }),
    person: z.object({ id: z.number().int(), code: z.string(), name: z.string(), homeDistrictCode: z.string() }).nullable(),
    site: z.object({ id: z.number().int(), code: z.string(), name: z.string(), type: z.string(), districtCode: z.string().nullable() }).nullable(),
  })
  .openapi('Me');

export const MyRostersQuery = z.object({ period: Period });
