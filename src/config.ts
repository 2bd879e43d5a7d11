// The only reader of process.env: parses the environment once with zod and fails fast,
// naming every field that is wrong.
import { z } from 'zod';

const EnvSchema = z.object({
  /** Unset or empty → embedded PGlite in DATA_DIR; postgres://… → a real PostgreSQL. */
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || /^postgres(ql)?:\/\//.test(v), 'must be a postgres:// URL'),
  DATA_DIR: z.string().default('./data'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  /** When set, start-up ensures an admin API token with exactly this value exists. */
  ZHIBAN_ADMIN_TOKEN: z
    .string()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || v.length >= 24, 'must be at least 24 characters'),
  /** Seed the Liupanshui demo data into an empty database at start-up (default on). */
  ZHIBAN_SEED_DEMO: z.enum(['0', '1']).default('1'),
  /** Run a pg-boss solve worker in the API process (default on). */
  ZHIBAN_WORKER: z.enum(['0', '1']).default('1'),
  /** Public base URL used in feed links, e.g. https://zhiban.example.cn; defaults to the bind address. */
  PUBLIC_URL: z.string().url().optional(),
  /** Seconds between job-queue maintenance runs (expired jobs of dead workers are retried then). */
  ZHIBAN_JOB_MAINTENANCE_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  /** Seconds a solve job may overrun its time limit before it counts as dead and is retried. */
  ZHIBAN_JOB_EXPIRE_SLACK_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  /** Server secret from which feed addresses are derived, so their owners can see them again
   *  (src/auth/feed-key.ts). Unset: a file in DATA_DIR on the embedded database; none on PostgreSQL
   *  (every API process must share one key, so it has to come from the environment there). */
  ZHIBAN_FEED_KEY: z
    .string()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || v.length >= 32, 'must be at least 32 characters'),
  LOG_LEVEL: z.enum(['silent', 'error', 'info', 'debug']).default('info'),
});

export interface Config {
  databaseUrl: string | undefined;
  dataDir: string;
  host: string;
  port: number;
  adminToken: string | undefined;
  seedDemo: boolean;
  runWorker: boolean;
  publicUrl: string;
  logLevel: 'silent' | 'error' | 'info' | 'debug';
  feedKey: string | undefined;
  jobMaintenanceSeconds: number;
  jobExpireSlackSeconds: number;
}

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid environment:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    host: e.HOST,
    port: e.PORT,
    adminToken: e.ZHIBAN_ADMIN_TOKEN,
    seedDemo: e.ZHIBAN_SEED_DEMO === '1',
    runWorker: e.ZHIBAN_WORKER === '1',
    publicUrl: (e.PUBLIC_URL ?? `http://${e.HOST}:${e.PORT}`).replace(/\/$/, ''),
    logLevel: e.LOG_LEVEL,
    feedKey: e.ZHIBAN_FEED_KEY,
    jobMaintenanceSeconds: e.ZHIBAN_JOB_MAINTENANCE_SECONDS,
    jobExpireSlackSeconds: e.ZHIBAN_JOB_EXPIRE_SLACK_SECONDS,
  };
}
