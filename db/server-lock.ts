import Database from "better-sqlite3";

import { createPrivateFile } from "./client.server";

/**
 * A running server holds a shared lock on a small SQLite file beside its database (`<db>.server-lock`),
 * taken before it opens the database; `npm run restore` takes it exclusively. The operating system drops
 * the lock when the process ends, even on `kill -9`, so unlike a pid file it can never go stale or name
 * another process. Several servers may share it; a server starting during a restore waits for it.
 */
function lockFile(dbFile: string): string {
  return `${dbFile}.server-lock`;
}

function isBusy(error: unknown): boolean {
  return (error as { code?: string }).code === "SQLITE_BUSY";
}

export type HeldLock = { release: () => void };

/**
 * For a server: holds the lock for as long as the process runs (or until released). Keep the handle: a
 * connection that is garbage-collected closes, and its lock goes with it.
 */
export function holdServerLock(dbFile: string, waitMs = 30_000): HeldLock {
  const file = lockFile(dbFile);
  createPrivateFile(file);
  const lock = new Database(file, { timeout: waitMs });
  try {
    // A read transaction holds a shared lock until it ends.
    lock.exec("BEGIN");
    lock.prepare("select count(*) from sqlite_master").get();
  } catch (error) {
    lock.close();
    if (isBusy(error)) throw new Error(`The database ${dbFile} is being restored (npm run restore); start the server when that is done.`);
    throw error;
  }
  return { release: () => lock.close() };
}

/** For a restore: the lock, exclusively, or null while any server holds it. */
export function takeServerLockExclusively(dbFile: string): HeldLock | null {
  const file = lockFile(dbFile);
  createPrivateFile(file);
  const lock = new Database(file, { timeout: 0 });
  try {
    lock.exec("BEGIN EXCLUSIVE");
  } catch (error) {
    lock.close();
    if (isBusy(error)) return null;
    throw error;
  }
  return {
    release: () => {
      lock.exec("COMMIT");
      lock.close();
    },
  };
}
