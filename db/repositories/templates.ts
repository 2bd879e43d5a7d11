// Duty template reads.
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../client.js';
import { dutyTemplates, sites } from '../schema/index.js';
import { pageOf } from './paging.js';

export type DutyTemplateRow = typeof dutyTemplates.$inferSelect;

export async function findTemplate(db: Queryable, id: number) {
  const [row] = await db.select().from(dutyTemplates).where(eq(dutyTemplates.id, id));
  return row;
}

export function listTemplates(db: Queryable, q: { site?: number; district?: string; siteType?: string; limit: number; offset: number }) {
  const conds: SQL[] = [];
  if (q.site) conds.push(eq(dutyTemplates.siteId, q.site));
  if (q.district || q.siteType) {
    const inner: SQL[] = [];
    if (q.district) inner.push(sql`${sites.districtCode} = ${q.district}`);
    if (q.siteType) inner.push(sql`${sites.type} = ${q.siteType}`);
    conds.push(sql`${dutyTemplates.siteId} in (select ${sites.id} from ${sites} where ${and(...inner)})`);
  }
  return pageOf(db, dutyTemplates, conds.length ? and(...conds) : undefined, dutyTemplates.id, q.limit, q.offset);
}
