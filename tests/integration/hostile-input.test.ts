import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { DEMO_USERS, request, signIn, startServer, type TestServer } from "../setup/server";

/** Inputs found in review to produce a 500 once: each must now get a 4xx and change nothing. */
let server: TestServer;
let db: Database.Database;
let manager: string;
let admin: string;

beforeAll(async () => {
  server = await startServer();
  db = new Database(server.dbFile);
  manager = await signIn(server, DEMO_USERS.managerVollsmose);
  admin = await signIn(server, DEMO_USERS.admin);
});

afterAll(async () => {
  db.close();
  await server.stop();
  expect(server.stderr()).toBe("");
});

const count = (table: string) => (db.prepare(`select count(*) n from ${table}`).get() as { n: number }).n;

describe("hostile input", () => {
  it("refuses the same indicator twice under another spelling (indicator-01)", async () => {
    const a = db.prepare("select id, version, status from activities where title = 'Nabohjælp'").get() as {
      id: number;
      version: number;
      status: string;
    };
    const ind = db.prepare("select id from indicators where activity_id = ? limit 1").get(a.id) as { id: number };
    const before = count("status_updates");
    const res = await request(server, `/activities/${a.id}/updates`, {
      cookie: manager,
      form: {
        status: a.status,
        health: "green",
        reportedOn: "2026-06-15",
        version: String(a.version),
        [`indicator-${ind.id}`]: "10",
        [`indicator-0${ind.id}`]: "10",
      },
    });
    expect(res.status).toBe(400);
    expect(count("status_updates")).toBe(before);
  });

  it("accepts a repeated area id once instead of failing", async () => {
    const area = (db.prepare("select id from areas where slug = 'ejerslykke'").get() as { id: number }).id;
    const res = await request(server, "/admin/users", {
      cookie: admin,
      form: {
        email: "dup.area@overblik.test",
        name: "Dup",
        role: "manager",
        areaIds: [String(area), String(area), `0${area}`],
        password: "long-enough-password",
      },
    });
    expect(res.status).toBe(303);
    const user = db.prepare("select id from users where email = 'dup.area@overblik.test'").get() as { id: number };
    expect((db.prepare("select count(*) n from user_areas where user_id = ?").get(user.id) as { n: number }).n).toBe(1);
  });

  it("redirects to a non-ASCII path percent-encoded, not with a 500", async () => {
    const res = await request(server, `/login?redirectTo=${encodeURIComponent("/€")}`, { cookie: manager });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/%E2%82%AC");
  });

  it("answers 400, not 500, to a JSON body or no content type on form endpoints", async () => {
    // A session of its own: the sign-out below ends it.
    const cookie = await signIn(server, DEMO_USERS.board);
    for (const path of ["/language", "/login", "/logout"]) {
      const json = await fetch(`${server.url}${path}`, {
        method: "POST",
        redirect: "manual",
        headers: { Origin: server.url, "Content-Type": "application/json", Cookie: cookie },
        body: JSON.stringify({ lang: "en" }),
      });
      expect([400, 303], path).toContain(json.status);
    }
    const none = await fetch(`${server.url}/language`, {
      method: "POST",
      redirect: "manual",
      headers: { Origin: server.url },
      body: "lang=en",
    });
    expect(none.status).toBe(400);
  });

  it("refuses an oversized body before reading it (413), and a chunked one without a length (411)", async () => {
    const big = await fetch(`${server.url}/login`, {
      method: "POST",
      redirect: "manual",
      headers: { Origin: server.url, "Content-Type": "application/x-www-form-urlencoded" },
      body: `email=x&password=${"x".repeat(2 * 1024 * 1024)}`,
    });
    expect(big.status).toBe(413);
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode("lang=en"));
        controller.close();
      },
    });
    const chunked = await fetch(`${server.url}/language`, {
      method: "POST",
      redirect: "manual",
      headers: { Origin: server.url, "Content-Type": "application/x-www-form-urlencoded" },
      body: stream,
      // Node's fetch needs this to send a stream body; the DOM typings do not know it.
      ...({ duplex: "half" } as Record<string, string>),
    });
    expect(chunked.status).toBe(411);
    // A form-sized body over the form's own limit is 413 with a readable page.
    const form = await request(server, "/login", { form: { email: "x", password: "y".repeat(20_000) } });
    expect(form.status).toBe(413);
    expect(await form.text()).toContain("Forespørgslen er for stor");
  });

  it("answers a double 'mark as done' with the page, not an error", async () => {
    const a = db.prepare("select id from activities where title = 'Nabohjælp'").get() as { id: number };
    const m = db.prepare("select id from milestones where activity_id = ? and done_on is null limit 1").get(a.id) as { id: number };
    const form = { intent: "done", milestoneId: String(m.id), doneOn: "2026-06-15" };
    expect((await request(server, `/activities/${a.id}/milestones`, { cookie: manager, form })).status).toBe(303);
    expect((await request(server, `/activities/${a.id}/milestones`, { cookie: manager, form })).status).toBe(303);
    expect(
      (
        db.prepare("select count(*) n from audit_log where action = 'milestone.complete' and entity_id = ?").get(String(m.id)) as {
          n: number;
        }
      ).n,
    ).toBe(1);
  });

  it("writes audit rows for indicators and milestones", async () => {
    const a = db.prepare("select id from activities where title = 'Nabohjælp'").get() as { id: number };
    const before = (
      db.prepare("select count(*) n from audit_log where action in ('indicator.create','milestone.create')").get() as { n: number }
    ).n;
    await request(server, `/activities/${a.id}/indicators`, {
      cookie: manager,
      form: { name: "Ny", unit: "x", baseline: "0", target: "5", direction: "higher", kind: "cumulative" },
    });
    await request(server, `/activities/${a.id}/milestones`, {
      cookie: manager,
      form: { intent: "create", title: "M", dueOn: "2026-09-01" },
    });
    expect(
      (db.prepare("select count(*) n from audit_log where action in ('indicator.create','milestone.create')").get() as { n: number }).n,
    ).toBe(before + 2);
  });
});
