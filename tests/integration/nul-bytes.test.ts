import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { DEMO_USERS, englishCookie, signIn, startServer, type TestServer } from "../setup/server";

/**
 * React 18's Node stream renderer sent unfilled bytes of its 2,048-byte buffer (0x00) whenever a
 * multi-byte character (æ, ø, å, the no-break space in "kr.", ●, —) did not fit at its end. Every page,
 * in both languages, must be free of them.
 */
let server: TestServer;
let admin: string;
let manager: string;
let english: string;
let activityIds: number[];

beforeAll(async () => {
  server = await startServer();
  admin = await signIn(server, DEMO_USERS.admin);
  manager = await signIn(server, DEMO_USERS.managerVollsmose);
  english = await englishCookie();
  const db = new Database(server.dbFile, { readonly: true });
  activityIds = (db.prepare("select id from activities order by id").all() as { id: number }[]).map((r) => r.id);
  db.close();
});

afterAll(async () => {
  await server.stop();
  expect(server.stderr()).toBe("");
});

const PAGES = [
  "/",
  "/dashboard",
  "/dashboard?per=1000",
  "/funding",
  "/activities",
  "/activities?page=2",
  "/areas",
  "/areas/vollsmose",
  "/compare?areas=vollsmose,korsloekken,solbakken-rising",
  "/board-pack",
  "/admin/users",
  "/admin/audit",
  "/admin/funding-sources",
  "/reports/lbf?plan=vollsmose-current&year=2026",
  "/admin/statistics/uden-for-arbejde",
  "/admin/shared-indicators",
];

async function nulOffsets(path: string, cookie: string): Promise<number[]> {
  const res = await fetch(`${server.url}${path}`, { headers: { Cookie: cookie } });
  expect(res.status, path).toBe(200);
  const bytes = new Uint8Array(await res.arrayBuffer());
  const offsets: number[] = [];
  for (let i = bytes.indexOf(0); i !== -1; i = bytes.indexOf(0, i + 1)) offsets.push(i);
  return offsets;
}

describe("no NUL bytes in pages", () => {
  it.each(["da", "en"])("in the main pages (%s)", async (lang) => {
    const found: Record<string, number[]> = {};
    for (const path of PAGES) {
      const offsets = await nulOffsets(path, lang === "en" ? `${english}; ${admin}` : admin);
      if (offsets.length > 0) found[path] = offsets;
    }
    expect(found).toEqual({});
  });

  it("in every activity's page and the manager's pages (da)", async () => {
    const found: Record<string, number[]> = {};
    for (const path of [...activityIds.map((id) => `/activities/${id}`), "/my", "/login"]) {
      const offsets = await nulOffsets(path, path === "/login" ? "" : manager);
      if (offsets.length > 0) found[path] = offsets;
    }
    expect(found).toEqual({});
  });
});
