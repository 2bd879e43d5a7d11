// The audit log: who did what to which entity, when (append-only by convention).
import type { Queryable } from '../client.js';
import { auditLog } from '../schema/index.js';

export async function audit(
  db: Queryable,
  entry: { actor: string; action: string; entity: string; entityId: string | number; detail?: unknown },
): Promise<void> {
  await db.insert(auditLog).values({
    actor: entry.actor,
    action: entry.action,
    entity: entry.entity,
    entityId: String(entry.entityId),
    detail: entry.detail ?? null,
  });
}
