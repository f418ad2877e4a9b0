import fs from "node:fs";
import path from "node:path";

import Database from "better-sqlite3";
import { readMigrationFiles } from "drizzle-orm/migrator";

import { createPrivateFile, openDatabase } from "./client.server";
import { migrateDatabase, MIGRATIONS_FOLDER } from "./migrate";
import { takeServerLockExclusively } from "./server-lock";

/** A backup or restore that was refused, with a message for the person running it. */
export class RefusedError extends Error {}

const SUFFIXES = ["-wal", "-shm"] as const;

function removeWalAndShm(file: string): void {
  for (const suffix of SUFFIXES) fs.rmSync(`${file}${suffix}`, { force: true });
}

function isBusy(error: unknown): boolean {
  return (error as { code?: string }).code === "SQLITE_BUSY";
}

/** A new, empty, private file in `dir` named after the database and the time, never one that exists. */
function newBackupFile(database: string, dir: string, label: string, now: Date): string {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const base = path.basename(database).replace(/\.(db|sqlite3?)$/, "");
  const stamp = now.toISOString().replace(/[:.]/g, "-");
  for (let n = 1; ; n++) {
    const file = path.join(dir, `${base}${label ? `-${label}` : ""}-${stamp}${n > 1 ? `-${n}` : ""}.db`);
    try {
      fs.closeSync(fs.openSync(file, "wx", 0o600));
      return file;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
}

/** Makes a finished copy a self-contained file (no -wal needed to read it) and checks it. */
function sealAndCheck(file: string): void {
  const copy = new Database(file);
  try {
    copy.pragma("journal_mode = DELETE");
    const result = copy.pragma("integrity_check", { simple: true });
    if (result !== "ok") throw new Error(`The backup ${file} failed its integrity check: ${String(result)}`);
  } finally {
    copy.close();
  }
}

export type BackupResult = { file: string; bytes: number; ms: number };

/**
 * An online backup through SQLite's backup API: a consistent copy even while a server writes (in WAL mode
 * the copy reads a snapshot and blocks no writer). The copy is private (0600), in a private folder.
 */
export async function backupDatabase(
  database: string,
  dir: string,
  options: { label?: string; now?: Date; source?: Database.Database } = {},
): Promise<BackupResult> {
  if (!options.source && !fs.existsSync(database)) throw new RefusedError(`There is no database at ${database}.`);
  const started = performance.now();
  const file = newBackupFile(database, dir, options.label ?? "", options.now ?? new Date());
  const source = options.source ?? new Database(database, { fileMustExist: true, timeout: 5_000 });
  try {
    // All remaining pages in one step: a copy made in many steps starts over whenever another connection
    // writes in between, so under steady writes it might never finish.
    await source.backup(file, { progress: ({ totalPages }) => Math.max(totalPages, 100) });
    sealAndCheck(file);
  } catch (error) {
    removeWalAndShm(file);
    fs.rmSync(file, { force: true });
    throw error;
  } finally {
    if (!options.source) source.close();
  }
  return { file, bytes: fs.statSync(file).size, ms: Math.round(performance.now() - started) };
}

/** The checks a file must pass before it may replace the database. Throws RefusedError. */
function checkRestorable(file: string, db: Database.Database): { applied: number } {
  let integrity: unknown;
  try {
    integrity = db.pragma("integrity_check", { simple: true });
  } catch (error) {
    throw new RefusedError(`${file} is not a readable SQLite database (${(error as Error).message}).`);
  }
  if (integrity !== "ok") throw new RefusedError(`${file} failed SQLite's integrity check: ${String(integrity)}`);
  const violations = db.pragma("foreign_key_check") as unknown[];
  if (violations.length > 0) throw new RefusedError(`${file} has ${violations.length} rows that break foreign keys.`);

  const hasMigrations = db.prepare("select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'").get();
  const applied = hasMigrations
    ? (db.prepare("select hash, created_at as createdAt from __drizzle_migrations order by created_at").all() as {
        hash: string;
        createdAt: number;
      }[])
    : [];
  if (applied.length === 0) throw new RefusedError(`${file} is not an Overblik database: it has no migrations table.`);
  const ours = new Map(readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER }).map((m) => [m.folderMillis, m.hash]));
  for (const migration of applied) {
    if (!ours.has(Number(migration.createdAt))) {
      throw new RefusedError(`${file} was made by another or a newer version of Overblik: it has a migration this one does not know.`);
    }
    if (ours.get(Number(migration.createdAt)) !== migration.hash) {
      throw new RefusedError(`${file} is not an Overblik database: its migrations differ from ours.`);
    }
  }
  return { applied: applied.length };
}

export type RestoreResult = { ms: number; replacedKeptIn: string | null; migrationsApplied: number };

/**
 * Replaces the database with a backup, atomically: the backup is copied beside the database, checked and
 * migrated there, and renamed over it. Refused while a server holds the database or any other process has
 * it open. The database it replaces is first backed up into `dir`.
 */
export async function restoreDatabase(backup: string, database: string, dir: string): Promise<RestoreResult> {
  const started = performance.now();
  if (!fs.existsSync(backup) || !fs.statSync(backup).isFile()) throw new RefusedError(`There is no file ${backup}.`);
  if (path.resolve(backup) === path.resolve(database)) throw new RefusedError(`${backup} is the database itself.`);

  const serverLock = takeServerLockExclusively(database);
  if (!serverLock) {
    throw new RefusedError(`A server is running on ${database}. Stop it first (its lock ${database}.server-lock is held).`);
  }
  const staging = `${database}.restoring`;
  try {
    // 1. A private copy beside the database, with the backup's -wal if it has one (SQLite reads both).
    removeWalAndShm(staging);
    fs.rmSync(staging, { force: true });
    createPrivateFile(staging);
    fs.copyFileSync(backup, staging);
    if (fs.existsSync(`${backup}-wal`)) fs.copyFileSync(`${backup}-wal`, `${staging}-wal`);

    // 2. Checked, then brought up to this version's migrations, before anything of the database is touched.
    let migrationsApplied: number;
    const check = new Database(staging);
    try {
      const { applied } = checkRestorable(backup, check);
      migrationsApplied = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER }).length - applied;
    } finally {
      check.close();
    }
    const staged = openDatabase(staging);
    migrateDatabase(staged);
    staged.$client.pragma("wal_checkpoint(TRUNCATE)");
    staged.$client.close();
    removeWalAndShm(staging);

    // 3. The database it replaces: nobody may have it open; kept as a backup; its WAL folded in.
    let replacedKeptIn: string | null = null;
    if (fs.existsSync(database)) {
      const current = new Database(database, { timeout: 0 });
      try {
        current.pragma("locking_mode = EXCLUSIVE");
        try {
          current.exec("BEGIN EXCLUSIVE; COMMIT");
        } catch (error) {
          if (isBusy(error))
            throw new RefusedError(`Another process has ${database} open (a backup, a script?). Try again when it is done.`);
          throw error;
        }
        try {
          replacedKeptIn = (await backupDatabase(database, dir, { label: "before-restore", source: current })).file;
          current.pragma("wal_checkpoint(TRUNCATE)");
        } catch {
          // A damaged database (perhaps why it is being restored) is kept as it lies, WAL and all.
          replacedKeptIn = newBackupFile(database, dir, "before-restore-raw", new Date());
          fs.copyFileSync(database, replacedKeptIn);
          if (fs.existsSync(`${database}-wal`)) fs.copyFileSync(`${database}-wal`, `${replacedKeptIn}-wal`);
        }
      } finally {
        current.close();
      }
      // A -wal left beside the old file would be replayed into the new one.
      removeWalAndShm(database);
    }

    // 4. The swap: one rename, after the copy is on disk.
    const fd = fs.openSync(staging, "r+");
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fs.renameSync(staging, database);
    const dirFd = fs.openSync(path.dirname(database), "r");
    fs.fsyncSync(dirFd);
    fs.closeSync(dirFd);
    return { ms: Math.round(performance.now() - started), replacedKeptIn, migrationsApplied };
  } finally {
    removeWalAndShm(staging);
    fs.rmSync(staging, { force: true });
    serverLock.release();
  }
}
