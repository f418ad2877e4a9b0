import { execFileSync } from "node:child_process";
import path from "node:path";

import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ROOT, TMP_DIR } from "../setup/paths";
import { DEMO_USERS, request, signIn, startServer, type TestServer } from "../setup/server";
import { buildDatabase, removeDatabase } from "../setup/template-db";

let server: TestServer;
let db: Database.Database;
let admin: string;

beforeAll(async () => {
  server = await startServer();
  db = new Database(server.dbFile);
  admin = await signIn(server, DEMO_USERS.admin);
});

afterAll(async () => {
  db.close();
  await server.stop();
  expect(server.stderr()).toBe("");
});

const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;

/*
 * What an administrator's writes answer and change (303, 400 per field, 409, 404, audit rows) is
 * tested in-process in tests/routes/admin.test.ts. Here: how a refused form looks, and a first start.
 */
describe("a refused new user", () => {
  it("shows each error beside its field, tied to it for screen readers, with what was typed (never the password)", async () => {
    const users = count("select count(*) n from users");
    const audits = count("select count(*) n from audit_log");
    const form = { email: "not-an-email", name: "Ny projektleder", role: "manager", password: "long-enough-password" };
    const res = await request(server, "/admin/users", { cookie: admin, form });
    expect(res.status).toBe(400);
    const html = await res.text();
    // The email field: its message in a span the input points to.
    expect(html).toContain('<span class="form-error-message" id="email-error">Skriv en gyldig e-mailadresse, fx navn@eksempel.dk.</span>');
    const email = html.match(/<input[^>]*id="email"[^>]*>/)?.[0] ?? "";
    expect(email).toContain('aria-invalid="true"');
    expect(email).toContain('aria-describedby="email-error"');
    expect(email).toContain('value="not-an-email"');
    // The area checkboxes (a manager needs one): the message for the group, the group described by it.
    expect(html).toMatch(/<fieldset[^>]*aria-describedby="areas-hint areas-error"/);
    expect(html).toMatch(/id="areas-error"[^>]*>[\s\S]*?En projektleder skal have mindst ét boligområde\./);
    expect(html).toContain('value="Ny projektleder"');
    expect(html).not.toContain(form.password);
    expect(count("select count(*) n from users")).toBe(users);
    expect(count("select count(*) n from audit_log")).toBe(audits);
  });
});

describe("an empty database (SEED=none)", () => {
  it("has no demo accounts, tells how to make the first admin, and the command makes one", async () => {
    const file = path.join(TMP_DIR, `empty-${Date.now()}.db`);
    buildDatabase(file, { seed: "none" });
    const empty = await startServer({ dbFile: file });
    try {
      const html = await (await request(empty, "/login")).text();
      expect(html).toContain("Der er endnu ingen brugere");
      expect(html).toContain("npm run user:create -- --email");
      expect(html).not.toContain("Dette er en demo");
      expect((await request(empty, "/login", { form: { email: DEMO_USERS.admin, password: "overblik-demo" } })).status).toBe(401);

      const out = execFileSync(
        process.execPath,
        ["--import", "tsx", "scripts/user-create.ts", "--email", "first@example.dk", "--role", "admin"],
        { cwd: ROOT, env: { ...process.env, DATABASE_URL: file }, encoding: "utf8" },
      );
      const password = out.match(/with the password: (\S+)/)?.[1];
      expect(password).toBeTruthy();
      await signIn(empty, "first@example.dk", password);
    } finally {
      await empty.stop();
      removeDatabase(file);
    }
    expect(empty.stderr()).toBe("");
  });
});
