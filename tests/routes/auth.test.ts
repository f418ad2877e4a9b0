import { describe, expect, it } from "vitest";

import * as overview from "../../app/routes/_index";
import * as notFound from "../../app/routes/$";
import * as activityList from "../../app/routes/activities._index";
import * as activitiesCsv from "../../app/routes/activities[.]csv";
import * as users from "../../app/routes/admin.users._index";
import * as user from "../../app/routes/admin.users.$id";
import * as area from "../../app/routes/areas.$slug";
import * as login from "../../app/routes/login";
import { getDb } from "../../db/client.server";
import { danish, refusal } from "../setup/refusal";
import { callAction, callLoader, type RouteResult, signIn } from "../setup/route-harness";
import { DEMO_PASSWORD, DEMO_USERS } from "../setup/server";

/**
 * Sign-in, its throttle and sessions, in-process. What server.ts adds (the cookie over HTTP, the Origin
 * check, headers) and what the sign-in page shows are in tests/integration/auth.test.ts; the throttle
 * under parallel requests over HTTP in tests/integration/login-throttle-race.test.ts.
 */
const db = () => getDb().$client;

/** A sign-in from `address` (what server.ts passes on as the client's address). */
const attempt = (email: string, password: string, extra: Record<string, string> = {}, address = "10.9.0.1") =>
  callAction(login, { path: "/login", form: { email, password, ...extra }, context: { clientAddress: address } });

const home = (cookie: string) => callLoader(overview, { path: "/", cookie });

describe("sign-in", () => {
  it("redirects anonymous requests to /login with the page asked for", async () => {
    const pages: [string, Parameters<typeof callLoader>[0], Record<string, string>][] = [
      ["/", overview, {}],
      ["/activities?area=vollsmose", activityList, {}],
      ["/areas/vollsmose", area, { slug: "vollsmose" }],
      ["/activities.csv", activitiesCsv, {}],
      ["/admin/users", users, {}],
      ["/no/such/page", notFound, { "*": "no/such/page" }],
    ];
    for (const [path, route, params] of pages) {
      const res = await callLoader(route, { path, params });
      expect(res.status, path).toBe(302);
      const location = new URL(res.location ?? "", "http://localhost");
      expect(location.pathname).toBe("/login");
      expect(location.searchParams.get("redirectTo")).toBe(path);
    }
  });

  it("signs in with the right password and goes back to the page asked for", async () => {
    const res = await attempt(DEMO_USERS.board, DEMO_PASSWORD, { redirectTo: "/areas?x=1" });
    expect(res.status).toBe(303);
    expect(res.location).toBe("/areas?x=1");
    const cookie = (res.headers.get("Set-Cookie") ?? "").split(";")[0] ?? "";
    expect(cookie).toMatch(/^overblik_session=/);
    expect((await home(cookie)).status).toBe(200);
  });

  it("treats the email case-insensitively", async () => {
    expect((await attempt("Board@Overblik.TEST", DEMO_PASSWORD)).status).toBe(303);
  });

  it("refuses to redirect to another site after sign-in", async () => {
    for (const target of ["https://evil.example/", "//evil.example/", "/\\evil.example"]) {
      const res = await attempt(DEMO_USERS.board, DEMO_PASSWORD, { redirectTo: target }, "10.9.0.2");
      // Refused: the board member lands on their own start page instead.
      expect(res.headers.get("Location"), target).toBe("/dashboard");
    }
  });

  it("gives one message for an unknown email and a wrong password", async () => {
    const unknown = await attempt("nobody@overblik.test", DEMO_PASSWORD, {}, "10.9.0.3");
    const wrong = await attempt(DEMO_USERS.fundraiser, "wrong-password", {}, "10.9.0.3");
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(refusal(unknown).errors).toEqual({ _form: ["login.error.credentials"] });
    expect(refusal(wrong).errors).toEqual({ _form: ["login.error.credentials"] });
    expect(danish("login.error.credentials")).toBe("E-mail eller adgangskode er forkert.");
  });

  it("answers 400 with the field named for missing or oversized fields", async () => {
    const missing = await attempt("", "", {}, "10.9.0.4");
    expect(missing.status).toBe(400);
    const { errors } = refusal(missing);
    expect(errors.email).toEqual(["login.error.emailRequired"]);
    expect(errors.password).toEqual(["login.error.passwordRequired"]);
    expect(danish("login.error.emailRequired")).toBe("Skriv din e-mail.");
    expect(danish("login.error.passwordRequired")).toBe("Skriv din adgangskode.");
    const huge = await attempt("a".repeat(300) + "@x.dk", "x".repeat(500), {}, "10.9.0.4");
    expect(huge.status).toBe(400);
    expect(refusal(huge).errors.email).toEqual(["login.error.emailTooLong"]);
    expect(danish("login.error.emailTooLong")).toBe("E-mailen er for lang.");
    // The password is never sent back.
    expect(refusal(huge).values).not.toHaveProperty("password");
  });
});

describe("throttling", () => {
  /** Seconds from the Retry-After header, and the time the page names. */
  function throttled(res: RouteResult) {
    expect(res.status).toBe(429);
    const retryAt = refusal<{ retryAt: string }>(res).retryAt;
    expect(Date.parse(retryAt ?? "")).toBeGreaterThan(Date.now());
    return Number(res.headers.get("Retry-After"));
  }

  it("answers 429 to the sixth wrong password in a row for one email, with Retry-After and the time to try again", async () => {
    const email = DEMO_USERS.managerKorsloekken;
    for (let i = 1; i <= 5; i++) {
      expect((await attempt(email, `wrong-${i}`, {}, `10.8.0.${i}`)).status, `attempt ${i}`).toBe(401);
    }
    const sixth = await attempt(email, "wrong-6", {}, "10.8.0.6");
    expect(throttled(sixth)).toBeGreaterThan(0);
    // Even the right password waits: the throttle is checked first.
    expect((await attempt(email, DEMO_PASSWORD, {}, "10.8.0.7")).status).toBe(429);
    // Another account is not affected.
    expect((await attempt(DEMO_USERS.board, DEMO_PASSWORD, {}, "10.8.0.8")).status).toBe(303);
  });

  it("answers 429 after more than 20 failures from one address, whatever the emails", async () => {
    for (let i = 1; i <= 20; i++) {
      expect((await attempt(`person${i}@example.dk`, "nope", {}, "10.7.7.7")).status).toBe(401);
    }
    expect(throttled(await attempt(`person21@example.dk`, "nope", {}, "10.7.7.7"))).toBeGreaterThan(0);
    expect((await attempt(DEMO_USERS.admin, DEMO_PASSWORD, {}, "10.7.7.7")).status).toBe(429);
    expect((await attempt(DEMO_USERS.admin, DEMO_PASSWORD, {}, "10.7.7.8")).status).toBe(303);
  });

  it("does not count successful sign-ins", async () => {
    for (let i = 0; i < 7; i++) expect((await attempt(DEMO_USERS.admin, DEMO_PASSWORD, {}, "10.6.0.1")).status).toBe(303);
  });
});

describe("sessions", () => {
  const sessionCount = () => (db().prepare("select count(*) n from sessions").get() as { n: number }).n;

  it("treats a tampered or unknown cookie as signed out", async () => {
    const cookie = await signIn("board");
    const [name, value] = cookie.split("=");
    const tampered = `${name}=${(value ?? "").replace(/^./, (c) => (c === "A" ? "B" : "A"))}`;
    expect((await home(tampered)).status).toBe(302);
    expect((await home("overblik_session=garbage")).status).toBe(302);
    expect(sessionCount()).toBeGreaterThan(0);
  });

  it("ends a session past its absolute expiry", async () => {
    const cookie = await signIn("board");
    expect((await home(cookie)).status).toBe(200);
    db().prepare("update sessions set expires_at = '2000-01-01T00:00:00.000Z' where revoked_at is null").run();
    expect((await home(cookie)).status).toBe(302);
  });

  it("ends a session idle for too long", async () => {
    const cookie = await signIn("board");
    db().prepare("update sessions set last_seen_at = '2000-01-01T00:00:00.000Z' where revoked_at is null and expires_at > '2001'").run();
    expect((await home(cookie)).status).toBe(302);
  });

  it("ends every session of a disabled user, and refuses their sign-in", async () => {
    // Sessions of their own: the tests above expired the ones made before.
    const admin = await signIn("admin");
    const victim = await signIn("fundraiser");
    expect((await home(victim)).status).toBe(200);
    const id = db().prepare("select id, version from users where email = ?").get(DEMO_USERS.fundraiser) as { id: number; version: number };
    const save = (form: Record<string, string>) =>
      callAction(user, { path: `/admin/users/${id.id}`, params: { id: String(id.id) }, cookie: admin, form });
    const res = await save({
      intent: "update",
      name: "Sofie Lund (demo)",
      role: "fundraiser",
      disabled: "on",
      version: String(id.version),
    });
    expect(res.status).toBe(303);
    expect((await home(victim)).status).toBe(302);
    expect((await attempt(DEMO_USERS.fundraiser, DEMO_PASSWORD, {}, "10.4.0.1")).status).toBe(401);
    // Enabled again, they may sign in.
    const again = db().prepare("select version from users where id = ?").get(id.id) as { version: number };
    expect((await save({ intent: "update", name: "Sofie Lund (demo)", role: "fundraiser", version: String(again.version) })).status).toBe(
      303,
    );
    expect((await attempt(DEMO_USERS.fundraiser, DEMO_PASSWORD, {}, "10.4.0.2")).status).toBe(303);
  });
});
