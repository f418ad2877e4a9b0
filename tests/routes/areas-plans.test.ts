import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import * as areaList from "../../app/routes/admin.areas._index";
import * as areaEdit from "../../app/routes/admin.areas.$slug";
import * as planList from "../../app/routes/admin.plans._index";
import * as planEdit from "../../app/routes/admin.plans.$slug";
import { getDb } from "../../db/client.server";
import { activities, activityAreas, areas, auditLog, planAreas, plans } from "../../db/schema";
import { callAction, callLoader, type Who } from "../setup/route-harness";

const db = () => getDb();
const areaBySlug = (slug: string) => db().select().from(areas).where(eq(areas.slug, slug)).get();
const planBySlug = (slug: string) => db().select().from(plans).where(eq(plans.slug, slug)).get();
const count = (table: typeof areas | typeof plans | typeof auditLog) => db().select().from(table).all().length;
const areaId = (slug: string) => String(areaBySlug(slug)?.id);

const area = (patch: Record<string, string> = {}) => ({
  name: "Højstrup Øst",
  slug: "",
  classification: "prevention",
  residents: "1.234",
  homes: "560",
  housingSections: "3",
  descriptionDa: "Et nyt område.",
  descriptionEn: "A new area.",
  ...patch,
});

describe("housing areas", () => {
  it("creates an area with a slug made from its Danish name, and audits it", async () => {
    const audits = count(auditLog);
    const res = await callAction(areaList, { path: "/admin/areas", as: "admin", form: area() });
    expect(res.status).toBe(303);
    expect(res.location).toBe(`/admin/areas?saved=areaCreated&name=${encodeURIComponent("Højstrup Øst").replace(/%20/g, "+")}`);
    expect(areaBySlug("hoejstrup-oest")).toMatchObject({
      name: "Højstrup Øst",
      residents: 1234,
      homes: 560,
      housingSections: 3,
      version: 1,
    });
    expect(count(auditLog)).toBe(audits + 1);
  });

  it.each([
    ["a slug that exists", { slug: "vollsmose" }, "slug", "form.slug.taken"],
    ["a slug with a space and a Danish letter", { slug: "ny by-æ" }, "slug", "form.slug.invalid"],
    ["a name with no letters or digits and no slug", { name: "—" }, "slug", "form.slug.required"],
    ["no name", { name: "  " }, "name", "form.required"],
    ["decimal residents", { residents: "12,5" }, "residents", "form.count.decimals"],
    ["negative homes", { homes: "-1" }, "homes", "form.count.invalid"],
    ["text for sections", { housingSections: "abc" }, "housingSections", "form.count.invalid"],
    ["an unknown classification", { classification: "ghetto" }, "classification", "form.classification.unknown"],
  ])("refuses %s with 400 beside the field, and writes nothing", async (_label, patch, field, key) => {
    const before = count(areas);
    const res = await callAction(areaList, { path: "/admin/areas", as: "admin", form: area({ name: "Refused", ...patch }) });
    expect(res.status).toBe(400);
    expect(res.data).toMatchObject({ errors: { [field]: [key] } });
    expect((res.data as { values: Record<string, string> }).values.descriptionDa).toBe("Et nyt område.");
    expect(count(areas)).toBe(before);
  });

  it.each<Who>(["managerVollsmose", "board", "fundraiser"])("refuses %s with 403 whatever is sent", async (who) => {
    const before = count(areas);
    expect((await callAction(areaList, { path: "/admin/areas", as: who, form: area({ name: "Sneaky" }) })).status).toBe(403);
    expect((await callAction(areaList, { path: "/admin/areas", as: who, form: {} })).status).toBe(403);
    const res = await callAction(areaEdit, { path: "/admin/areas/ejerslykke", params: { slug: "ejerslykke" }, as: who, form: area() });
    expect(res.status).toBe(403);
    expect(count(areas)).toBe(before);
  });

  it("edits an area against its version, and moves to the new slug", async () => {
    const before = areaBySlug("skt-klemensparken");
    const res = await callAction(areaEdit, {
      path: "/admin/areas/skt-klemensparken",
      params: { slug: "skt-klemensparken" },
      as: "admin",
      form: area({ name: "Skt. Klemensparken", slug: "skt-klemens", residents: "1 900", version: String(before?.version) }),
    });
    expect(res.status).toBe(303);
    expect(res.location).toBe("/admin/areas/skt-klemens?saved=area");
    expect(areaBySlug("skt-klemens")).toMatchObject({ id: before?.id, residents: 1900, version: (before?.version ?? 0) + 1 });
  });

  it("answers 409 to a second writer, keeps what they typed and shows what is stored now", async () => {
    const stored = areaBySlug("ejerslykke");
    const stale = String(stored?.version);
    const first = await callAction(areaEdit, {
      path: "/admin/areas/ejerslykke",
      params: { slug: "ejerslykke" },
      as: "admin",
      form: area({ name: "Ejerslykke", slug: "ejerslykke", residents: "2000", version: stale }),
    });
    expect(first.status).toBe(303);
    const second = await callAction(areaEdit, {
      path: "/admin/areas/ejerslykke",
      params: { slug: "ejerslykke" },
      as: "admin",
      form: area({ name: "Ejerslykke", slug: "ejerslykke", residents: "3000", version: stale }),
      thenLoader: false,
    });
    expect(second.status).toBe(409);
    expect(second.data).toMatchObject({ values: { residents: "3000" }, current: { residents: "2000" } });
    expect(areaBySlug("ejerslykke")?.residents).toBe(2000);
  });

  it("answers 404 for an unknown area", async () => {
    const res = await callLoader(areaEdit, { path: "/admin/areas/atlantis", params: { slug: "atlantis" }, as: "admin" });
    expect(res.status).toBe(404);
  });
});

const plan = (patch: Record<string, string | string[]> = {}) => ({
  name: "Helhedsplan Højstrup 2027–2030",
  slug: "",
  startsOn: "2027-01-01",
  endsOn: "2030-12-31",
  areaIds: [areaId("korsloekken")],
  ...patch,
});

describe("plans", () => {
  it("creates a plan with its areas, a slug from the name, and an audit row", async () => {
    const res = await callAction(planList, { path: "/admin/plans", as: "admin", form: plan() });
    expect(res.status).toBe(303);
    const created = planBySlug("helhedsplan-hoejstrup-2027-2030");
    expect(created).toMatchObject({ startsOn: "2027-01-01", endsOn: "2030-12-31" });
    const covered = db()
      .select()
      .from(planAreas)
      .where(eq(planAreas.planId, created?.id ?? 0))
      .all();
    expect(covered.map((c) => String(c.areaId))).toEqual([areaId("korsloekken")]);
    const audit = db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, "plan"), eq(auditLog.entityId, String(created?.id))))
      .get();
    expect(audit?.action).toBe("plan.create");
  });

  it.each([
    ["an end before the start", { endsOn: "2026-12-31" }, "endsOn", "form.period.endBeforeStart"],
    ["a date that is not a date", { startsOn: "2027-02-30" }, "startsOn", "form.date"],
    ["no area", { areaIds: [] }, "areaIds", "form.plan.areasRequired"],
    ["an unknown area", { areaIds: ["99999"] }, "areaIds", "form.areaUnknown"],
    ["a slug that exists", { slug: "vollsmose-current" }, "slug", "form.slug.taken"],
  ])("refuses %s with 400 beside the field", async (_label, patch, field, key) => {
    const before = count(plans);
    const res = await callAction(planList, { path: "/admin/plans", as: "admin", form: plan({ name: "Afvist plan", ...patch }) });
    expect(res.status).toBe(400);
    expect(res.data).toMatchObject({ errors: { [field]: [key] } });
    expect(count(plans)).toBe(before);
  });

  it("refuses to take an area from a plan while the plan's activities run there, naming them", async () => {
    const city = planBySlug("bydaekkende-current");
    const res = await callAction(planEdit, {
      path: "/admin/plans/bydaekkende-current",
      params: { slug: "bydaekkende-current" },
      as: "admin",
      form: plan({
        name: city?.name ?? "",
        slug: "bydaekkende-current",
        startsOn: city?.startsOn ?? "",
        endsOn: city?.endsOn ?? "",
        areaIds: [areaId("korsloekken")],
        version: String(city?.version),
      }),
      thenLoader: false,
    });
    expect(res.status).toBe(400);
    const data = res.data as { errors: Record<string, string[]>; inUse: string[] };
    expect(data.errors.areaIds).toEqual(["plan.error.areasInUse"]);
    // Exactly the plan's activities that run in an area the plan would no longer cover.
    const expected = db()
      .selectDistinct({ title: activities.title })
      .from(activities)
      .innerJoin(activityAreas, eq(activityAreas.activityId, activities.id))
      .where(eq(activities.planId, city?.id ?? 0))
      .all()
      .filter((a) => a.title)
      .map((a) => a.title);
    expect(data.inUse.length).toBeGreaterThan(0);
    for (const title of data.inUse) expect(expected).toContain(title);
    expect(planBySlug("bydaekkende-current")?.version).toBe(city?.version);
  });

  it("adds an area to a plan and keeps the others", async () => {
    const vollsmose = planBySlug("vollsmose-current");
    const res = await callAction(planEdit, {
      path: "/admin/plans/vollsmose-current",
      params: { slug: "vollsmose-current" },
      as: "admin",
      form: plan({
        name: vollsmose?.name ?? "",
        slug: "vollsmose-current",
        startsOn: vollsmose?.startsOn ?? "",
        endsOn: vollsmose?.endsOn ?? "",
        areaIds: [areaId("vollsmose"), areaId("oevrige-afdelinger")],
        version: String(vollsmose?.version),
      }),
    });
    expect(res.status).toBe(303);
    const covered = db()
      .select()
      .from(planAreas)
      .where(eq(planAreas.planId, vollsmose?.id ?? 0))
      .all();
    expect(covered.map((c) => String(c.areaId)).sort()).toEqual([areaId("vollsmose"), areaId("oevrige-afdelinger")].sort());
  });

  it("answers 409 to a stale version before anything else", async () => {
    const old = planBySlug("vollsmose-2017-2020");
    const res = await callAction(planEdit, {
      path: "/admin/plans/vollsmose-2017-2020",
      params: { slug: "vollsmose-2017-2020" },
      as: "admin",
      form: plan({ name: "x", slug: "vollsmose-2017-2020", startsOn: old?.startsOn ?? "", endsOn: old?.endsOn ?? "", version: "99" }),
      thenLoader: false,
    });
    expect(res.status).toBe(409);
    expect(res.data).toMatchObject({ current: { name: old?.name } });
  });

  it.each<Who>(["managerVollsmose", "managerKorsloekken", "board", "fundraiser"])("refuses %s with 403", async (who) => {
    expect((await callAction(planList, { path: "/admin/plans", as: who, form: plan() })).status).toBe(403);
    const res = await callAction(planEdit, {
      path: "/admin/plans/vollsmose-current",
      params: { slug: "vollsmose-current" },
      as: who,
      form: {},
    });
    expect(res.status).toBe(403);
  });

  it("lists each plan with the number of its activities", async () => {
    const res = await callLoader(planList, { path: "/admin/plans", as: "admin" });
    const listed = (res.data as { plans: { slug: string; activityCount: number }[] }).plans;
    for (const p of listed) {
      const id = planBySlug(p.slug)?.id ?? 0;
      expect(p.activityCount, p.slug).toBe(db().select().from(activities).where(eq(activities.planId, id)).all().length);
    }
    expect(listed.find((p) => p.slug === "vollsmose-current")?.activityCount).toBeGreaterThan(10);
  });

  it("answers 404 for an unknown plan", async () => {
    expect((await callLoader(planEdit, { path: "/admin/plans/nope", params: { slug: "nope" }, as: "admin" })).status).toBe(404);
  });
});
