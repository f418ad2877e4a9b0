import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { DEMO_PASSWORD, DEMO_USERS, request, signIn, startServer, type TestServer } from "../setup/server";

/** Every place that redirects to a target the request names must keep the browser on this site. */
let server: TestServer;
let cookie: string;

beforeAll(async () => {
  server = await startServer();
  cookie = await signIn(server, DEMO_USERS.board, DEMO_PASSWORD, "10.30.0.1");
});

afterAll(async () => {
  await server.stop();
  expect(server.stderr()).toBe("");
});

const HOSTILE = [
  "//evil.example",
  "/\\evil.example",
  "https://evil.example",
  "/.//evil.example",
  "/..//evil.example",
  "/%2e//evil.example",
  "/%2e%2e//evil.example",
  "/./\\evil.example",
  "/a/..//evil.example",
  "/.\t//evil.example",
];

/** Where a browser goes when it follows the response's Location from our own page. */
function destination(res: Response): URL {
  const location = res.headers.get("location");
  expect(location, "a redirect").not.toBeNull();
  return new URL(location ?? "", `${server.url}/login`);
}

describe("redirect targets", () => {
  it.each(HOSTILE)("GET /login while signed in keeps %j on the site", async (target) => {
    const res = await request(server, `/login?redirectTo=${encodeURIComponent(target)}`, { cookie });
    expect(res.status).toBe(302);
    // Refused: the board member goes to their own start page instead.
    expect(res.headers.get("location")).toBe("/dashboard");
    expect(destination(res).origin).toBe(server.url);
  });

  it.each(HOSTILE)("POST /login keeps %j on the site", async (target) => {
    const res = await request(server, "/login", {
      form: { email: DEMO_USERS.board, password: DEMO_PASSWORD, redirectTo: target },
      headers: { "X-Forwarded-For": "10.30.0.2" },
    });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/dashboard");
    expect(destination(res).origin).toBe(server.url);
  });

  it.each(HOSTILE)("POST /language keeps %j on the site", async (target) => {
    const res = await request(server, "/language", { cookie, form: { lang: "en", redirectTo: target } });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/");
    expect(destination(res).origin).toBe(server.url);
  });

  it("still goes back to a page on the site", async () => {
    const res = await request(server, "/language", { cookie, form: { lang: "da", redirectTo: "/activities/../areas?x=1" } });
    expect(res.headers.get("location")).toBe("/areas?x=1");
  });
});
