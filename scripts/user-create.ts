/**
 * Creates a user from the command line, e.g. the first admin of an empty database:
 *   npm run user:create -- --email you@example.dk --role admin [--name "Your Name"] [--password ...] [--area vollsmose]
 * Without --password a strong one is generated and printed once.
 */
import crypto from "node:crypto";
import { parseArgs } from "node:util";

import { inArray } from "drizzle-orm";

import { DuplicateError } from "../app/domain/errors";
import { CreateUserSchema } from "../app/forms/user.server";
import { createUser } from "../app/models/user.server";
import { databasePath } from "../app/utils/env.server";
import { openDatabase } from "../db/client.server";
import { migrateDatabase } from "../db/migrate";
import { areas } from "../db/schema";

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    role: { type: "string" },
    name: { type: "string" },
    password: { type: "string" },
    area: { type: "string", multiple: true },
  },
});

const db = openDatabase(databasePath());
migrateDatabase(db);

const slugs = values.area ?? [];
const found = slugs.length ? db.select({ id: areas.id, slug: areas.slug }).from(areas).where(inArray(areas.slug, slugs)).all() : [];
const missing = slugs.filter((s) => !found.some((f) => f.slug === s));
if (missing.length) {
  console.error(`Unknown area(s): ${missing.join(", ")}`);
  process.exit(2);
}
const generated = values.password ? null : crypto.randomBytes(12).toString("base64url");
const parsed = CreateUserSchema.safeParse({
  email: values.email ?? "",
  name: values.name ?? values.email ?? "",
  role: values.role ?? "",
  areaIds: found.map((f) => String(f.id)),
  password: values.password ?? generated,
});
if (!parsed.success) {
  const messages: Record<string, string> = {
    "form.required": "is required",
    "form.emailInvalid": "is not a valid email",
    "form.roleUnknown": "must be one of admin, manager, board, fundraiser",
    "form.passwordTooShort": "must be at least 10 characters",
    "form.areasForManager": "a manager needs at least one --area <slug>",
  };
  for (const issue of parsed.error.issues) {
    console.error(`--${String(issue.path[0])}: ${messages[issue.message] ?? issue.message}`);
  }
  console.error('Usage: npm run user:create -- --email you@example.dk --role admin [--name "Name"] [--password ...] [--area slug]');
  process.exit(2);
}

try {
  const user = await createUser(parsed.data, null, db);
  console.log(`Created ${user.role} ${user.email}${generated ? ` with the password: ${generated}` : ""}`);
} catch (error) {
  if (error instanceof DuplicateError) {
    console.error(`A user with the email ${parsed.data.email} already exists.`);
    process.exit(2);
  }
  throw error;
} finally {
  db.$client.close();
}
