import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { DEMO_USERS, request, signIn, startServer, type TestServer } from "../setup/server";

/**
 * What a signed-in person sees must not be kept by the browser's or a proxy's cache (a shared computer in
 * the estate office, the back button after sign-out); the fingerprinted and public static files may be.
 */
let server: TestServer;
let board: string;
let admin: string;
let activityId: number;

beforeAll(async () => {
  server = await startServer();
  board = await signIn(server, DEMO_USERS.board);
  admin = await signIn(server, DEMO_USERS.admin);
  const db = new Database(server.dbFile, { readonly: true });
  activityId = (db.prepare("select id from activities order by id limit 1").get() as { id: number }).id;
  db.close();
});

afterAll(async () => {
  await server.stop();
  expect(server.stderr()).toBe("");
});

const NO_STORE = /^private, no-store$/;

describe("Cache-Control", () => {
  it.each([
    "/",
    "/activities?area=vollsmose",
    "/activities/FIRST",
    "/dashboard",
    "/funding",
    "/board-pack",
    "/admin/users",
    "/admin/audit",
    "/no/such/page",
  ])("is private, no-store on the page %s", async (path) => {
    const res = await request(server, path.replace("FIRST", String(activityId)), { cookie: path.startsWith("/admin") ? admin : board });
    expect(res.status).toBeLessThan(500);
    expect(res.headers.get("cache-control"), path).toMatch(NO_STORE);
  });

  it.each([
    "/?_data=root",
    "/activities?_data=routes%2Factivities._index",
    "/dashboard?_data=routes%2Fdashboard._index",
    "/funding?_data=routes%2Ffunding._index",
  ])("is private, no-store on the data request %s", async (path) => {
    const res = await request(server, path, { cookie: board });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control"), path).toMatch(NO_STORE);
  });

  it.each(["/activities.csv", "/funding.csv", "/dashboard.csv?chart=secured-gap", "/compare.csv?areas=vollsmose,korsloekken"])(
    "is private, no-store on the download %s",
    async (path) => {
      const res = await request(server, path, { cookie: board });
      expect(res.status).toBe(200);
      expect(res.headers.get("cache-control"), path).toMatch(NO_STORE);
    },
  );

  it("is private, no-store after a form post and on the sign-in page and its redirects", async () => {
    const posted = await request(server, "/language", { cookie: board, form: { lang: "en", redirectTo: "/activities" } });
    expect(posted.headers.get("cache-control")).toMatch(NO_STORE);
    expect((await request(server, "/login")).headers.get("cache-control")).toMatch(NO_STORE);
    expect((await request(server, "/activities")).headers.get("cache-control")).toMatch(NO_STORE);
  });

  it("keeps the public static files cacheable", async () => {
    const html = await (await request(server, "/", { cookie: board })).text();
    const script = html.match(/"(\/build\/[^"]+\.js)"/)?.[1];
    expect(script).toBeTruthy();
    const built = await request(server, script!);
    expect(built.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect((await request(server, "/favicon.svg")).headers.get("cache-control")).toBe("public, max-age=3600");
    expect((await request(server, "/dkfds/css/dkfds.min.css")).headers.get("cache-control")).toBe("public, max-age=3600");
  });
});
