import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { DEMO_USERS, request, signIn, startServer, type TestServer } from "../setup/server";
import { copyTemplate } from "../setup/template-db";

/** The demo has fewer than 50 activities; this database gets 60 more so the list needs three pages. */
let server: TestServer;
let cookie: string;
let total = 0;

beforeAll(async () => {
  const file = copyTemplate("paged");
  const db = new Database(file);
  const plan = (db.prepare("select id from plans where slug = 'bydaekkende-current'").get() as { id: number }).id;
  const focus = (db.prepare("select id from focus_areas where code = 'cohesion'").get() as { id: number }).id;
  const area = (db.prepare("select id from areas where slug = 'ejerslykke'").get() as { id: number }).id;
  const insert = db.prepare(
    "insert into activities (plan_id, focus_area_id, title, budget, status, health) values (?, ?, ?, 1000, 'planned', 'green')",
  );
  const link = db.prepare("insert into activity_areas (activity_id, area_id) values (?, ?)");
  for (let i = 1; i <= 60; i++)
    link.run(insert.run(plan, focus, `Pagineret aktivitet ${String(i).padStart(2, "0")}`).lastInsertRowid, area);
  total = (db.prepare("select count(*) n from activities").get() as { n: number }).n;
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.close();
  server = await startServer({ dbFile: file });
  cookie = await signIn(server, DEMO_USERS.board);
});

afterAll(async () => {
  await server.stop();
  expect(server.stderr()).toBe("");
});

const ids = (html: string) => [...html.matchAll(/<th scope="row"><a [^>]*href="\/activities\/(\d+)"/g)].map((m) => m[1] ?? "");

describe("pages of the activity list", () => {
  it("shows 50 a page, links onward with the filters kept, and every activity exactly once", async () => {
    const seen: string[] = [];
    let path: string | undefined = "/activities?status=planned&status=active";
    let pages = 0;
    while (path && pages < 10) {
      const html = await (await request(server, path, { cookie })).text();
      const rows = ids(html);
      expect(rows.length).toBeLessThanOrEqual(50);
      seen.push(...rows);
      pages += 1;
      path = html.match(/<a rel="next"[^>]*href="([^"]+)"/)?.[1]?.replace(/&amp;/g, "&");
      if (path) expect(path).toContain("status=planned");
    }
    expect(pages).toBe(2);
    expect(new Set(seen).size).toBe(seen.length);
    const all = ids(await (await request(server, "/activities", { cookie })).text());
    expect(all).toHaveLength(50);
    const last = await (await request(server, "/activities?page=99", { cookie })).text();
    // A page past the end shows the last page, which says where it is.
    expect(last).toContain(`Side ${Math.ceil(total / 50)} af ${Math.ceil(total / 50)}`);
    expect(last).toContain('rel="prev"');
  });
});
