import fs from "node:fs";
import path from "node:path";

import { beforeAll, describe, expect, it } from "vitest";

import { getDb } from "../../db/client.server";
import { ROOT } from "../setup/paths";
import { callAction, callLoader, paramsFromPath, type RouteResult, signIn, type Who } from "../setup/route-harness";

/**
 * Who may reach what: every route module, for anonymous and every demo role, for its loader (GET)
 * and its action (POST), called in-process against this file's copy of the demo database (a POST runs the
 * route's loader after its action, as a form posted without JavaScript does). A route file without a row
 * here fails the first test, so a new route cannot ship without a decision about who may use it.
 *
 * login    → redirected to /login (anonymous)
 * ok       → served (2xx, or a redirect that is not to /login)
 * denied   → 403
 * notfound → 404
 * invalid  → reached the action and refused the (empty) input: 400/401 (so permission passed)
 */
type Outcome = "login" | "ok" | "denied" | "notfound" | "invalid";
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
/** Creating activities: admins and managers with areas; the board and fundraisers get 403. */
const activityCreators = (outcome: Outcome): Expectation => ({
  anonymous: "login",
  admin: outcome,
  managerVollsmose: outcome,
  managerKorsloekken: outcome,
  board: "denied",
  fundraiser: "denied",
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
  "activities[.]xlsx.tsx": { path: "/activities.xlsx", loader: everyoneSignedIn("ok") },
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
  "activities.new.tsx": { path: "/activities/new", loader: activityCreators("ok"), action: activityCreators("invalid") },
  // {vollsmose} is the id of a Vollsmose activity (Bydelssøstre), looked up in the test database.
  "activities.$id_.edit.tsx": {
    path: "/activities/{vollsmose}/edit",
    loader: vollsmoseWriters("ok"),
    action: vollsmoseWriters("invalid"),
  },
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
  // {indicator} and {milestone}: the first indicator and milestone of that activity.
  "activities.$id_.indicators_.$indicatorId.tsx": {
    path: "/activities/{vollsmose}/indicators/{indicator}",
    loader: vollsmoseWriters("ok"),
    action: vollsmoseWriters("invalid"),
  },
  "activities.$id_.milestones_.$milestoneId.tsx": {
    path: "/activities/{vollsmose}/milestones/{milestone}",
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
  "funding[.]xlsx.tsx": { path: "/funding.xlsx", loader: everyoneSignedIn("ok") },
  "funding.lines[.]csv.tsx": { path: "/funding/lines.csv", loader: everyoneSignedIn("ok") },
  "funding.lines[.]xlsx.tsx": { path: "/funding/lines.xlsx", loader: everyoneSignedIn("ok") },
  "funding.applications[.]csv.tsx": { path: "/funding/applications.csv", loader: everyoneSignedIn("ok") },
  "funding.sources.tsx": { path: "/funding/sources", loader: fundraisers("ok"), action: fundraisers("invalid") },
  // The old address: a redirect to /funding/sources for everyone (which then decides), and the same action.
  // It is a resource route, so the harness, as for a page, follows its loader's redirect after a refused POST:
  // "ok" here is that redirect; tests/routes/funding-sources.test.ts checks the action's own answers.
  "admin.funding-sources.tsx": {
    path: "/admin/funding-sources",
    loader: everyoneSignedIn("ok", "ok"),
    action: fundraisers("ok"),
  },
  "dashboard._index.tsx": { path: "/dashboard?per=1000", loader: everyoneSignedIn("ok") },
  "dashboard[.]csv.tsx": { path: "/dashboard.csv?chart=secured-gap", loader: everyoneSignedIn("ok") },
  "dashboard[.]xlsx.tsx": { path: "/dashboard.xlsx?per=1000", loader: everyoneSignedIn("ok") },
  "compare.tsx": { path: "/compare?areas=vollsmose,korsloekken", loader: everyoneSignedIn("ok") },
  "compare[.]csv.tsx": { path: "/compare.csv?areas=vollsmose,korsloekken", loader: everyoneSignedIn("ok") },
  "compare[.]xlsx.tsx": { path: "/compare.xlsx?areas=vollsmose,korsloekken", loader: everyoneSignedIn("ok") },
  // Importing: administrators, managers (activities in their areas) and fundraisers (funding lines); an empty
  // post (no file, no confirmation) is refused with 400 once permission passed. The board gets 403.
  "import._index.tsx": {
    path: "/import",
    loader: { ...everyoneSignedIn("ok"), board: "denied" },
    action: { ...everyoneSignedIn("invalid"), board: "denied" },
  },
  // A template per kind: activities for those who create them.
  "import.template.tsx": { path: "/import/template?kind=activities", loader: activityCreators("ok") },
  // A saved import's result is its uploader's only: an id nobody has is 404 for everyone.
  "import.$importId.tsx": { path: "/import/00000000000000000000000000000000", loader: everyoneSignedIn("notfound") },
  "board-pack.tsx": { path: "/board-pack", loader: everyoneSignedIn("ok") },
  // Every role can own a follow-up, so everyone signed in has a /my.
  "my.tsx": { path: "/my", loader: everyoneSignedIn("ok") },
  "organisation.tsx": { path: "/organisation", loader: everyoneSignedIn("ok") },
  // The accessibility statement must be public: it has no loader at all (nothing to check).
  "tilgaengelighed.tsx": { path: "/tilgaengelighed" },
  "meetings._index.tsx": { path: "/meetings?body=board", loader: everyoneSignedIn("ok") },
  "meetings.new.tsx": { path: "/meetings/new", loader: adminOnly("ok"), action: adminOnly("invalid") },
  // The April 2020 meeting: its follow-ups belong to the fundraiser and the Vollsmose manager, who may mark
  // them done (so their empty form is refused with 400); others who own none of its follow-ups get 403.
  "meetings.$id.tsx": {
    path: "/meetings/1",
    loader: everyoneSignedIn("ok"),
    action: {
      anonymous: "login",
      admin: "invalid",
      managerVollsmose: "invalid",
      managerKorsloekken: "denied",
      board: "denied",
      fundraiser: "invalid",
    },
  },
  "meetings.$id_.edit.tsx": { path: "/meetings/1/edit", loader: adminOnly("ok"), action: adminOnly("invalid") },
  "meetings.$id_.items.tsx": { path: "/meetings/1/items", loader: adminOnly("ok"), action: adminOnly("invalid") },
  "meetings.$id_.items.$itemId.tsx": { path: "/meetings/1/items/1", loader: adminOnly("ok"), action: adminOnly("invalid") },
  "meetings.$id_.board-pack.tsx": { path: "/meetings/1/board-pack", loader: everyoneSignedIn("ok") },
};

type RouteModule = Parameters<typeof callLoader>[0] & Parameters<typeof callAction>[0];

const ROUTES_DIR = path.join(ROOT, "app/routes");
let vollsmoseActivityId = 0;
let indicatorId = 0;
let milestoneId = 0;

beforeAll(() => {
  const db = getDb().$client;
  vollsmoseActivityId = db.prepare<[], { id: number }>("select id from activities where title = 'Bydelssøstre'").get()?.id ?? 0;
  indicatorId =
    db.prepare<[number], { id: number }>("select min(id) id from indicators where activity_id = ?").get(vollsmoseActivityId)?.id ?? 0;
  milestoneId =
    db.prepare<[number], { id: number }>("select min(id) id from milestones where activity_id = ?").get(vollsmoseActivityId)?.id ?? 0;
});

function outcomeOf(res: RouteResult): Outcome | `unexpected ${number}` {
  if (res.status === 403) return "denied";
  if (res.status === 404) return "notfound";
  if (res.status === 400 || res.status === 401) return "invalid";
  if (res.status >= 300 && res.status < 400) {
    const location = new URL(res.location ?? "/", "http://x");
    return location.pathname === "/login" ? "login" : "ok";
  }
  if (res.status >= 200 && res.status < 300) return "ok";
  return `unexpected ${res.status}`;
}

describe("the role × route matrix", () => {
  it("has a rule for every route module", () => {
    const files = fs.readdirSync(ROUTES_DIR).filter((f) => /\.tsx?$/.test(f) && !f.includes(".test."));
    expect(files.filter((f) => !(f in RULES))).toEqual([]);
    expect(Object.keys(RULES).filter((f) => !files.includes(f))).toEqual([]);
  });

  // Some 500 requests one after another: seconds, and more while other test files run beside it.
  it("checks loaders and actions for anonymous and every role", { timeout: 30_000 }, async () => {
    const failures: string[] = [];
    let checked = 0;
    for (const [file, template] of Object.entries(RULES)) {
      const rule = {
        ...template,
        path: template.path
          .replace("{vollsmose}", String(vollsmoseActivityId))
          .replace("{indicator}", String(indicatorId))
          .replace("{milestone}", String(milestoneId)),
      };
      const route = (await import(path.join(ROUTES_DIR, file))) as RouteModule;
      const params = paramsFromPath(file, rule.path);
      for (const who of WHO) {
        if (rule.loader) {
          const got = outcomeOf(await callLoader(route, { path: rule.path, params, as: who }));
          checked++;
          if (got !== rule.loader[who]) failures.push(`GET ${rule.path} (${file}) as ${who}: expected ${rule.loader[who]}, got ${got}`);
        }
        if (rule.action) {
          // Logout would end the session the next rows need: sign in afresh for it.
          const base = { path: rule.path, params, form: rule.form ?? {} };
          const call = file === "logout.tsx" && who !== "anonymous" ? { ...base, cookie: await signIn(who) } : { ...base, as: who };
          const got = outcomeOf(await callAction(route, call));
          checked++;
          if (got !== rule.action[who]) failures.push(`POST ${rule.path} (${file}) as ${who}: expected ${rule.action[who]}, got ${got}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBe(Object.values(RULES).reduce((n, r) => n + (r.loader ? 6 : 0) + (r.action ? 6 : 0), 0));
  });
});
