import { describe, expect, it } from "vitest";

import * as overview from "../../app/routes/_index";
import * as audit from "../../app/routes/admin.audit";
import * as users from "../../app/routes/admin.users._index";
import * as user from "../../app/routes/admin.users.$id";
import * as login from "../../app/routes/login";
import type { AuditEntryView } from "../../app/views/audit.server";
import { getDb } from "../../db/client.server";
import { danish, refusal } from "../setup/refusal";
import { callAction, callLoader, signIn } from "../setup/route-harness";
import { DEMO_USERS } from "../setup/server";

/** Users and the audit log, as an administrator manages them (the rendered form errors: tests/integration/admin.test.ts). */
const db = () => getDb().$client;
const count = (sql: string, ...params: unknown[]) =>
  (
    db()
      .prepare(sql)
      .get(...params) as { n: number }
  ).n;
const areaId = (slug: string) => String((db().prepare("select id from areas where slug = ?").get(slug) as { id: number }).id);
const auditRows = (action: string) =>
  db().prepare("select * from audit_log where action = ? order by id").all(action) as {
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

const createUser = (form: Record<string, string | string[]>) => callAction(users, { path: "/admin/users", as: "admin", form });
const signInWith = (email: string, password: string) => callAction(login, { path: "/login", form: { email, password } });

describe("creating users", () => {
  it("creates a manager with areas, writes an audit row in the same step, and the user can sign in", async () => {
    const input = valid();
    const before = count("select count(*) n from audit_log where action = 'user.create'");
    const res = await createUser(input);
    expect(res.status).toBe(303);
    const created = db().prepare("select id, role, password_hash from users where email = ?").get(input.email) as {
      id: number;
      role: string;
      password_hash: string;
    };
    expect(created.role).toBe("manager");
    expect(created.password_hash).toMatch(/^scrypt\$/);
    expect(count("select count(*) n from user_areas where user_id = ?", created.id)).toBe(1);
    expect(count("select count(*) n from audit_log where action = 'user.create'")).toBe(before + 1);
    const row = auditRows("user.create").at(-1);
    const adminId = (db().prepare("select id from users where email = ?").get(DEMO_USERS.admin) as { id: number }).id;
    expect(row?.user_id).toBe(adminId);
    expect(row?.entity_id).toBe(String(created.id));
    expect(JSON.parse(row?.after ?? "{}")).toMatchObject({ email: input.email, role: "manager", areas: ["ejerslykke"] });
    expect(row?.after).not.toContain("scrypt");
    expect((await signInWith(input.email, input.password)).status).toBe(303);
  });

  it.each([
    ["a missing email", { email: "" }, "email", "form.required"],
    ["an invalid email", { email: "not-an-email" }, "email", "form.emailInvalid"],
    ["an oversized name", { name: "x".repeat(500) }, "name", "form.tooLong"],
    ["an unknown role", { role: "superuser" }, "role", "form.roleUnknown"],
    ["an unknown area", { areaIds: ["999999"] }, "areaIds", "form.areaUnknown"],
    ["a non-numeric area", { areaIds: ["vollsmose"] }, "areaIds", "form.areaUnknown"],
    ["a manager without areas", { areaIds: [] as string[] }, "areaIds", "form.areasForManager"],
    ["a short password", { password: "short" }, "password", "form.passwordTooShort"],
  ] as const)("answers 400 for %s, names the field and writes nothing", async (_label, patch, field, key) => {
    const input = { ...valid(), ...patch };
    const userCount = count("select count(*) n from users");
    const audits = count("select count(*) n from audit_log");
    const res = await createUser(input as Record<string, string | string[]>);
    expect(res.status).toBe(400);
    const { errors, values } = refusal(res);
    expect(errors[field]).toContain(key);
    // The typed values come back (never the password).
    expect(values.name).toBe(input.name);
    expect(values).not.toHaveProperty("password");
    expect(res.text).not.toContain(input.password);
    expect(count("select count(*) n from users")).toBe(userCount);
    expect(count("select count(*) n from audit_log")).toBe(audits);
  });

  it("answers 409 for an email that exists", async () => {
    const res = await createUser({ ...valid(), email: DEMO_USERS.board });
    expect(res.status).toBe(409);
    expect(refusal(res).errors.email).toEqual(["form.emailTaken"]);
    expect(danish("form.emailTaken")).toBe("Der findes allerede en bruger med denne e-mail.");
  });
});

describe("changing users", () => {
  const userRow = (email: string) =>
    db().prepare("select id, version, role from users where email = ?").get(email) as { id: number; version: number; role: string };
  const post = (id: number, form: Record<string, string | string[]>) =>
    callAction(user, { path: `/admin/users/${id}`, params: { id: String(id) }, as: "admin", form });

  it("changes role and areas with a before/after audit row", async () => {
    const u = userRow(DEMO_USERS.managerKorsloekken);
    const res = await post(u.id, {
      intent: "update",
      name: "Områdeleder",
      role: "manager",
      areaIds: [areaId("korsloekken"), areaId("solbakken-rising"), areaId("ejerslykke")],
      version: String(u.version),
    });
    expect(res.status).toBe(303);
    const row = auditRows("user.update").at(-1);
    expect(JSON.parse(row?.before ?? "{}").areas).toEqual(["korsloekken", "solbakken-rising"]);
    expect(JSON.parse(row?.after ?? "{}").areas).toEqual(["ejerslykke", "korsloekken", "solbakken-rising"]);
  });

  it("tells the second of two admins editing the same user (409) and keeps the stored values", async () => {
    const u = userRow(DEMO_USERS.board);
    const first = await post(u.id, { intent: "update", name: "Bestyrelsesmedlem A", role: "board", version: String(u.version) });
    expect(first.status).toBe(303);
    const second = await post(u.id, { intent: "update", name: "Bestyrelsesmedlem B", role: "board", version: String(u.version) });
    expect(second.status).toBe(409);
    expect(refusal(second).errors._form).toEqual(["form.stale"]);
    expect(danish("form.stale")).toContain("Brugeren er ændret af en anden");
    expect((db().prepare("select name from users where id = ?").get(u.id) as { name: string }).name).toBe("Bestyrelsesmedlem A");
  });

  it("refuses to let an admin lock themselves out", async () => {
    const me = userRow(DEMO_USERS.admin);
    const res = await post(me.id, { intent: "update", name: "Admin", role: "board", version: String(me.version) });
    expect(res.status).toBe(400);
    expect(refusal(res).errors.role).toEqual(["form.selfLockout"]);
    expect(userRow(DEMO_USERS.admin).role).toBe("admin");
  });

  it("resets a password: old sessions end, the new password works, the audit row holds no password", async () => {
    const u = userRow(DEMO_USERS.fundraiser);
    const old = await signIn("fundraiser");
    const short = await post(u.id, { intent: "reset-password", password: "x" });
    expect(short.status).toBe(400);
    const res = await post(u.id, { intent: "reset-password", password: "a-brand-new-password" });
    expect(res.status).toBe(303);
    const after = await callLoader(overview, { path: "/", cookie: old });
    expect(after.status).toBe(302);
    expect(after.location).toBe("/login?redirectTo=%2F");
    expect((await signInWith(DEMO_USERS.fundraiser, "a-brand-new-password")).status).toBe(303);
    const row = auditRows("user.reset-password").at(-1);
    expect(row?.entity_id).toBe(String(u.id));
    expect(`${row?.before}${row?.after}`).not.toContain("a-brand-new-password");
  });

  it("answers 404 for an unknown user", async () => {
    expect((await callLoader(user, { path: "/admin/users/999999", params: { id: "999999" }, as: "admin" })).status).toBe(404);
  });
});

describe("the audit log", () => {
  type AuditPage = { entries: AuditEntryView[]; ignored: { param: string; value: string }[] };

  it("lists writes with who, what and before/after, filtered", async () => {
    const res = await callLoader(audit, { path: "/admin/audit?entity=user&action=user.update", as: "admin" });
    const { entries } = res.data as AuditPage;
    // Each write named in words (user.update), only the filtered action, by whom, with its changes.
    expect(entries.length).toBeGreaterThan(0);
    expect(new Set(entries.map((e) => e.what))).toEqual(new Set([danish("auditAction.user.update")]));
    expect(entries.map((e) => e.who)).toContain(DEMO_USERS.admin);
    expect(entries.every((e) => e.changes.length > 0)).toBe(true);
  });

  it("names filter values it ignored", async () => {
    const res = await callLoader(audit, { path: "/admin/audit?entity=nonsense&from=yesterday", as: "admin" });
    expect(res.status).toBe(200);
    const { ignored } = res.data as AuditPage;
    expect(ignored).toContainEqual({ param: "entity", value: "nonsense" });
    expect(ignored).toContainEqual({ param: "from", value: "yesterday" });
  });

  it("refuses edits to its rows in the database itself", () => {
    expect(() => db().prepare("update audit_log set action = 'x'").run()).toThrow(/append-only/);
    expect(() => db().prepare("delete from audit_log").run()).toThrow(/append-only/);
  });
});
