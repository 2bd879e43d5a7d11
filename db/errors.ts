// Reads the SQLSTATE out of a database error, whichever driver raised it (postgres.js or
// PGlite, possibly wrapped by drizzle), so callers can turn expected failures into 4xx values.

export interface PgErrorInfo {
  code: string;
  constraint?: string;
  detail?: string;
  message: string;
}

export function pgErrorOf(err: unknown): PgErrorInfo | undefined {
  let e: unknown = err;
  for (let depth = 0; e && depth < 5; depth++) {
    const o = e as Record<string, unknown>;
    if (typeof o.code === 'string' && /^[0-9A-Z]{5}$/.test(o.code)) {
      return {
        code: o.code,
        constraint: (o.constraint ?? o.constraint_name) as string | undefined,
        detail: o.detail as string | undefined,
        message: String(o.message ?? ''),
      };
    }
    e = o.cause;
  }
  return undefined;
}

export const PG = {
  uniqueViolation: '23505',
  foreignKeyViolation: '23503',
  /** ON DELETE RESTRICT refuses a delete (PostgreSQL ≥ 15 reports 23001, not 23503). */
  restrictViolation: '23001',
  checkViolation: '23514',
  exclusionViolation: '23P01',
  notNullViolation: '23502',
  raiseException: 'P0001',
} as const;

/** A row is still referenced (FK RESTRICT / NO ACTION) or references a missing row. */
export function isReferenceViolation(err: unknown): boolean {
  const code = pgErrorOf(err)?.code;
  return code === PG.foreignKeyViolation || code === PG.restrictViolation;
}
