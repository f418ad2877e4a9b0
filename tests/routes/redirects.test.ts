import { describe, expect, it } from "vitest";

import * as language from "../../app/routes/language";
import * as login from "../../app/routes/login";
import { callAction, callLoader, type RouteResult, TEST_ORIGIN } from "../setup/route-harness";
import { DEMO_PASSWORD, DEMO_USERS } from "../setup/server";

/**
 * Every place that redirects to a target the request names must keep the browser on this site.
 * (A non-ASCII target over real HTTP: tests/integration/hostile-input.test.ts.)
 */
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
function destination(res: RouteResult): URL {
  const location = res.headers.get("Location");
  expect(location, "a redirect").not.toBeNull();
  return new URL(location ?? "", `${TEST_ORIGIN}/login`);
}

describe("redirect targets", () => {
  it.each(HOSTILE)("GET /login while signed in keeps %j on the site", async (target) => {
    const res = await callLoader(login, { path: `/login?redirectTo=${encodeURIComponent(target)}`, as: "board" });
    expect(res.status).toBe(302);
    // Refused: the board member goes to their own start page instead.
    expect(res.headers.get("Location")).toBe("/dashboard");
    expect(destination(res).origin).toBe(TEST_ORIGIN);
  });

  it.each(HOSTILE)("POST /login keeps %j on the site", async (target) => {
    const res = await callAction(login, {
      path: "/login",
      form: { email: DEMO_USERS.board, password: DEMO_PASSWORD, redirectTo: target },
      context: { clientAddress: "10.30.0.2" },
    });
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe("/dashboard");
    expect(destination(res).origin).toBe(TEST_ORIGIN);
  });

  it.each(HOSTILE)("POST /language keeps %j on the site", async (target) => {
    const res = await callAction(language, { path: "/language", as: "board", form: { lang: "en", redirectTo: target } });
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe("/");
    expect(destination(res).origin).toBe(TEST_ORIGIN);
  });

  it("still goes back to a page on the site", async () => {
    const res = await callAction(language, {
      path: "/language",
      as: "board",
      form: { lang: "da", redirectTo: "/activities/../areas?x=1" },
    });
    expect(res.headers.get("Location")).toBe("/areas?x=1");
  });

  it("redirects to a non-ASCII path percent-encoded", async () => {
    const res = await callLoader(login, { path: `/login?redirectTo=${encodeURIComponent("/€")}`, as: "managerVollsmose" });
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/%E2%82%AC");
  });
});
