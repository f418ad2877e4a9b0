import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ROOT, TEST_TODAY, TMP_DIR } from "../setup/paths";
import { DEMO_USERS, request, signIn, startServer, type TestServer } from "../setup/server";
import { startServerProcess } from "../setup/server-process";
import { copyTemplate } from "../setup/template-db";

type Run = { code: number | null; stdout: string; stderr: string };

/**
 * What `npm run <script> -- args` runs (package.json: `tsx scripts/<script>.ts`), on the given database and
 * backups folder. Started with node directly: npm's own start-up adds a second or more per run on a busy
 * machine, and the first test makes six runs.
 */
function npmRun(script: "backup" | "restore", args: string[], env: { DATABASE_URL: string; BACKUP_DIR: string }): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join("scripts", `${script}.ts`), ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

const modeOf = (file: string) => (fs.statSync(file).mode & 0o777).toString(8);
const countOf = (file: string, table: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare(`select count(*) n from ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
};
const leftovers = (file: string) => [`${file}-wal`, `${file}-shm`, `${file}.restoring`].filter((f) => fs.existsSync(f));

let backupDir: string;
let counter = 0;
const newBackupDir = () => path.join(TMP_DIR, `backups-${process.pid}-${++counter}`);

describe("npm run backup while the server writes", () => {
  let server: TestServer;
  let db: Database.Database;

  beforeAll(async () => {
    server = await startServer();
    db = new Database(server.dbFile);
    backupDir = newBackupDir();
  });

  afterAll(async () => {
    db.close();
    await server.stop();
    expect(server.stderr()).toBe("");
  });

  it("writes a complete, consistent, private copy without disturbing the writes", async () => {
    const cookie = await signIn(server, DEMO_USERS.managerVollsmose);
    const activity = db.prepare("select id, status from activities where title = 'Bydelssøstre'").get() as { id: number; status: string };
    const version = () => (db.prepare("select version from activities where id = ?").get(activity.id) as { version: number }).version;
    const statuses: number[] = [];
    let writing = true;
    const writer = (async () => {
      while (writing) {
        const res = await request(server, `/activities/${activity.id}/updates`, {
          cookie,
          form: {
            status: activity.status,
            health: "green",
            reportedOn: TEST_TODAY,
            note: `write ${statuses.length}`,
            version: String(version()),
          },
        });
        statuses.push(res.status);
      }
    })();
    // Let the writer get going before the backup starts.
    while (statuses.length < 5) await new Promise((resolve) => setTimeout(resolve, 10));
    const before = countOf(server.dbFile, "status_updates");
    const writesBefore = statuses.length;
    const run = await npmRun("backup", [], { DATABASE_URL: server.dbFile, BACKUP_DIR: backupDir });
    const writesDuring = statuses.length - writesBefore;
    writing = false;
    await writer;
    const after = countOf(server.dbFile, "status_updates");

    expect(run.code, run.stderr).toBe(0);
    const file = run.stdout.trim();
    expect(path.dirname(file)).toBe(backupDir);
    expect(path.basename(file)).toMatch(/^server-.*-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.db$/);
    expect(run.stderr).toMatch(/integrity ok/);
    expect(writesDuring, "writes happened while the backup ran").toBeGreaterThan(0);
    expect(statuses.every((s) => s === 303)).toBe(true);

    expect(modeOf(file)).toBe("600");
    expect(modeOf(backupDir)).toBe("700");
    expect(leftovers(file), "a single self-contained file").toEqual([]);
    const copy = new Database(file, { readonly: true });
    expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(copy.pragma("journal_mode", { simple: true })).toBe("delete");
    const copied = (copy.prepare("select count(*) n from status_updates").get() as { n: number }).n;
    // A snapshot: every update it holds is also in the activity's version and audit log of that moment.
    const versionInCopy = (copy.prepare("select version from activities where id = ?").get(activity.id) as { version: number }).version;
    const auditInCopy = (copy.prepare("select count(*) n from audit_log where action = 'activity.status-update'").get() as { n: number }).n;
    const updatesOfActivity = (
      copy.prepare("select count(*) n from status_updates where activity_id = ?").get(activity.id) as { n: number }
    ).n;
    copy.close();
    expect(copied).toBeGreaterThanOrEqual(before);
    expect(copied).toBeLessThanOrEqual(after);
    const original = new Database(copyTemplate("original"), { readonly: true });
    const originalVersion = (original.prepare("select version from activities where id = ?").get(activity.id) as { version: number })
      .version;
    const originalUpdates = (
      original.prepare("select count(*) n from status_updates where activity_id = ?").get(activity.id) as { n: number }
    ).n;
    const originalAudit = (
      original.prepare("select count(*) n from audit_log where action = 'activity.status-update'").get() as { n: number }
    ).n;
    original.close();
    expect(versionInCopy - originalVersion).toBe(updatesOfActivity - originalUpdates);
    expect(auditInCopy - originalAudit).toBe(updatesOfActivity - originalUpdates);
  });
});

// Each test starts up to seven processes (scripts through tsx, servers): a few seconds apiece while the whole
// suite runs on a loaded 2-core machine, which the project's 20 s would not always cover.
describe("npm run restore", { timeout: 90_000 }, () => {
  it("refuses while a server runs on the database, and changes nothing", async () => {
    const server = await startServer();
    const dir = newBackupDir();
    try {
      const backup = await npmRun("backup", [], { DATABASE_URL: server.dbFile, BACKUP_DIR: dir });
      expect(backup.code, backup.stderr).toBe(0);
      const before = fs.readFileSync(server.dbFile);
      const run = await npmRun("restore", [backup.stdout.trim()], { DATABASE_URL: server.dbFile, BACKUP_DIR: dir });
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/Restore refused: A server is running on /);
      expect(fs.readFileSync(server.dbFile).equals(before)).toBe(true);
      expect(fs.existsSync(`${server.dbFile}.restoring`)).toBe(false);
      expect((await request(server, "/healthz")).status).toBe(200);
    } finally {
      await server.stop();
    }
  });

  it("refuses a file that is damaged, not SQLite or not Overblik's, and changes nothing", async () => {
    const target = copyTemplate("restore-target");
    const dir = newBackupDir();
    const good = await npmRun("backup", [], { DATABASE_URL: target, BACKUP_DIR: dir });
    expect(good.code, good.stderr).toBe(0);
    const goodBytes = fs.readFileSync(good.stdout.trim());

    const damaged = path.join(dir, "damaged.db");
    const bytes = Buffer.from(goodBytes);
    // Scribble over the middle pages (not the header): SQLite opens it, its integrity check does not pass.
    bytes.fill(0xa5, 8 * 4096, 12 * 4096);
    fs.writeFileSync(damaged, bytes);
    const truncated = path.join(dir, "truncated.db");
    fs.writeFileSync(truncated, goodBytes.subarray(0, Math.floor(goodBytes.length / 2)));
    const notSqlite = path.join(dir, "notes.txt");
    fs.writeFileSync(notSqlite, "Referat fra bestyrelsesmødet\n".repeat(500));
    const foreign = path.join(dir, "other-app.db");
    const other = new Database(foreign);
    other.exec("create table notes (id integer primary key, text text); insert into notes (text) values ('hej')");
    other.close();

    const before = fs.readFileSync(target);
    const cases: [string, RegExp][] = [
      [damaged, /failed SQLite's integrity check|not a readable SQLite database/],
      [truncated, /failed SQLite's integrity check|not a readable SQLite database/],
      [notSqlite, /not a readable SQLite database/],
      [foreign, /not an Overblik database/],
      [path.join(dir, "missing.db"), /There is no file/],
    ];
    for (const [file, message] of cases) {
      const run = await npmRun("restore", [file], { DATABASE_URL: target, BACKUP_DIR: dir });
      expect(run.code, path.basename(file)).toBe(1);
      expect(run.stderr, path.basename(file)).toMatch(message);
      expect(fs.readFileSync(target).equals(before), path.basename(file)).toBe(true);
      expect(leftovers(target), path.basename(file)).toEqual([]);
    }
  });

  it("replaces the database with the backup, keeps the one it replaced, and the server serves the backup", async () => {
    const dir = newBackupDir();
    const file = copyTemplate("restore-live");
    const live = await startServerProcess({ dbFile: file, env: { NODE_ENV: "production" } });
    const server = { url: live.url, dbFile: file } as TestServer;
    const backup = await npmRun("backup", [], { DATABASE_URL: file, BACKUP_DIR: dir });
    expect(backup.code, backup.stderr).toBe(0);
    const updatesInBackup = countOf(backup.stdout.trim(), "status_updates");

    // After the backup: a new user, through the app.
    const admin = await signIn(server, DEMO_USERS.admin);
    const created = await request(server, "/admin/users", {
      cookie: admin,
      form: { email: "after.backup@overblik.test", name: "After Backup", role: "board", password: "long-enough-password" },
    });
    expect(created.status).toBe(303);
    // A crash, not a clean stop: the server's lock must not outlive it.
    live.signal("SIGKILL");
    expect((await live.exited).signal).toBe("SIGKILL");

    const run = await npmRun("restore", [backup.stdout.trim()], { DATABASE_URL: file, BACKUP_DIR: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Restored .* in \d+ ms\.$/m);
    const kept = run.stdout.match(/kept in (.+)\.$/m)?.[1] ?? "";
    expect(path.dirname(kept)).toBe(dir);
    expect(modeOf(file)).toBe("600");
    expect(modeOf(kept)).toBe("600");
    expect(leftovers(file)).toEqual([]);

    const restored = new Database(file, { readonly: true });
    expect(restored.prepare("select count(*) n from users where email = 'after.backup@overblik.test'").get()).toEqual({ n: 0 });
    expect(restored.pragma("integrity_check", { simple: true })).toBe("ok");
    restored.close();
    expect(countOf(file, "status_updates")).toBe(updatesInBackup);
    const replaced = new Database(kept, { readonly: true });
    expect(replaced.prepare("select count(*) n from users where email = 'after.backup@overblik.test'").get()).toEqual({ n: 1 });
    replaced.close();

    const again = await startServer({ dbFile: file });
    try {
      expect((await request(again, "/healthz")).status).toBe(200);
      expect((await request(again, "/activities", { cookie: await signIn(again, DEMO_USERS.board) })).status).toBe(200);
    } finally {
      await again.stop();
    }
  });
});
