import fs from "node:fs";
import path from "node:path";

import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ROOT } from "../setup/paths";
import { DEMO_USERS, type DemoUser, request, signIn, startServer, type TestServer } from "../setup/server";

/**
 * Who may reach what: every route module, for anonymous and every demo role, for its loader (GET)
 * and its action (POST). A route file without a row here fails the first test, so a new route cannot
 * ship without a decision about who may use it.
 *
 * login    → redirected to /login (anonymous)
 * ok       → served (2xx, or a redirect that is not to /login)
 * denied   → 403
 * notfound → 404
 * invalid  → reached the action and refused the (empty) input: 400/401 (so permission passed)
 */
type Outcome = "login" | "ok" | "denied" | "notfound" | "invalid";
type Who = "anonymous" | DemoUser;
type Expectation = Record<Who, Outcome>;

const WHO: Who[] = ["anonymous", "admin", "managerVollsmose", "managerKorsloekken", "board", "fundraiser"];

const everyoneSignedIn = (outcome: Outcome, anonymous: Outcome = "login"): Expectation => ({
  anonymous,
  admin: outcome,
  managerVollsmose: outcome,
  managerKorsloekken: outcome,
  board: outcome,
  fundraiser: outcome,
});
/** Writes on a Vollsmose activity: its manager and admins; the Korsløkken manager, board and fundraiser get 403. */
const vollsmoseWriters = (outcome: Outcome): Expectation => ({
  anonymous: "login",
  admin: outcome,
  managerVollsmose: outcome,
  managerKorsloekken: "denied",
  board: "denied",
  fundraiser: "denied",
});
/** Funding and fundraising flags: fundraisers and admins; managers and the board get 403. */
const fundraisers = (outcome: Outcome): Expectation => ({
  anonymous: "login",
  admin: outcome,
  managerVollsmose: "denied",
  managerKorsloekken: "denied",
  board: "denied",
  fundraiser: outcome,
});
const adminOnly = (outcome: Outcome): Expectation => ({
  anonymous: "login",
  admin: outcome,
  managerVollsmose: "denied",
  managerKorsloekken: "denied",
  board: "denied",
  fundraiser: "denied",
});

type RouteRule = { path: string; loader?: Expectation; action?: Expectation; form?: Record<string, string> };

const RULES: Record<string, RouteRule> = {
  "_index.tsx": { path: "/", loader: everyoneSignedIn("ok") },
  "activities._index.tsx": { path: "/activities?area=vollsmose", loader: everyoneSignedIn("ok") },
  "activities.$id.tsx": { path: "/activities/1", loader: everyoneSignedIn("ok") },
  "activities[.]csv.tsx": { path: "/activities.csv", loader: everyoneSignedIn("ok") },
  "areas._index.tsx": { path: "/areas", loader: everyoneSignedIn("ok") },
  "areas.$slug.tsx": { path: "/areas/korsloekken", loader: everyoneSignedIn("ok") },
  "healthz.tsx": { path: "/healthz", loader: everyoneSignedIn("ok", "ok") },
  // Signed-in users are sent on from the sign-in page (its loader redirects them, even after a POST);
  // for anonymous visitors the action refuses empty input with 400.
  "login.tsx": { path: "/login", loader: everyoneSignedIn("ok", "ok"), action: everyoneSignedIn("ok", "invalid") },
  "logout.tsx": { path: "/logout", loader: everyoneSignedIn("ok", "ok"), action: everyoneSignedIn("login", "login") },
  // The language can be chosen before signing in; it only sets a cookie.
  "language.tsx": { path: "/language", loader: everyoneSignedIn("ok", "ok"), action: everyoneSignedIn("ok", "ok") },
  "$.tsx": { path: "/no/such/page", loader: everyoneSignedIn("notfound"), action: everyoneSignedIn("notfound") },
  "admin.users._index.tsx": { path: "/admin/users", loader: adminOnly("ok"), action: adminOnly("invalid") },
  "admin.users.$id.tsx": { path: "/admin/users/2", loader: adminOnly("ok"), action: adminOnly("invalid"), form: { intent: "update" } },
  "admin.audit.tsx": { path: "/admin/audit", loader: adminOnly("ok") },
  "admin._index.tsx": { path: "/admin", loader: adminOnly("ok") },
  "admin.areas._index.tsx": { path: "/admin/areas", loader: adminOnly("ok"), action: adminOnly("invalid") },
  "admin.areas.$slug.tsx": { path: "/admin/areas/korsloekken", loader: adminOnly("ok"), action: adminOnly("invalid") },
  "admin.plans._index.tsx": { path: "/admin/plans", loader: adminOnly("ok"), action: adminOnly("invalid") },
  "admin.plans.$slug.tsx": { path: "/admin/plans/vollsmose-current", loader: adminOnly("ok"), action: adminOnly("invalid") },
  // {vollsmose} is the id of a Vollsmose activity (Bydelssøstre), looked up in the test database.
  "activities.$id_.updates.tsx": {
    path: "/activities/{vollsmose}/updates",
    loader: vollsmoseWriters("ok"),
    action: vollsmoseWriters("invalid"),
  },
  "activities.$id_.indicators.tsx": {
    path: "/activities/{vollsmose}/indicators",
    loader: vollsmoseWriters("ok"),
    action: vollsmoseWriters("invalid"),
  },
  "activities.$id_.milestones.tsx": {
    path: "/activities/{vollsmose}/milestones",
    loader: vollsmoseWriters("ok"),
    action: vollsmoseWriters("invalid"),
  },
  "activities.$id_.funding.tsx": {
    path: "/activities/{vollsmose}/funding",
    loader: fundraisers("ok"),
    action: fundraisers("invalid"),
  },
  "activities.$id_.flag.tsx": {
    path: "/activities/{vollsmose}/flag",
    loader: fundraisers("ok"),
    action: fundraisers("invalid"),
  },
  "funding._index.tsx": { path: "/funding?area=vollsmose", loader: everyoneSignedIn("ok") },
  "funding[.]csv.tsx": { path: "/funding.csv", loader: everyoneSignedIn("ok") },
  "admin.funding-sources.tsx": { path: "/admin/funding-sources", loader: adminOnly("ok"), action: adminOnly("invalid") },
  "dashboard._index.tsx": { path: "/dashboard?per=1000", loader: everyoneSignedIn("ok") },
  "dashboard[.]csv.tsx": { path: "/dashboard.csv?chart=secured-gap", loader: everyoneSignedIn("ok") },
  "compare.tsx": { path: "/compare?areas=vollsmose,korsloekken", loader: everyoneSignedIn("ok") },
  "compare[.]csv.tsx": { path: "/compare.csv?areas=vollsmose,korsloekken", loader: everyoneSignedIn("ok") },
  "board-pack.tsx": { path: "/board-pack", loader: everyoneSignedIn("ok") },
  "my.tsx": {
    path: "/my",
    loader: { anonymous: "login", admin: "ok", managerVollsmose: "ok", managerKorsloekken: "ok", board: "denied", fundraiser: "denied" },
  },
};

let server: TestServer;
const cookies = new Map<Who, string>();
let vollsmoseActivityId = 0;

beforeAll(async () => {
  server = await startServer();
  const db = new Database(server.dbFile, { readonly: true });
  vollsmoseActivityId = (db.prepare("select id from activities where title = 'Bydelssøstre'").get() as { id: number }).id;
  db.close();
  for (const who of WHO) cookies.set(who, who === "anonymous" ? "" : await signIn(server, DEMO_USERS[who]));
});

afterAll(async () => {
  await server.stop();
  expect(server.stderr()).toBe("");
});

function outcomeOf(res: Response): Outcome | `unexpected ${number}` {
  if (res.status === 403) return "denied";
  if (res.status === 404) return "notfound";
  if (res.status === 400 || res.status === 401) return "invalid";
  if (res.status >= 300 && res.status < 400) {
    const location = new URL(res.headers.get("location") ?? "/", "http://x");
    return location.pathname === "/login" ? "login" : "ok";
  }
  if (res.status >= 200 && res.status < 300) return "ok";
  return `unexpected ${res.status}`;
}

describe("the role × route matrix", () => {
  it("has a rule for every route module", () => {
    const files = fs.readdirSync(path.join(ROOT, "app/routes")).filter((f) => /\.tsx?$/.test(f) && !f.includes(".test."));
    expect(files.filter((f) => !(f in RULES))).toEqual([]);
    expect(Object.keys(RULES).filter((f) => !files.includes(f))).toEqual([]);
  });

  it("checks loaders and actions for anonymous and every role", async () => {
    const failures: string[] = [];
    let checked = 0;
    for (const [file, template] of Object.entries(RULES)) {
      const rule = { ...template, path: template.path.replace("{vollsmose}", String(vollsmoseActivityId)) };
      for (const who of WHO) {
        const cookie = cookies.get(who) ?? "";
        if (rule.loader) {
          const got = outcomeOf(await request(server, rule.path, { cookie }));
          checked++;
          if (got !== rule.loader[who]) failures.push(`GET ${rule.path} (${file}) as ${who}: expected ${rule.loader[who]}, got ${got}`);
        }
        if (rule.action) {
          // Logout would end the session the next rows need: sign in afresh for it.
          const actionCookie = file === "logout.tsx" && who !== "anonymous" ? await signIn(server, DEMO_USERS[who]) : cookie;
          const got = outcomeOf(await request(server, rule.path, { cookie: actionCookie, form: rule.form ?? {} }));
          checked++;
          if (got !== rule.action[who]) failures.push(`POST ${rule.path} (${file}) as ${who}: expected ${rule.action[who]}, got ${got}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBe(Object.values(RULES).reduce((n, r) => n + (r.loader ? 6 : 0) + (r.action ? 6 : 0), 0));
  });
});
