import fs from "node:fs";
import path from "node:path";

import Database from "better-sqlite3";
import { type BetterSQLite3Database, drizzle } from "drizzle-orm/better-sqlite3";

import { databasePath } from "../app/utils/env.server";
import { foldText } from "../app/utils/text";
import * as schema from "./schema";
import { cacheStatements } from "./statement-cache";
import { trackWrites } from "./write-generation";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** The database holds password hashes and the audit log: readable and writable by its owner only. */
const PRIVATE_FILE = 0o600;

/**
 * Makes a database file and its -wal and -shm files (when they exist) private to their owner, tightening
 * files made world-readable before this rule. SQLite creates -wal and -shm with the main file's mode.
 */
function makePrivate(file: string): void {
  for (const suffix of ["", "-wal", "-shm"]) {
    try {
      if ((fs.statSync(`${file}${suffix}`).mode & 0o777) !== PRIVATE_FILE) fs.chmodSync(`${file}${suffix}`, PRIVATE_FILE);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  }
}

/** Creates a SQLite file's folder (private when new) and the file itself, private, unless they exist. */
export function createPrivateFile(file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  fs.closeSync(fs.openSync(file, "a", PRIVATE_FILE));
  makePrivate(file);
}

/** Opens a SQLite file with the settings every connection of ours needs. */
export function openDatabase(file: string): Db {
  createPrivateFile(file);
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  // SQLite's own lower() and LIKE fold only ASCII; searches must match "Løkke" with "løkke" and "ÆBLE" with "æble".
  // Cached figures hold until the next write: count the writes (db/write-generation.ts).
  trackWrites(sqlite);
  // Reuses compiled statements; after trackWrites, so that a statement's writes are counted by the wrapper
  // it got when it was first prepared.
  cacheStatements(sqlite);
  sqlite.function("fold", { deterministic: true }, (value: unknown) => (typeof value === "string" ? foldText(value) : null));
  return drizzle(sqlite, { schema });
}

declare global {
  // Cached across dev rebuilds so a reload does not leak connections.
  var __overblikDb: Db | undefined;
}

/** The process's one connection, opened on first use. */
export function getDb(): Db {
  globalThis.__overblikDb ??= openDatabase(databasePath());
  return globalThis.__overblikDb;
}

/** A transaction handle, for model functions that write as part of a larger transaction. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

/** The connection itself, rather than a transaction's handle on it. */
export function isConnection(db: DbOrTx): db is Db {
  return "$client" in db;
}
