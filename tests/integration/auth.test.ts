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

/*
 * What the sign-in action answers (redirects, 400/401/429, the throttle's counting) and when a session ends
 * are tested in-process in tests/routes/auth.test.ts. Here: the real sign-in over HTTP (the cookie as sent),
 * what the sign-in page shows, and what server.ts adds.
 */
describe("the header", () => {
  it('shows who is signed in as their name and their role, each once ("Jens Pedersen (demo) · Bestyrelsesmedlem")', async () => {
    const expected: Record<keyof typeof DEMO_USERS, [string, string]> = {
      admin: ["Lene Holm (demo)", "Administrator"],
      managerVollsmose: ["Karim Nielsen (demo)", "Projektleder"],
      managerKorsloekken: ["Maja Sørensen (demo)", "Projektleder"],
      board: ["Jens Pedersen (demo)", "Bestyrelsesmedlem"],
      fundraiser: ["Sofie Lund (demo)", "Fundraiser"],
    };
    for (const [who, email] of Object.entries(DEMO_USERS) as [keyof typeof DEMO_USERS, string][]) {
      const html = await (await request(server, "/organisation", { cookie: await signIn(server, email) })).text();
      const header = html.slice(html.indexOf('<div class="user-menu">'), html.indexOf("</header>"));
      const name = header.match(/<span class="user-menu-name">([\s\S]*?)<\/span><\/span>/)?.[1] ?? "";
      const text = name.replace(/<!-- -->/g, "").replace(/<[^>]+>/g, "");
      const [userName, role] = expected[who];
      expect(text, who).toBe(`${userName} · ${role}`);
      // The name does not repeat the role, so the role shows once.
      expect(userName).not.toContain(role);
      expect(header.split(role).length - 1, who).toBe(1);
    }
  });
});

describe("sign-in", () => {
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
    expect(await page.text()).toContain("Jens Pedersen (demo)");

    const out = await request(server, "/logout", { cookie, form: {} });
    expect(out.status).toBe(303);
    expect(out.headers.get("location")).toBe("/login");
    // The old cookie is revoked on the server, not only cleared in the browser.
    expect((await request(server, "/", { cookie })).status).toBe(302);
  });

  it("shows a refused sign-in's errors beside the fields, tied to them for screen readers", async () => {
    const missing = await login("", "", {}, "10.9.0.4");
    expect(missing.status).toBe(400);
    const html = await missing.text();
    for (const [field, message] of [
      ["email", "Skriv din e-mail."],
      ["password", "Skriv din adgangskode."],
    ]) {
      expect(html).toContain(`<span class="form-error-message" id="${field}-error">${message}</span>`);
      const input = html.match(new RegExp(`<input[^>]*id="${field}"[^>]*>`))?.[0] ?? "";
      expect(input, field).toContain('aria-invalid="true"');
      expect(input, field).toContain(`aria-describedby="${field}-error"`);
    }
  });

  it("says when to try again in the user's language, with Retry-After on the page's response", async () => {
    const email = "english-throttle@example.dk";
    const { englishCookie } = await import("../setup/server");
    const lang = await englishCookie();
    for (let i = 0; i < 5; i++) await login(email, "nope", {}, "10.5.0.1");
    const danish = await login(email, "nope", {}, "10.5.0.3");
    expect(danish.status).toBe(429);
    expect(Number(danish.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await danish.text()).toMatch(/For mange mislykkede forsøg\. Prøv igen efter /);
    const res = await request(server, "/login", {
      form: { email, password: "nope" },
      headers: { Cookie: lang, "X-Forwarded-For": "10.5.0.2" },
    });
    expect(res.status).toBe(429);
    expect(await res.text()).toContain("Too many failed attempts. Try again after");
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
