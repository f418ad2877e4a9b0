import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";

import { databaseAtMigration, migrationTags } from "../tests/setup/migrations";
import { backupDatabase, RefusedError, restoreDatabase } from "./backup";
import { openDatabase } from "./client.server";
import { migrateDatabase } from "./migrate";
import { holdServerLock } from "./server-lock";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "overblik-backup-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

let counter = 0;
function currentDatabase(): string {
  const file = path.join(tmp, `current-${++counter}.db`);
  const db = openDatabase(file);
  migrateDatabase(db);
  db.$client.exec("insert into organisations (name, kind) values ('Nuværende', 'housing')");
  db.$client.close();
  return file;
}

const organisations = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare("select name from organisations order by id").all() as { name: string }[]).map((r) => r.name);
  } finally {
    db.close();
  }
};

describe("restoreDatabase", () => {
  it("brings a backup made by an older version up to date", async () => {
    const { db, file: old } = databaseAtMigration(1, tmp);
    db.$client.exec("insert into organisations (name, kind) values ('Fra den gamle version', 'municipality')");
    db.$client.close();
    const target = currentDatabase();
    const result = await restoreDatabase(old, target, path.join(tmp, "backups"));
    expect(result.migrationsApplied).toBe(migrationTags().length - 1);
    expect(organisations(target)).toEqual(["Fra den gamle version"]);
    const restored = new Database(target, { readonly: true });
    expect(restored.prepare("select count(*) n from __drizzle_migrations").get()).toEqual({ n: migrationTags().length });
    restored.close();
  });

  it("refuses a backup from a newer version, which this one's code would misread", async () => {
    const target = currentDatabase();
    const { file: newer } = await backupDatabase(currentDatabase(), path.join(tmp, "backups"));
    const db = new Database(newer);
    db.prepare("insert into __drizzle_migrations (hash, created_at) values ('f00', ?)").run(Date.now() + 86_400_000);
    db.close();
    await expect(restoreDatabase(newer, target, path.join(tmp, "backups"))).rejects.toThrow(/newer version of Overblik/);
    expect(organisations(target)).toEqual(["Nuværende"]);
  });

  it("refuses while a server holds the database, and while another process has it open", async () => {
    const target = currentDatabase();
    const { file: backup } = await backupDatabase(target, path.join(tmp, "backups"));
    const server = holdServerLock(target);
    await expect(restoreDatabase(backup, target, path.join(tmp, "backups"))).rejects.toThrow(/A server is running/);
    server.release();
    const reader = new Database(target);
    reader.prepare("select count(*) from organisations").get();
    await expect(restoreDatabase(backup, target, path.join(tmp, "backups"))).rejects.toThrow(RefusedError);
    await expect(restoreDatabase(backup, target, path.join(tmp, "backups"))).rejects.toThrow(/Another process has .* open/);
    reader.close();
    await expect(restoreDatabase(backup, target, path.join(tmp, "backups"))).resolves.toMatchObject({ migrationsApplied: 0 });
  });

  it("restores into a place where no database exists yet", async () => {
    const { file: backup } = await backupDatabase(currentDatabase(), path.join(tmp, "backups"));
    const target = path.join(tmp, "fresh", "overblik.db");
    fs.mkdirSync(path.dirname(target));
    const result = await restoreDatabase(backup, target, path.join(tmp, "backups"));
    expect(result.replacedKeptIn).toBeNull();
    expect(organisations(target)).toEqual(["Nuværende"]);
  });
});
