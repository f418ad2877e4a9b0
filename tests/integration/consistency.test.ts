import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { DEMO_USERS, englishCookie, request, signIn, startServer, type TestServer } from "../setup/server";

/** Figures that must agree across pages under the same filters (found in review). */
let server: TestServer;
let db: Database.Database;
let board: string;
let fundraiser: string;
let admin: string;

beforeAll(async () => {
  server = await startServer();
  db = new Database(server.dbFile);
  board = await signIn(server, DEMO_USERS.board);
  fundraiser = await signIn(server, DEMO_USERS.fundraiser);
  admin = await signIn(server, DEMO_USERS.admin);
});

afterAll(async () => {
  db.close();
  await server.stop();
  expect(server.stderr()).toBe("");
});

const html = async (path: string, cookie = board) => (await request(server, path, { cookie })).text();
const rowIds = (page: string) => [...page.matchAll(/<th scope="row"><a [^>]*href="\/activities\/(\d+)"/g)].map((m) => m[1]);

describe("the same filters give the same figures", () => {
  it("an area's budget on /funding equals its budget on /dashboard (money split evenly across areas)", async () => {
    const funding = await html("/funding?area=korsloekken");
    const dashboard = await html("/dashboard?area=korsloekken");
    const fundingTotal = funding.match(
      /id="by-area-heading"[\s\S]*?<tfoot><tr><th scope="row">I alt<\/th><td class="num">([^<]+)<\/td>/,
    )?.[1];
    const dashboardBudget = dashboard.match(/Budget<\/dt><dd>([^<]+)<\/dd>/)?.[1];
    expect(fundingTotal).toBeTruthy();
    expect(fundingTotal).toBe(dashboardBudget);
    // Only the chosen area is listed in the area totals.
    const byArea = funding.slice(funding.indexOf('id="by-area-heading"'), funding.indexOf('id="by-focus-heading"'));
    expect(byArea).toContain("Korsløkken");
    expect(byArea).not.toContain("Ejerslykke");
  });

  it("a dashboard figure under a period links to exactly the activities it counts", async () => {
    const page = await html("/dashboard?from=2025-01-01&to=2025-02-15");
    const m = page.match(/Aktive aktiviteter<\/dt><dd><a [^>]*href="([^"]+)"[^>]*>(\d+)<\/a>/);
    expect(m).toBeTruthy();
    const href = (m?.[1] ?? "").replace(/&amp;/g, "&");
    expect(href).toContain("from=2025-01-01");
    expect(href).toContain("to=2025-02-15");
    const list = await html(href);
    expect(rowIds(list).length).toBe(Number(m?.[2]));
    expect(list).toContain("Kun aktiviteter i perioden");
  });

  it("the board pack under a period lists no more red and amber activities than it counts", async () => {
    const page = await html("/board-pack?from=2025-01-01&to=2025-02-15&date=2026-06-15");
    const counted = Number(
      page.match(
        /<tfoot><tr><th scope="row">I alt<\/th><td class="num">\d+<\/td><td class="num">[^<]+<\/td><td class="num">(\d+)<\/td>/,
      )?.[1],
    );
    const listed = (page.match(/<li><span class="health health-(red|amber)"/g) ?? []).length;
    expect(listed).toBe(counted);
  });

  it("writes quarters in the reader's language", async () => {
    const en = await html("/dashboard", `${board}; ${await englishCookie()}`);
    expect(en).toMatch(/\d{4} Q\d/);
    expect(en).not.toMatch(/\d{4} K\d/);
    expect(await html("/dashboard")).toMatch(/\d{4} K\d/);
  });
});

/* The 409s of a second flag and of a duplicate funding source name: tests/routes/funding.test.ts. */
describe("conflicts are not lost behind a refusal", () => {
  it("a refused edit of a funding line keeps the version it was loaded with, so a change meanwhile is still caught", async () => {
    const line = db
      .prepare("select id, activity_id, source_id, year, amount, version from funding_lines where stage = 'applied' limit 1")
      .get() as {
      id: number;
      activity_id: number;
      source_id: number;
      year: number;
      amount: number;
      version: number;
    };
    const form = (patch: Record<string, string>) => ({
      intent: "update",
      lineId: String(line.id),
      version: String(line.version),
      sourceId: String(line.source_id),
      year: String(line.year),
      amount: String(line.amount),
      stage: "applied",
      ...patch,
    });
    // Someone else saves first.
    expect((await request(server, `/activities/${line.activity_id}/funding`, { cookie: admin, form: form({ note: "B" }) })).status).toBe(
      303,
    );
    // A's typo is refused, and the form keeps A's original version…
    const refused = await request(server, `/activities/${line.activity_id}/funding`, {
      cookie: fundraiser,
      form: form({ amount: "12,5" }),
    });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain(`name="version" value="${line.version}"`);
    // …so A's corrected save is told of B's change instead of overwriting it.
    const second = await request(server, `/activities/${line.activity_id}/funding`, { cookie: fundraiser, form: form({ note: "A" }) });
    expect(second.status).toBe(409);
  });
});
