import fs from "node:fs";
import path from "node:path";

import { openDatabase } from "../../db/client.server";
import { migrateDatabase } from "../../db/migrate";
import { seedDatabase } from "../../db/seed";
import { TEMPLATE_DB, TEST_TODAY, TMP_DIR } from "./paths";

/** Builds a migrated (and, unless asked otherwise, seeded) database file at `file`. */
export function buildDatabase(file: string, options: { seed: "demo" | "none" } = { seed: "demo" }): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${file}${suffix}`, { force: true });
  const db = openDatabase(file);
  migrateDatabase(db);
  seedDatabase(db, { today: TEST_TODAY, seed: options.seed });
  // Fold the WAL into the main file so a plain copy of it is complete.
  db.$client.pragma("wal_checkpoint(TRUNCATE)");
  db.$client.close();
}

let counter = 0;

/** A fresh copy of the seeded template for one test file or server; milliseconds, not seconds. */
export function copyTemplate(name = "db"): string {
  counter += 1;
  const file = path.join(TMP_DIR, `${name}-${process.pid}-${Date.now()}-${counter}.db`);
  fs.copyFileSync(TEMPLATE_DB, file);
  return file;
}

export function removeDatabase(file: string): void {
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${file}${suffix}`, { force: true });
}
