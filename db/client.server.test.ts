import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { openDatabase } from "./client.server";

/** The database holds password hashes and the audit log: only its owner may read it. */
let dir: string;
let previousUmask: number;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "overblik-mode-"));
  // The usual umask, under which files are created world-readable unless asked otherwise.
  previousUmask = process.umask(0o022);
});

afterEach(() => {
  process.umask(previousUmask);
  fs.rmSync(dir, { recursive: true, force: true });
});

const modeOf = (file: string) => fs.statSync(file).mode & 0o777;

describe("openDatabase", () => {
  it("creates the database and its -wal and -shm files readable by the owner only", () => {
    const file = path.join(dir, "new", "overblik.db");
    const db = openDatabase(file);
    db.$client.exec("create table t (x); insert into t values (1)");
    for (const suffix of ["", "-wal", "-shm"]) expect(modeOf(`${file}${suffix}`).toString(8), suffix || "main file").toBe("600");
    expect(modeOf(path.dirname(file)).toString(8), "a data folder it creates").toBe("700");
    db.$client.close();
  });

  it("tightens a database that is already world-readable, with its -wal and -shm", () => {
    const file = path.join(dir, "old.db");
    const old = new Database(file);
    old.pragma("journal_mode = WAL");
    old.exec("create table t (x); insert into t values (1)");
    for (const suffix of ["", "-wal", "-shm"]) fs.chmodSync(`${file}${suffix}`, 0o644);
    const db = openDatabase(file);
    for (const suffix of ["", "-wal", "-shm"]) expect(modeOf(`${file}${suffix}`).toString(8), suffix || "main file").toBe("600");
    expect(db.$client.prepare("select x from t").get()).toEqual({ x: 1 });
    db.$client.close();
    old.close();
  });
});
