import path from "node:path";

import { z } from "zod";

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  DATABASE_URL: z
    .string()
    .default("data/overblik.db")
    .transform((value) => value.replace(/^file:(\/\/)?/, ""))
    .refine((value) => value.length > 0, "DATABASE_URL must name a SQLite file"),
  /** Where `npm run backup` writes; by default a `backups` folder beside the database. */
  BACKUP_DIR: z.string().min(1).optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  /** Fixes "today" (YYYY-MM-DD) so tests that count days or quarters do not drift. */
  TODAY: z
    .string()
    .regex(isoDate, "TODAY must be a date written YYYY-MM-DD")
    .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), "TODAY is not a real date")
    .optional(),
  /** `none` leaves a new database empty; `demo` (default) seeds the demo portfolio. */
  SEED: z.enum(["demo", "none"]).default("demo"),
  /** Days without a status update before an activity counts as stale. */
  STALE_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  /** `1` sends a `Server-Timing` header with the time each request spent in SQLite (for `npm run bench`). */
  SERVER_TIMING: z
    .enum(["0", "1"])
    .default("0")
    .transform((value) => value === "1"),
  /** Signs the session cookie. When not given, one is generated once and kept beside the database. */
  SESSION_SECRET: z.string().min(32, "SESSION_SECRET must be at least 32 characters").optional(),
  /** A session ends after this many minutes without a request… */
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(60 * 24 * 30)
    .default(8 * 60),
  /** …and in any case this many hours after sign-in. */
  SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(24 * 7),
  /** The public origin (e.g. https://overblik.example.dk) when served behind a proxy; else taken from the request. */
  ORIGIN: z
    .url({ message: "ORIGIN must be a URL such as https://overblik.example.dk" })
    .transform((value) => new URL(value).origin)
    .optional(),
});

export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;

/** Parses the environment once; a bad value stops the app with a message naming the variable. */
export function getEnv(): Env {
  if (cached) return cached;
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}

export function databasePath(env: Env = getEnv()): string {
  return path.resolve(env.DATABASE_URL);
}

/** The folder that holds the database; generated secrets are kept beside it. */
export function dataDir(env: Env = getEnv()): string {
  return path.dirname(databasePath(env));
}

/** The folder `npm run backup` writes to and `npm run restore` keeps the replaced database in. */
export function backupsDir(env: Env = getEnv()): string {
  return env.BACKUP_DIR ? path.resolve(env.BACKUP_DIR) : path.join(dataDir(env), "backups");
}
