// API contracts of feed addresses: issuing (or rotating) and revoking a person's, site's or
// school's iCal feed token, and what the API tells about a live one.
import { z } from '@hono/zod-openapi';

export const FeedSubject = z.enum(['person', 'site', 'school']);

export const FeedLink = z
  .object({
    subject: FeedSubject,
    personId: z.number().int().nullable(),
    siteId: z.number().int().nullable(),
    tokenId: z.number().int(),
    createdAt: z.string(),
    https: z.string().openapi({ description: 'the feed address (shown once: only its hash is stored)', example: 'https://zhiban.example.cn/feeds/zf_….ics' }),
    webcal: z.string().openapi({ description: 'the same address for one-click subscription (webcal://)', example: 'webcal://zhiban.example.cn/feeds/zf_….ics' }),
    revokedOlder: z.number().int().openapi({ description: 'older addresses of this feed that stopped working now' }),
  })
  .openapi('FeedLink');

export const FeedStatus = z
  .object({
    subject: FeedSubject,
    personId: z.number().int().nullable(),
    siteId: z.number().int().nullable(),
    active: z.boolean(),
    tokenId: z.number().int().nullable(),
    createdAt: z.string().nullable(),
    https: z.string().nullable().openapi({ description: 'the live address, when the server holds the feed key it was derived from (only hashes are stored); otherwise null, and POST issues a new one' }),
    webcal: z.string().nullable(),
    issue: z.string().openapi({ description: 'where to POST to get (or rotate) the address' }),
  })
  .openapi('FeedStatus');
