import fs from "node:fs";
import path from "node:path";

import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ROOT } from "../setup/paths";
import { DEMO_USERS, request, signIn, startServer, type TestServer } from "../setup/server";

let server: TestServer;
let db: Database.Database;

beforeAll(async () => {
  server = await startServer();
  db = new Database(server.dbFile);
});

afterAll(async () => {
  db.close();
  await server.stop();
  expect(server.stderr()).toBe("");
});

const login = (email: string, password: string, extra: Record<string, string> = {}, address = "10.9.0.1") =>
  request(server, "/login", { form: { email, password, ...extra }, headers: { "X-Forwarded-For": address } });

describe("sign-in", () => {
  it("redirects anonymous requests to /login with the page asked for", async () => {
    for (const path of ["/", "/activities?area=vollsmose", "/areas/vollsmose", "/activities.csv", "/admin/users", "/no/such/page"]) {
      const res = await request(server, path);
      expect(res.status, path).toBe(302);
      const location = new URL(res.headers.get("location") ?? "", server.url);
      expect(location.pathname).toBe("/login");
      expect(location.searchParams.get("redirectTo")).toBe(path);
    }
  });

  it("leaves /login, /healthz and static files open", async () => {
    expect((await request(server, "/login")).status).toBe(200);
    expect((await request(server, "/healthz")).status).toBe(200);
    expect((await request(server, "/favicon.svg")).status).toBe(200);
  });

  it("signs in, goes back to the page asked for, and signs out", async () => {
    const res = await login(DEMO_USERS.board, "overblik-demo", { redirectTo: "/areas?x=1" });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/areas?x=1");
    const setCookie = res.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).not.toMatch(/Secure/i); // plain http here; Secure only over HTTPS
    const cookie = setCookie.split(";")[0] ?? "";

    const page = await request(server, "/", { cookie });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Bestyrelsesmedlem (demo)");

    const out = await request(server, "/logout", { cookie, form: {} });
    expect(out.status).toBe(303);
    expect(out.headers.get("location")).toBe("/login");
    // The old cookie is revoked on the server, not only cleared in the browser.
    expect((await request(server, "/", { cookie })).status).toBe(302);
  });

  it("treats the email case-insensitively", async () => {
    expect((await login("Board@Overblik.TEST", "overblik-demo")).status).toBe(303);
  });

  it("refuses to redirect to another site after sign-in", async () => {
    for (const target of ["https://evil.example/", "//evil.example/", "/\\evil.example"]) {
      const res = await login(DEMO_USERS.board, "overblik-demo", { redirectTo: target }, "10.9.0.2");
      // Refused: the board member lands on their own start page instead.
      expect(res.headers.get("location"), target).toBe("/dashboard");
    }
  });

  it("gives one message for an unknown email and a wrong password", async () => {
    const unknown = await login("nobody@overblik.test", "overblik-demo", {}, "10.9.0.3");
    const wrong = await login(DEMO_USERS.fundraiser, "wrong-password", {}, "10.9.0.3");
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    const a = await unknown.text();
    const b = await wrong.text();
    expect(a).toContain("E-mail eller adgangskode er forkert.");
    expect(b).toContain("E-mail eller adgangskode er forkert.");
  });

  it("answers 400 with the field named for missing or oversized fields", async () => {
    const missing = await login("", "", {}, "10.9.0.4");
    expect(missing.status).toBe(400);
    const text = await missing.text();
    expect(text).toContain("Skriv din e-mail.");
    expect(text).toContain("Skriv din adgangskode.");
    const huge = await login("a".repeat(300) + "@x.dk", "x".repeat(500), {}, "10.9.0.4");
    expect(huge.status).toBe(400);
    expect(await huge.text()).toContain("E-mailen er for lang.");
  });
});

describe("throttling", () => {
  it("answers 429 to the sixth wrong password in a row for one email, in the user's language", async () => {
    const email = DEMO_USERS.managerKorsloekken;
    for (let i = 1; i <= 5; i++) {
      expect((await login(email, `wrong-${i}`, {}, `10.8.0.${i}`)).status, `attempt ${i}`).toBe(401);
    }
    const sixth = await login(email, "wrong-6", {}, "10.8.0.6");
    expect(sixth.status).toBe(429);
    expect(Number(sixth.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await sixth.text()).toMatch(/For mange mislykkede forsøg\. Prøv igen efter /);
    // Even the right password waits: the throttle is checked first.
    expect((await login(email, "overblik-demo", {}, "10.8.0.7")).status).toBe(429);
    // Another account is not affected.
    expect((await login(DEMO_USERS.board, "overblik-demo", {}, "10.8.0.8")).status).toBe(303);
  });

  it("answers 429 after more than 20 failures from one address, whatever the emails", async () => {
    for (let i = 1; i <= 20; i++) {
      expect((await login(`person${i}@example.dk`, "nope", {}, "10.7.7.7")).status).toBe(401);
    }
    expect((await login(`person21@example.dk`, "nope", {}, "10.7.7.7")).status).toBe(429);
    expect((await login(DEMO_USERS.admin, "overblik-demo", {}, "10.7.7.7")).status).toBe(429);
    expect((await login(DEMO_USERS.admin, "overblik-demo", {}, "10.7.7.8")).status).toBe(303);
  });

  it("does not count successful sign-ins", async () => {
    for (let i = 0; i < 7; i++) expect((await login(DEMO_USERS.admin, "overblik-demo", {}, "10.6.0.1")).status).toBe(303);
  });

  it("says when to try again in English for an English user", async () => {
    const email = "english-throttle@example.dk";
    const { englishCookie } = await import("../setup/server");
    const lang = await englishCookie();
    for (let i = 0; i < 5; i++) await login(email, "nope", {}, "10.5.0.1");
    const res = await request(server, "/login", {
      form: { email, password: "nope" },
      headers: { Cookie: lang, "X-Forwarded-For": "10.5.0.2" },
    });
    expect(res.status).toBe(429);
    expect(await res.text()).toContain("Too many failed attempts. Try again after");
  });
});

describe("sessions", () => {
  const sessionCount = () => (db.prepare("select count(*) n from sessions").get() as { n: number }).n;

  it("treats a tampered or unknown cookie as signed out", async () => {
    const cookie = await signIn(server, DEMO_USERS.board);
    const [name, value] = cookie.split("=");
    const tampered = `${name}=${(value ?? "").replace(/^./, (c) => (c === "A" ? "B" : "A"))}`;
    expect((await request(server, "/", { cookie: tampered })).status).toBe(302);
    expect((await request(server, "/", { cookie: "overblik_session=garbage" })).status).toBe(302);
    expect(sessionCount()).toBeGreaterThan(0);
  });

  it("ends a session past its absolute expiry", async () => {
    const cookie = await signIn(server, DEMO_USERS.board);
    expect((await request(server, "/", { cookie })).status).toBe(200);
    db.prepare("update sessions set expires_at = '2000-01-01T00:00:00.000Z' where revoked_at is null").run();
    expect((await request(server, "/", { cookie })).status).toBe(302);
  });

  it("ends a session idle for too long", async () => {
    const cookie = await signIn(server, DEMO_USERS.board);
    db.prepare("update sessions set last_seen_at = '2000-01-01T00:00:00.000Z' where revoked_at is null and expires_at > '2001'").run();
    expect((await request(server, "/", { cookie })).status).toBe(302);
  });

  it("ends every session of a disabled user, and refuses their sign-in", async () => {
    const admin = await signIn(server, DEMO_USERS.admin);
    const victim = await signIn(server, DEMO_USERS.fundraiser);
    expect((await request(server, "/", { cookie: victim })).status).toBe(200);
    const id = db.prepare("select id, version from users where email = ?").get(DEMO_USERS.fundraiser) as { id: number; version: number };
    const res = await request(server, `/admin/users/${id.id}`, {
      cookie: admin,
      form: { intent: "update", name: "Fundraiser (demo)", role: "fundraiser", disabled: "on", version: String(id.version) },
    });
    expect(res.status).toBe(303);
    expect((await request(server, "/", { cookie: victim })).status).toBe(302);
    expect((await login(DEMO_USERS.fundraiser, "overblik-demo", {}, "10.4.0.1")).status).toBe(401);
    // Re-enable for the tests that follow.
    const again = db.prepare("select version from users where id = ?").get(id.id) as { version: number };
    await request(server, `/admin/users/${id.id}`, {
      cookie: admin,
      form: { intent: "update", name: "Fundraiser (demo)", role: "fundraiser", version: String(again.version) },
    });
    expect((await login(DEMO_USERS.fundraiser, "overblik-demo", {}, "10.4.0.2")).status).toBe(303);
  });
});

describe("cross-site requests", () => {
  it("refuses a POST from a foreign origin, sign-in included", async () => {
    const cookie = await signIn(server, DEMO_USERS.admin);
    for (const path of ["/login", "/logout", "/admin/users", "/language"]) {
      const res = await fetch(`${server.url}${path}`, {
        method: "POST",
        redirect: "manual",
        headers: { Origin: "https://evil.example", Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" },
        body: "email=x&password=y",
      });
      expect(res.status, path).toBe(403);
    }
    // The session survived the forged sign-out.
    expect((await request(server, "/", { cookie })).status).toBe(200);
  });

  it("refuses a POST with neither Origin nor Referer, and accepts our own Referer", async () => {
    const bare = await fetch(`${server.url}/login`, {
      method: "POST",
      redirect: "manual",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "email=x&password=y",
    });
    expect(bare.status).toBe(403);
    const referred = await fetch(`${server.url}/login`, {
      method: "POST",
      redirect: "manual",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Referer: `${server.url}/login`, "X-Forwarded-For": "10.3.0.1" },
      body: new URLSearchParams({ email: DEMO_USERS.board, password: "overblik-demo" }),
    });
    expect(referred.status).toBe(303);
  });
});

describe("headers", () => {
  it("sends the security headers on pages, redirects and static files", async () => {
    for (const path of ["/login", "/", "/favicon.svg", "/healthz"]) {
      const res = await request(server, path);
      const csp = res.headers.get("content-security-policy") ?? "";
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain("script-src 'self' 'nonce-");
      expect(res.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(res.headers.get("referrer-policy"), path).toBe("same-origin");
    }
  });

  it("uses a fresh nonce per response and puts it on Remix's scripts", async () => {
    const a = await request(server, "/login");
    const b = await request(server, "/login");
    const nonceA = a.headers.get("content-security-policy")?.match(/'nonce-([^']+)'/)?.[1];
    const nonceB = b.headers.get("content-security-policy")?.match(/'nonce-([^']+)'/)?.[1];
    expect(nonceA).toBeTruthy();
    expect(nonceA).not.toBe(nonceB);
    expect(await a.text()).toContain(`nonce="${nonceA}"`);
  });
});

describe("demo sign-in page", () => {
  it("says it is a demo and lists the accounts", async () => {
    const html = await (await request(server, "/login")).text();
    expect(html).toContain("Dette er en demo");
    expect(html).toContain("manager.vollsmose@overblik.test");
  });
});

/*
 * The access matrix runs in-process (tests/routes/access-matrix.test.ts), past server.ts. These rows go
 * through the real stack, so the two agree on what reaches a route: the session cookie, the redirect to
 * sign-in, 403 and 404, a form POST with our Origin, and the loader that runs after an action.
 */
describe("the real HTTP stack agrees with the in-process access matrix", () => {
  let board: string;
  let manager: string;
  let vollsmoseActivityId = 0;

  beforeAll(async () => {
    vollsmoseActivityId = (db.prepare("select id from activities where title = 'Bydelssøstre'").get() as { id: number }).id;
    board = await signIn(server, DEMO_USERS.board);
    manager = await signIn(server, DEMO_USERS.managerVollsmose);
  });

  it("sends anonymous visitors to sign-in with the page asked for", async () => {
    const res = await request(server, "/activities?area=vollsmose");
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/login?redirectTo=%2Factivities%3Farea%3Dvollsmose");
  });

  it("serves a page to a signed-in reader, refuses a write with 403, and answers 404 for an unknown path", async () => {
    expect((await request(server, "/activities/1", { cookie: board })).status).toBe(200);
    expect((await request(server, `/activities/${vollsmoseActivityId}/updates`, { cookie: board })).status).toBe(403);
    expect((await request(server, `/activities/${vollsmoseActivityId}/updates`, { cookie: board, form: {} })).status).toBe(403);
    expect((await request(server, "/no/such/page", { cookie: board })).status).toBe(404);
  });

  it("lets the area's manager reach the action, which refuses the empty form with 400", async () => {
    const res = await request(server, `/activities/${vollsmoseActivityId}/updates`, { cookie: manager, form: {} });
    expect(res.status).toBe(400);
  });

  it("runs the sign-in page's loader after its action, so a signed-in POST is sent on", async () => {
    const res = await request(server, "/login", { cookie: board, form: {} });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/dashboard");
  });
});

describe("the client build", () => {
  it("is served with a year's immutable cache (fingerprinted file names)", async () => {
    const manifest = fs.readdirSync(path.join(ROOT, "public/build")).find((f) => /^manifest-.*\.js$/.test(f));
    expect(manifest).toBeTruthy();
    const res = await request(server, `/build/${manifest ?? ""}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(res.headers.get("content-type")).toContain("javascript");
  });
});
