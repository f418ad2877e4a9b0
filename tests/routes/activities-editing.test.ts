import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { recordStatusUpdate } from "../../app/models/status-update.server";
import * as activityPage from "../../app/routes/activities.$id";
import * as editRoute from "../../app/routes/activities.$id_.edit";
import * as newRoute from "../../app/routes/activities.new";
import { getDb } from "../../db/client.server";
import {
  activities,
  activityAreas,
  agendaItemActivities,
  agendaItems,
  areas,
  auditLog,
  focusAreas,
  fundingSources,
  fundraisingFlags,
  meetings,
  milestones,
  planAreas,
  plans,
} from "../../db/schema";
import { makeActivity, makeIndicator, makeLine, makeUpdate } from "../setup/factories";
import { callAction, callLoader, type Who } from "../setup/route-harness";

/**
 * Creating, editing and deleting activities (issue 10, item 4; docs/decisions/011-who-edits-activities.md).
 * Each test that writes makes its own activities, so the tests do not depend on one another's order.
 */

const db = () => getDb();
const areaId = (slug: string) => db().select().from(areas).where(eq(areas.slug, slug)).get()?.id ?? 0;
const planId = (slug: string) => db().select().from(plans).where(eq(plans.slug, slug)).get()?.id ?? 0;
const focusId = (code: "education" | "employment") => db().select().from(focusAreas).where(eq(focusAreas.code, code)).get()?.id ?? 0;
const activityCount = () => db().select().from(activities).all().length;
const auditCount = () => db().select().from(auditLog).all().length;
const stored = (id: number) => db().select().from(activities).where(eq(activities.id, id)).get();
const areasOf = (id: number) =>
  db()
    .select({ areaId: activityAreas.areaId })
    .from(activityAreas)
    .where(eq(activityAreas.activityId, id))
    .all()
    .map((r) => r.areaId)
    .sort((a, b) => a - b);
const auditsOf = (id: number) =>
  db()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, "activity"), eq(auditLog.entityId, String(id))))
    .all();

let V = 0; // Vollsmose
let K = 0; // Korsløkken
let S = 0; // Solbakken/Rising
/** A test plan covering Vollsmose and Korsløkken, so that an activity can run in two managers' areas. */
let SHARED_PLAN = 0;

beforeAll(() => {
  V = areaId("vollsmose");
  K = areaId("korsloekken");
  S = areaId("solbakken-rising");
  SHARED_PLAN = db()
    .insert(plans)
    .values({ slug: "test-shared", name: "Fælles testplan", startsOn: "2025-01-01", endsOn: "2028-12-31" })
    .returning()
    .get().id;
  db()
    .insert(planAreas)
    .values([
      { planId: SHARED_PLAN, areaId: V },
      { planId: SHARED_PLAN, areaId: K },
    ])
    .run();
});

/** A fresh activity with nothing recorded about it (a mistaken entry, until something is). */
function freshActivity(areaIds: number[], plan: "vollsmose" | "city" | "shared" = "vollsmose", budget = 100_000) {
  const pid = plan === "shared" ? SHARED_PLAN : planId(plan === "city" ? "bydaekkende-current" : "vollsmose-current");
  return makeActivity(db(), {
    title: "Testaktivitet",
    planId: pid,
    focusAreaId: focusId("education"),
    areaIds,
    budget,
    status: "idea",
    health: "green",
  });
}

const newForm = (patch: Record<string, string | string[]> = {}) => ({
  title: "Lektiecafé i Vollsmose",
  planId: String(planId("vollsmose-current")),
  focus: "education",
  areaIds: [String(V)],
  budget: "1.234.567",
  startsOn: "2026-08-01",
  // After the plan's end: an activity's own period may outlast its plan's.
  endsOn: "2030-06-30",
  status: "planned",
  purpose: "Flere unge gennemfører en uddannelse.",
  targetGroup: "Unge 13–17 år",
  content: "Lektiehjælp to gange om ugen.",
  partners: "Odense Bibliotekerne",
  responsible: "Områdeleder Vollsmose",
  ...patch,
});

/** The edit form for an activity as stored, changed by `patch`. */
function editForm(id: number, patch: Record<string, string | string[]> = {}) {
  const a = stored(id);
  return {
    intent: "update",
    version: String(a?.version),
    title: a?.title ?? "",
    planId: String(a?.planId),
    focus: "education",
    areaIds: areasOf(id).map(String),
    budget: String(a?.budget),
    startsOn: a?.startsOn ?? "",
    endsOn: a?.endsOn ?? "",
    purpose: a?.purpose ?? "",
    targetGroup: a?.targetGroup ?? "",
    content: a?.content ?? "",
    partners: a?.partners ?? "",
    responsible: a?.responsible ?? "",
    ...patch,
  };
}

/** What a manager's edit form sends: no budget or plan fields. */
function managerEditForm(id: number, patch: Record<string, string | string[]> = {}) {
  const { budget: _budget, planId: _plan, ...rest } = editForm(id, patch);
  return { ...rest, ...patch };
}

/** Form fields to change; a function when they need ids known only once the tests run. */
type Patch = Record<string, string | string[]> | (() => Record<string, string | string[]>);

const post = (id: number, as: Who, form: Record<string, string | string[]>) =>
  callAction(editRoute, { path: `/activities/${id}/edit`, params: { id: String(id) }, as, form, thenLoader: false });
const create = (as: Who, form: Record<string, string | string[]>) =>
  callAction(newRoute, { path: "/activities/new", as, form, thenLoader: false });

describe("creating an activity (/activities/new)", () => {
  it("creates an administrator's activity with every field, budget in Danish format, and audits it", async () => {
    const audits = auditCount();
    const res = await create("admin", newForm());
    expect(res.status).toBe(303);
    const id = Number(/^\/activities\/(\d+)\?saved=activityCreated$/.exec(res.location ?? "")?.[1]);
    expect(stored(id)).toMatchObject({
      title: "Lektiecafé i Vollsmose",
      planId: planId("vollsmose-current"),
      focusAreaId: focusId("education"),
      budget: 1_234_567,
      startsOn: "2026-08-01",
      endsOn: "2030-06-30",
      status: "planned",
      health: "green",
      healthReason: "",
      purpose: "Flere unge gennemfører en uddannelse.",
      targetGroup: "Unge 13–17 år",
      partners: "Odense Bibliotekerne",
      responsible: "Områdeleder Vollsmose",
      version: 1,
    });
    expect(areasOf(id)).toEqual([V]);
    expect(auditCount()).toBe(audits + 1);
    const [audit] = auditsOf(id);
    expect(audit).toMatchObject({ action: "activity.create", before: null });
    expect(audit?.after).toMatchObject({
      title: "Lektiecafé i Vollsmose",
      budget: 1_234_567,
      plan: "vollsmose-current",
      areas: ["vollsmose"],
    });
  });

  it("creates a manager's activity in their own area with budget 0, and leaves dates and budget optional", async () => {
    const res = await create("managerVollsmose", newForm({ budget: "", startsOn: "", endsOn: "", status: "idea" }));
    expect(res.status).toBe(303);
    const id = Number(res.location?.split("/")[2]?.split("?")[0]);
    expect(stored(id)).toMatchObject({ budget: 0, startsOn: null, endsOn: null, status: "idea" });
    // An explicit 0 is the same budget.
    expect((await create("managerVollsmose", newForm({ budget: "0" }))).status).toBe(303);
  });

  it("lets a manager of two areas create in both, in a plan that covers them", async () => {
    const res = await create(
      "managerKorsloekken",
      newForm({ planId: String(planId("bydaekkende-current")), areaIds: [String(K), String(S)], budget: "" }),
    );
    expect(res.status).toBe(303);
  });

  it.each([
    ["an area outside the plan", () => ({ areaIds: [String(K)] }), "areaIds", "activityForm.error.outsidePlan"],
    ["an end before the start", { startsOn: "2027-01-01", endsOn: "2026-12-31" }, "endsOn", "form.period.endBeforeStart"],
    ["a budget of 12,5", { budget: "12,5" }, "budget", "form.kroner.decimals"],
    ["a budget of -1", { budget: "-1" }, "budget", "form.kroner.negative"],
    ["a budget of abc", { budget: "abc" }, "budget", "form.kroner.invalid"],
    ["an unknown plan", { planId: "99999" }, "planId", "activityForm.error.plan"],
    ["a plan that is not an id", { planId: "vollsmose-current" }, "planId", "activityForm.error.plan"],
    ["no plan", { planId: "" }, "planId", "activityForm.error.plan"],
    ["an unknown focus area", { focus: "housing" }, "focus", "activityForm.error.focus"],
    ["an unknown status", { status: "done" }, "status", "activityForm.error.status"],
    ["the status paused", { status: "paused" }, "status", "activityForm.error.status"],
    ["the status completed", { status: "completed" }, "status", "activityForm.error.status"],
    ["the status stopped", { status: "stopped" }, "status", "activityForm.error.status"],
    ["a missing title", { title: "   " }, "title", "form.required"],
    ["no area", { areaIds: [] }, "areaIds", "activityForm.error.areasRequired"],
    ["an unknown area", { areaIds: ["99999"] }, "areaIds", "form.areaUnknown"],
    ["a date that is not a date", { startsOn: "2026-02-30" }, "startsOn", "form.date"],
  ] as [string, Patch, string, string][])(
    "refuses %s with 400 beside the field, keeps what was typed and writes nothing",
    async (_label, patch, field, key) => {
      const form = newForm(typeof patch === "function" ? patch() : patch);
      const [activitiesBefore, auditsBefore] = [activityCount(), auditCount()];
      const res = await create("admin", form);
      expect(res.status).toBe(400);
      expect(res.data).toMatchObject({ errors: { [field]: [key] }, values: { purpose: "Flere unge gennemfører en uddannelse." } });
      expect(activityCount()).toBe(activitiesBefore);
      expect(auditCount()).toBe(auditsBefore);
    },
  );

  it("names the areas outside the chosen plan", async () => {
    const res = await create("admin", newForm({ areaIds: [String(V), String(K), String(S)] }));
    expect(res.status).toBe(400);
    expect(res.data).toMatchObject({
      errors: { areaIds: ["activityForm.error.outsidePlan"] },
      outside: ["Korsløkken", "Solbakken/Rising"],
    });
  });

  it.each<[string, Who, Record<string, string | string[]>]>([
    ["the board", "board", {}],
    ["a fundraiser", "fundraiser", {}],
    ["a manager creating in another manager's area", "managerKorsloekken", {}],
    ["a manager adding another manager's area", "managerVollsmose", { areaIds: [String(V), String(K)] }],
    ["a manager sending a budget", "managerVollsmose", { budget: "250.000" }],
    ["a manager sending a budget that is not even valid", "managerVollsmose", { budget: "12,5" }],
    ["a manager sending an area id that is not an id", "managerVollsmose", { areaIds: [String(V), "abc"] }],
  ])("refuses %s with 403 whatever is sent, and writes nothing", async (_label, who, patch) => {
    const [activitiesBefore, auditsBefore] = [activityCount(), auditCount()];
    expect((await create(who, newForm(patch))).status).toBe(403);
    // Invalid input does not turn a forbidden write into a 400.
    expect((await create(who, newForm({ ...patch, title: "", status: "paused" }))).status).toBe(403);
    expect(activityCount()).toBe(activitiesBefore);
    expect(auditCount()).toBe(auditsBefore);
  });

  it("refuses the board and fundraisers the page itself, and sends anonymous visitors to sign in", async () => {
    for (const who of ["board", "fundraiser"] as const)
      expect((await callLoader(newRoute, { path: "/activities/new", as: who })).status).toBe(403);
    const anonymous = await callLoader(newRoute, { path: "/activities/new" });
    expect(anonymous.location).toBe("/login?redirectTo=%2Factivities%2Fnew");
    expect((await create("anonymous", newForm())).location).toBe("/login?redirectTo=%2Factivities%2Fnew");
  });

  it("offers an administrator every plan and area, a manager only their areas and the plans covering them", async () => {
    // A plan for Korsløkken alone: the Vollsmose manager must not be offered it.
    const korsOnly = db()
      .insert(plans)
      .values({ slug: "kun-korsloekken", name: "Kun Korsløkken", startsOn: "2026-01-01", endsOn: "2026-12-31" })
      .returning()
      .get();
    db().insert(planAreas).values({ planId: korsOnly.id, areaId: K }).run();
    type Choices = { plans: { id: number }[]; areas: { id: number }[]; mayBudget: boolean };
    const admin = (await callLoader(newRoute, { path: "/activities/new", as: "admin" })).data as Choices;
    expect(admin.mayBudget).toBe(true);
    expect(admin.areas.map((a) => a.id)).toContain(K);
    expect(admin.plans.map((p) => p.id)).toContain(planId("bydaekkende-current"));
    const manager = (await callLoader(newRoute, { path: "/activities/new", as: "managerVollsmose" })).data as Choices;
    expect(manager.mayBudget).toBe(false);
    expect(manager.areas.map((a) => a.id)).toEqual([V]);
    // Only plans covering Vollsmose: its own plan, and the city-wide one (which covers Vollsmose too).
    const coveringVollsmose = new Set(
      db()
        .select({ planId: planAreas.planId })
        .from(planAreas)
        .where(eq(planAreas.areaId, V))
        .all()
        .map((r) => r.planId),
    );
    expect(manager.plans.length).toBeGreaterThan(0);
    for (const p of manager.plans) expect(coveringVollsmose.has(p.id)).toBe(true);
    expect(admin.plans.map((p) => p.id)).toContain(korsOnly.id);
    expect(manager.plans.map((p) => p.id)).not.toContain(korsOnly.id);
    expect(manager.plans.map((p) => p.id)).toContain(planId("vollsmose-current"));
  });
});

describe("editing an activity (/activities/:id/edit)", () => {
  it("lets an administrator change every field, budget and plan included, against the version, and audits before and after", async () => {
    const a = freshActivity([V]);
    const res = await post(
      a.id,
      "admin",
      editForm(a.id, {
        title: "Nyt navn",
        planId: String(SHARED_PLAN),
        focus: "employment",
        areaIds: [String(V), String(K)],
        budget: "2 500 000",
        startsOn: "2026-01-01",
        endsOn: "2031-12-31",
        purpose: "Nyt formål",
        responsible: "Ny ansvarlig",
      }),
    );
    expect(res.status).toBe(303);
    expect(res.location).toBe(`/activities/${a.id}?saved=activity`);
    expect(stored(a.id)).toMatchObject({
      title: "Nyt navn",
      planId: SHARED_PLAN,
      focusAreaId: focusId("employment"),
      budget: 2_500_000,
      endsOn: "2031-12-31",
      purpose: "Nyt formål",
      responsible: "Ny ansvarlig",
      status: "idea",
      version: a.version + 1,
    });
    expect(areasOf(a.id)).toEqual([V, K].sort((x, y) => x - y));
    const [audit] = auditsOf(a.id);
    expect(audit?.action).toBe("activity.update");
    expect(audit?.before).toMatchObject({
      title: "Testaktivitet",
      budget: 100_000,
      plan: "vollsmose-current",
      areas: ["vollsmose"],
      focus: "education",
    });
    expect(audit?.after).toMatchObject({
      title: "Nyt navn",
      budget: 2_500_000,
      plan: "test-shared",
      areas: ["korsloekken", "vollsmose"],
      focus: "employment",
    });
  });

  it("lets a manager change the descriptive fields, focus area and period; budget and plan stay", async () => {
    const a = freshActivity([V]);
    const res = await post(
      a.id,
      "managerVollsmose",
      managerEditForm(a.id, { title: "Rettet titel", focus: "employment", content: "Nyt indhold", endsOn: "2029-12-31" }),
    );
    expect(res.status).toBe(303);
    expect(stored(a.id)).toMatchObject({
      title: "Rettet titel",
      content: "Nyt indhold",
      endsOn: "2029-12-31",
      budget: 100_000,
      planId: a.planId,
    });
  });

  it("lets a manager send the stored budget and plan back unchanged, in another format", async () => {
    const a = freshActivity([V], "vollsmose", 250_000);
    const res = await post(a.id, "managerVollsmose", editForm(a.id, { budget: "250.000 kr.", title: "Samme budget" }));
    expect(res.status).toBe(303);
    expect(stored(a.id)).toMatchObject({ title: "Samme budget", budget: 250_000 });
  });

  it("lets a manager add and remove their own areas, keeping another manager's", async () => {
    const a = freshActivity([K], "city");
    expect((await post(a.id, "managerKorsloekken", managerEditForm(a.id, { areaIds: [String(K), String(S)] }))).status).toBe(303);
    expect(areasOf(a.id)).toEqual([K, S].sort((x, y) => x - y));
    const shared = freshActivity([V, K], "shared");
    expect((await post(shared.id, "managerVollsmose", managerEditForm(shared.id, { title: "Fælles" }))).status).toBe(303);
    // Taking their own area out of a shared activity leaves the other manager's.
    expect((await post(shared.id, "managerVollsmose", managerEditForm(shared.id, { areaIds: [String(K)] }))).status).toBe(303);
    expect(areasOf(shared.id)).toEqual([K]);
  });

  it.each<[string, Who, () => number[], (id: number) => Record<string, string | string[]>]>([
    ["a manager changing the budget", "managerVollsmose", () => [V], (id) => editForm(id, { budget: "100.001" })],
    ["a manager sending an unreadable budget", "managerVollsmose", () => [V], (id) => managerEditForm(id, { budget: "abc" })],
    ["a manager moving the plan", "managerVollsmose", () => [V], (id) => editForm(id, { planId: String(planId("vollsmose-current")) })],
    ["a manager removing another manager's area", "managerVollsmose", () => [V, K], (id) => managerEditForm(id, { areaIds: [String(V)] })],
    [
      "a manager adding another manager's area",
      "managerKorsloekken",
      () => [K],
      (id) => managerEditForm(id, { areaIds: [String(V), String(K)] }),
    ],
    ["another area's manager", "managerKorsloekken", () => [V], (id) => managerEditForm(id)],
    ["the board", "board", () => [V], (id) => managerEditForm(id)],
    ["a fundraiser", "fundraiser", () => [V], (id) => managerEditForm(id)],
  ])("refuses %s with 403, before validating, and writes nothing", async (_label, who, areaIds, form) => {
    const a = freshActivity(areaIds(), "shared");
    const before = stored(a.id);
    const audits = auditCount();
    expect((await post(a.id, who, form(a.id))).status).toBe(403);
    expect((await post(a.id, who, { ...form(a.id), title: "", endsOn: "2000-01-01" })).status).toBe(403);
    expect(stored(a.id)).toEqual(before);
    expect(areasOf(a.id)).toEqual([...areaIds()].sort((x, y) => x - y));
    expect(auditCount()).toBe(audits);
  });

  it("refuses another area's manager, the board and fundraisers the page and the save", async () => {
    const a = freshActivity([V]);
    for (const who of ["managerKorsloekken", "board", "fundraiser"] as const) {
      expect((await callLoader(editRoute, { path: `/activities/${a.id}/edit`, params: { id: String(a.id) }, as: who })).status).toBe(403);
      expect((await post(a.id, who, editForm(a.id, { title: "Forbudt" }))).status).toBe(403);
    }
    expect(stored(a.id)?.title).toBe("Testaktivitet");
  });

  it.each([
    ["an end before the start", { startsOn: "2027-01-01", endsOn: "2026-01-01" }, "endsOn", "form.period.endBeforeStart"],
    ["a budget of 12,5", { budget: "12,5" }, "budget", "form.kroner.decimals"],
    ["a budget of -1", { budget: "-1" }, "budget", "form.kroner.negative"],
    ["a budget of abc", { budget: "abc" }, "budget", "form.kroner.invalid"],
    ["an unknown plan", { planId: "99999" }, "planId", "activityForm.error.plan"],
    ["an unknown focus area", { focus: "sport" }, "focus", "activityForm.error.focus"],
    ["a missing title", { title: "" }, "title", "form.required"],
    ["no area", { areaIds: [] }, "areaIds", "activityForm.error.areasRequired"],
    [
      "a plan that does not cover the areas",
      () => ({ planId: String(planId("vollsmose-current")), areaIds: [String(K)] }),
      "areaIds",
      "activityForm.error.outsidePlan",
    ],
    ["no version", { version: "" }, "version", "form.version"],
  ] as [string, Patch, string, string][])(
    "refuses an administrator's edit with %s: 400 beside the field, nothing written",
    async (_label, patch, field, key) => {
      const a = freshActivity([V]);
      const form = editForm(a.id, typeof patch === "function" ? patch() : patch);
      const audits = auditCount();
      const res = await post(a.id, "admin", form);
      expect(res.status).toBe(400);
      expect(res.data).toMatchObject({ errors: { [field]: [key] }, intent: "update", values: { title: form.title } });
      expect(stored(a.id)).toEqual(a);
      expect(auditCount()).toBe(audits);
    },
  );

  it("refuses a manager's edit that would leave no area with 400, and a status field is ignored", async () => {
    const a = freshActivity([V]);
    const res = await post(a.id, "managerVollsmose", managerEditForm(a.id, { areaIds: [] }));
    expect(res.status).toBe(400);
    expect(res.data).toMatchObject({ errors: { areaIds: ["activityForm.error.areasRequired"] } });
    expect((await post(a.id, "admin", editForm(a.id, { status: "completed" }))).status).toBe(303);
    expect(stored(a.id)?.status).toBe("idea");
  });

  it("answers 409 to a stale version (a status update counts), keeps what was typed and shows what is stored", async () => {
    const a = freshActivity([V]);
    const form = editForm(a.id, { title: "Mit navn", purpose: "Mit formål" });
    expect((await post(a.id, "admin", editForm(a.id, { title: "Dit navn" }))).status).toBe(303);
    const res = await post(a.id, "managerVollsmose", form);
    expect(res.status).toBe(409);
    expect(res.data).toMatchObject({
      intent: "update",
      values: { title: "Mit navn", purpose: "Mit formål" },
      current: { title: "Dit navn", budget: "100000", areaIds: String(V) },
      currentNames: { areaIds: "Vollsmose" },
    });
    expect(stored(a.id)).toMatchObject({ title: "Dit navn", purpose: "" });

    // Someone's status update since the form was loaded is a change too.
    const b = freshActivity([V]);
    const stale = editForm(b.id, { title: "Efter opdatering" });
    recordStatusUpdate({
      activityId: b.id,
      expectedVersion: b.version,
      status: "planned",
      health: "green",
      healthReason: "",
      note: "",
      reportedOn: "2026-06-15",
      actuals: [],
      user: { id: 1, name: "Test" },
    });
    expect((await post(b.id, "admin", stale)).status).toBe(409);
    expect(stored(b.id)?.title).toBe("Testaktivitet");
  });

  it("answers 404 for an unknown activity, before anything else", async () => {
    for (const id of ["999999", "abc", "0"]) {
      const path = `/activities/${id}/edit`;
      expect((await callLoader(editRoute, { path, params: { id }, as: "admin" })).status).toBe(404);
      expect((await callAction(editRoute, { path, params: { id }, as: "board", form: {} })).status).toBe(404);
    }
  });

  it("gives a manager their own areas to choose and shows the rest as fixed", async () => {
    const a = freshActivity([V, K], "shared", 75_000);
    const res = await callLoader(editRoute, { path: `/activities/${a.id}/edit`, params: { id: String(a.id) }, as: "managerVollsmose" });
    expect(res.status).toBe(200);
    expect(res.data).toMatchObject({
      mayBudget: false,
      areas: [{ id: V, name: "Vollsmose" }],
      fixed: { plan: { name: "Fælles testplan" }, budget: 75_000, otherAreas: [{ id: K, name: "Korsløkken" }] },
      values: { title: "Testaktivitet", budget: "75000" },
    });
    const admin = await callLoader(editRoute, { path: `/activities/${a.id}/edit`, params: { id: String(a.id) }, as: "admin" });
    expect(admin.data).toMatchObject({ mayBudget: true, fixed: null });
  });
});

describe("deleting an activity", () => {
  const del = (id: number, as: Who, version = stored(id)?.version) => post(id, as, { intent: "delete", version: String(version) });

  it("deletes a mistaken entry with its areas, and audits what it was", async () => {
    const a = freshActivity([V]);
    const res = await del(a.id, "admin");
    expect(res.status).toBe(303);
    expect(res.location).toBe("/activities?saved=activityDeleted&name=Testaktivitet");
    expect(stored(a.id)).toBeUndefined();
    expect(areasOf(a.id)).toEqual([]);
    const [audit] = auditsOf(a.id);
    expect(audit).toMatchObject({ action: "activity.delete", after: null });
    expect(audit?.before).toMatchObject({ title: "Testaktivitet", budget: 100_000, plan: "vollsmose-current", areas: ["vollsmose"] });
  });

  it("lets a manager delete a mistaken entry in their own areas", async () => {
    const a = freshActivity([V]);
    expect((await del(a.id, "managerVollsmose")).status).toBe(303);
    expect(stored(a.id)).toBeUndefined();
  });

  const records: [string, (id: number) => void][] = [
    ["a status update", (id) => makeUpdate(db(), id, "2026-06-01", "planned", "green")],
    ["an indicator", (id) => makeIndicator(db(), id, { baseline: 0, target: 10, kind: "cumulative" })],
    ["a milestone", (id) => db().insert(milestones).values({ activityId: id, title: "m", dueOn: "2026-09-01" }).run()],
    ["a funding line", (id) => makeLine(db(), id, db().select().from(fundingSources).get()?.id ?? 0, 1000, "prospect")],
    [
      "a resolved fundraising flag",
      (id) => db().insert(fundraisingFlags).values({ activityId: id, priority: "low", resolvedAt: "2026-06-01" }).run(),
    ],
    [
      "an agenda item that concerns it",
      (id) => {
        const meeting = db().insert(meetings).values({ body: "board", heldOn: "2026-06-01", title: "Møde" }).returning().get();
        const item = db()
          .insert(agendaItems)
          .values({ meetingId: meeting.id, number: 1, kind: "information", title: "Punkt" })
          .returning()
          .get();
        db().insert(agendaItemActivities).values({ itemId: item.id, activityId: id }).run();
      },
    ],
  ];
  it.each(records)("refuses to delete an activity with %s: 409 saying to end it instead, nothing deleted", async (_label, record) => {
    const a = freshActivity([V]);
    record(a.id);
    const audits = auditCount();
    const res = await del(a.id, "admin");
    expect(res.status).toBe(409);
    expect(res.data).toMatchObject({ intent: "delete", errors: { _form: ["activityForm.delete.refused"] } });
    expect(stored(a.id)).toEqual(a);
    expect(areasOf(a.id)).toEqual([V]);
    expect(auditCount()).toBe(audits);
  });

  it("refuses a delete against a stale version with 409", async () => {
    const a = freshActivity([V]);
    const res = await del(a.id, "admin", a.version + 5);
    expect(res.status).toBe(409);
    expect(res.data).toMatchObject({ errors: { _form: ["conflict.activityDelete"] } });
    expect(stored(a.id)).toEqual(a);
  });

  it.each<[string, Who, "vollsmose" | "shared"]>([
    ["a manager when another manager's area would go too", "managerVollsmose", "shared"],
    ["another area's manager", "managerKorsloekken", "vollsmose"],
    ["the board", "board", "vollsmose"],
    ["a fundraiser", "fundraiser", "vollsmose"],
  ])("refuses %s with 403", async (_label, who, plan) => {
    const a = freshActivity(plan === "shared" ? [V, K] : [V], plan);
    expect((await del(a.id, who)).status).toBe(403);
    expect((await post(a.id, who, { intent: "delete" })).status).toBe(403);
    expect(stored(a.id)).toEqual(a);
  });

  it("offers the delete button only when the activity may be deleted, and only to those who may", async () => {
    const loadAs = async (id: number, as: Who) =>
      (await callLoader(editRoute, { path: `/activities/${id}/edit`, params: { id: String(id) }, as })).data as {
        deletion: { allowed: boolean } | null;
      };
    const fresh = freshActivity([V]);
    expect((await loadAs(fresh.id, "managerVollsmose")).deletion).toEqual({ allowed: true });
    makeUpdate(db(), fresh.id, "2026-06-01", "planned", "green");
    expect((await loadAs(fresh.id, "managerVollsmose")).deletion).toEqual({ allowed: false });
    const shared = freshActivity([V, K], "shared");
    expect((await loadAs(shared.id, "managerVollsmose")).deletion).toBeNull();
    expect((await loadAs(shared.id, "admin")).deletion).toEqual({ allowed: true });
  });
});

describe("the activity page", () => {
  it("offers the edit link to those who may edit", async () => {
    const a = freshActivity([V]);
    const canEdit = async (as: Who) =>
      ((await callLoader(activityPage, { path: `/activities/${a.id}`, params: { id: String(a.id) }, as })).data as { canEdit: boolean })
        .canEdit;
    expect(await canEdit("admin")).toBe(true);
    expect(await canEdit("managerVollsmose")).toBe(true);
    expect(await canEdit("managerKorsloekken")).toBe(false);
    expect(await canEdit("board")).toBe(false);
    expect(await canEdit("fundraiser")).toBe(false);
  });
});
