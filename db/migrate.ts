import path from "node:path";
import { pathToFileURL } from "node:url";

import { migrate } from "drizzle-orm/better-sqlite3/migrator";

import { databasePath } from "../app/utils/env.server";
import { type Db, openDatabase } from "./client.server";

export const MIGRATIONS_FOLDER = path.resolve(import.meta.dirname, "../drizzle");

export function migrateDatabase(db: Db): void {
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const file = databasePath();
  const db = openDatabase(file);
  migrateDatabase(db);
  db.$client.close();
  console.log(`Migrated ${file}`);
}
