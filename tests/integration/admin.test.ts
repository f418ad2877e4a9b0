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

const count = (sql: string, ...params: unknown[]) => (db.prepare(sql).get(...params) as { n: number }).n;
const areaId = (slug: string) => String((db.prepare("select id from areas where slug = ?").get(slug) as { id: number }).id);
const auditRows = (action: string) =>
  db.prepare("select * from audit_log where action = ? order by id").all(action) as {
    user_id: number | null;
    entity: string;
    entity_id: string;
    before: string | null;
    after: string | null;
  }[];

const valid = () => ({
  email: `new.manager.${Date.now()}@overblik.test`,
  name: "Ny projektleder",
  role: "manager",
  areaIds: [areaId("ejerslykke")],
  password: "long-enough-password",
});

describe("creating users", () => {
  it("creates a manager with areas, writes an audit row in the same step, and the user can sign in", async () => {
    const input = valid();
    const before = count("select count(*) n from audit_log where action = 'user.create'");
    const res = await request(server, "/admin/users", { cookie: admin, form: input });
    expect(res.status).toBe(303);
    const user = db.prepare("select id, role, password_hash from users where email = ?").get(input.email) as {
      id: number;
      role: string;
      password_hash: string;
    };
    expect(user.role).toBe("manager");
    expect(user.password_hash).toMatch(/^scrypt\$/);
    expect(count("select count(*) n from user_areas where user_id = ?", user.id)).toBe(1);
    expect(count("select count(*) n from audit_log where action = 'user.create'")).toBe(before + 1);
    const row = auditRows("user.create").at(-1);
    const adminId = (db.prepare("select id from users where email = ?").get(DEMO_USERS.admin) as { id: number }).id;
    expect(row?.user_id).toBe(adminId);
    expect(row?.entity_id).toBe(String(user.id));
    expect(JSON.parse(row?.after ?? "{}")).toMatchObject({ email: input.email, role: "manager", areas: ["ejerslykke"] });
    expect(row?.after).not.toContain("scrypt");
    await signIn(server, input.email, input.password);
  });

  it.each([
    ["a missing email", { email: "" }, "email"],
    ["an invalid email", { email: "not-an-email" }, "email"],
    ["an oversized name", { name: "x".repeat(500) }, "name"],
    ["an unknown role", { role: "superuser" }, "role"],
    ["an unknown area", { areaIds: ["999999"] }, "area"],
    ["a non-numeric area", { areaIds: ["vollsmose"] }, "area"],
    ["a manager without areas", { areaIds: [] as string[] }, "area"],
    ["a short password", { password: "short" }, "password"],
  ])("answers 400 for %s, names the field and writes nothing", async (_label, patch, field) => {
    const input = { ...valid(), ...patch };
    const users = count("select count(*) n from users");
    const audits = count("select count(*) n from audit_log");
    const res = await request(server, "/admin/users", { cookie: admin, form: input as Record<string, string | string[]> });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain(`id="${field === "area" ? "areas" : field}-error"`);
    // The typed values come back (never the password).
    if (input.name.length < 200) expect(html).toContain(input.name);
    expect(html).not.toContain(input.password);
    expect(count("select count(*) n from users")).toBe(users);
    expect(count("select count(*) n from audit_log")).toBe(audits);
  });

  it("answers 409 for an email that exists", async () => {
    const res = await request(server, "/admin/users", { cookie: admin, form: { ...valid(), email: DEMO_USERS.board } });
    expect(res.status).toBe(409);
    expect(await res.text()).toContain("Der findes allerede en bruger med denne e-mail.");
  });
});

describe("changing users", () => {
  const userRow = (email: string) =>
    db.prepare("select id, version, role from users where email = ?").get(email) as { id: number; version: number; role: string };

  it("changes role and areas with a before/after audit row", async () => {
    const u = userRow(DEMO_USERS.managerKorsloekken);
    const res = await request(server, `/admin/users/${u.id}`, {
      cookie: admin,
      form: {
        intent: "update",
        name: "Områdeleder",
        role: "manager",
        areaIds: [areaId("korsloekken"), areaId("solbakken-rising"), areaId("ejerslykke")],
        version: String(u.version),
      },
    });
    expect(res.status).toBe(303);
    const row = auditRows("user.update").at(-1);
    expect(JSON.parse(row?.before ?? "{}").areas).toEqual(["korsloekken", "solbakken-rising"]);
    expect(JSON.parse(row?.after ?? "{}").areas).toEqual(["ejerslykke", "korsloekken", "solbakken-rising"]);
  });

  it("tells the second of two admins editing the same user (409) and keeps the stored values", async () => {
    const u = userRow(DEMO_USERS.board);
    const first = await request(server, `/admin/users/${u.id}`, {
      cookie: admin,
      form: { intent: "update", name: "Bestyrelsesmedlem A", role: "board", version: String(u.version) },
    });
    expect(first.status).toBe(303);
    const second = await request(server, `/admin/users/${u.id}`, {
      cookie: admin,
      form: { intent: "update", name: "Bestyrelsesmedlem B", role: "board", version: String(u.version) },
    });
    expect(second.status).toBe(409);
    expect(await second.text()).toContain("Brugeren er ændret af en anden");
    expect((db.prepare("select name from users where id = ?").get(u.id) as { name: string }).name).toBe("Bestyrelsesmedlem A");
  });

  it("refuses to let an admin lock themselves out", async () => {
    const me = userRow(DEMO_USERS.admin);
    const res = await request(server, `/admin/users/${me.id}`, {
      cookie: admin,
      form: { intent: "update", name: "Admin", role: "board", version: String(me.version) },
    });
    expect(res.status).toBe(400);
    expect(userRow(DEMO_USERS.admin).role).toBe("admin");
  });

  it("resets a password: old sessions end, the new password works, the audit row holds no password", async () => {
    const u = userRow(DEMO_USERS.fundraiser);
    const old = await signIn(server, DEMO_USERS.fundraiser);
    const short = await request(server, `/admin/users/${u.id}`, { cookie: admin, form: { intent: "reset-password", password: "x" } });
    expect(short.status).toBe(400);
    const res = await request(server, `/admin/users/${u.id}`, {
      cookie: admin,
      form: { intent: "reset-password", password: "a-brand-new-password" },
    });
    expect(res.status).toBe(303);
    expect((await request(server, "/", { cookie: old })).status).toBe(302);
    await signIn(server, DEMO_USERS.fundraiser, "a-brand-new-password");
    const row = auditRows("user.reset-password").at(-1);
    expect(row?.entity_id).toBe(String(u.id));
    expect(`${row?.before}${row?.after}`).not.toContain("a-brand-new-password");
  });

  it("answers 404 for an unknown user", async () => {
    expect((await request(server, "/admin/users/999999", { cookie: admin })).status).toBe(404);
  });
});

describe("the audit log", () => {
  it("lists writes with who, what and before/after, filtered", async () => {
    const html = await (await request(server, "/admin/audit?entity=user&action=user.update", { cookie: admin })).text();
    expect(html).toContain("user.update");
    expect(html).not.toContain("<td>user.create</td>");
    expect(html).toContain(DEMO_USERS.admin);
  });

  it("names filter values it ignored", async () => {
    const res = await request(server, "/admin/audit?entity=nonsense&from=yesterday", { cookie: admin });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("entity = „nonsense“");
    expect(html).toContain("from = „yesterday“");
  });

  it("refuses edits to its rows in the database itself", () => {
    expect(() => db.prepare("update audit_log set action = 'x'").run()).toThrow(/append-only/);
    expect(() => db.prepare("delete from audit_log").run()).toThrow(/append-only/);
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
