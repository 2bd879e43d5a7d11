// Offset pagination with the total count, shared by every list endpoint.
import { count, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Queryable } from '../client.js';

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export async function pageOf<T extends PgTable>(
  db: Queryable,
  table: T,
  where: SQL | undefined,
  orderBy: PgColumn,
  limit: number,
  offset: number,
): Promise<Page<T['$inferSelect']>> {
  const [rows, totals] = await Promise.all([
    db.select().from(table as PgTable).where(where).orderBy(orderBy).limit(limit).offset(offset),
    db.select({ n: count() }).from(table as PgTable).where(where),
  ]);
  return { items: rows as T['$inferSelect'][], total: totals[0]?.n ?? 0, limit, offset };
}

/** Escapes LIKE wildcards in user search text. */
export const likeText = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
