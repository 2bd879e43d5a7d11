// Shared pieces of the API contract: ids, dates, pagination, list envelopes, problem details.
import { z } from '@hono/zod-openapi';

export const IdParam = z.object({
  id: z.coerce.number().int().positive().openapi({ param: { name: 'id', in: 'path' }, example: 1 }),
});

/** Local calendar date, YYYY-MM-DD (Asia/Shanghai). */
export const LocalDate = z.iso.date().openapi({ example: '2026-12-01' });
/** An instant with an explicit offset, e.g. 2026-12-01T09:00:00+08:00; stored as UTC. */
export const Instant = z.iso.datetime({ offset: true }).openapi({ example: '2026-12-01T09:00:00+08:00' });
/** Local wall-clock time HH:mm (Asia/Shanghai). */
export const LocalTime = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'must be HH:mm (24:00 = midnight)').openapi({ example: '09:00' });

export const Latitude = z.number().min(-90).max(90);
export const Longitude = z.number().min(-180).max(180);
export const DistrictCode = z.string().regex(/^\d{6}$/, 'must be a 6-digit division code').openapi({ example: '520201' });

export const Pagination = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50).openapi({ description: 'page size (1–500)' }),
  offset: z.coerce.number().int().min(0).default(0),
});

export function listOf<T extends z.ZodType>(item: T, name: string) {
  return z
    .object({
      items: z.array(item),
      total: z.number().int().openapi({ description: 'matching rows, all pages' }),
      limit: z.number().int(),
      offset: z.number().int(),
    })
    .openapi(name);
}

export const FieldErrorSchema = z.object({
  pointer: z.string().openapi({ example: '/homeLat' }),
  detail: z.string(),
  in: z.enum(['body', 'query', 'path', 'header']).optional(),
});

export const ProblemSchema = z
  .looseObject({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string(),
    instance: z.string().optional(),
    errors: z.array(FieldErrorSchema).optional(),
  })
  .openapi('Problem');

export const problemResponses = (...statuses: number[]) =>
  Object.fromEntries(
    statuses.map((s) => [
      s,
      { description: 'RFC 9457 problem details', content: { 'application/problem+json': { schema: ProblemSchema } } },
    ]),
  );

export const jsonContent = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});
