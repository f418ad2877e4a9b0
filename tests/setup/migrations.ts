import fs from "node:fs";
import path from "node:path";

import { migrate } from "drizzle-orm/better-sqlite3/migrator";

import { type Db, openDatabase } from "../../db/client.server";
import { MIGRATIONS_FOLDER } from "../../db/migrate";

type Journal = { entries: { tag: string }[] };

/** The migrations in drizzle/, oldest first. */
export function migrationTags(): string[] {
  return (JSON.parse(fs.readFileSync(path.join(MIGRATIONS_FOLDER, "meta/_journal.json"), "utf8")) as Journal).entries.map((e) => e.tag);
}

/**
 * A database as an older version left it: only the first `count` migrations applied, by drizzle's own
 * migrator (from a copy of drizzle/ whose journal stops there), so the real migrator can continue from it.
 */
export function databaseAtMigration(count: number, dir: string): { db: Db; file: string } {
  const folder = path.join(dir, `migrations-${count}`);
  fs.rmSync(folder, { recursive: true, force: true });
  fs.cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
  const journalFile = path.join(folder, "meta/_journal.json");
  const journal = JSON.parse(fs.readFileSync(journalFile, "utf8")) as Journal;
  fs.writeFileSync(journalFile, JSON.stringify({ ...journal, entries: journal.entries.slice(0, count) }));
  const file = path.join(dir, `at-migration-${count}-${Math.random().toString(36).slice(2)}.db`);
  const db = openDatabase(file);
  migrate(db, { migrationsFolder: folder });
  return { db, file };
}
