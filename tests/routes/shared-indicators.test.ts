import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import * as indicatorCreate from "../../app/routes/activities.$id_.indicators";
import * as indicatorPage from "../../app/routes/activities.$id_.indicators_.$indicatorId";
import * as sharedList from "../../app/routes/admin.shared-indicators._index";
import * as sharedEdit from "../../app/routes/admin.shared-indicators.$id";
import * as compare from "../../app/routes/compare";
import * as dashboard from "../../app/routes/dashboard._index";
import type { FigureTable } from "../../app/views/dashboard-tables.server";
import type { SharedOutcomeView } from "../../app/views/outcomes.server";
import { getDb } from "../../db/client.server";
import { auditLog, indicators, sharedIndicators } from "../../db/schema";
import { callAction, callLoader, type Who } from "../setup/route-harness";

/**
 * Shared indicators: administrators define them; an activity's indicator links to one (same unit and kind);
 * /compare and /dashboard add up the linked figures per area, split evenly across an activity's areas, and
 * leave retired indicators out. Against this file's copy of the demo database, where "Beboere i job eller
 * uddannelse efter forløb" has the indicators of Beskæftigelsesmentor and Direkte i Job (Vollsmose) and of
 * Jobcafé (Solbakken/Rising, Korsløkken, Skt. Klemensparken, Ejerslykke) linked.
 */
const db = () => getDb();
const sql = () => db().$client;
const JOBS = "Beboere i job eller uddannelse efter forløb";
let jobsId = 0;
let leisureId = 0;
let mentorActivity = 0;
let mentorJobs = 0;
let mentorPeople = 0;

const indicatorOf = (activity: string, name: string) =>
  sql()
    .prepare<[string, string], { id: number; activityId: number }>(
      "select i.id, i.activity_id activityId from indicators i join activities a on a.id = i.activity_id where a.title = ? and i.name = ?",
    )
    .get(activity, name);

beforeAll(() => {
  const shared = db().select().from(sharedIndicators).all();
  jobsId = shared.find((s) => s.nameDa === JOBS)?.id ?? 0;
  leisureId = shared.find((s) => s.nameDa === "Unge i fritidsjob")?.id ?? 0;
  const jobs = indicatorOf("Beskæftigelsesmentor", "Beboere i job eller uddannelse efter mentorforløb");
  mentorActivity = jobs?.activityId ?? 0;
  mentorJobs = jobs?.id ?? 0;
  mentorPeople = indicatorOf("Beskæftigelsesmentor", "Beboere i mentorforløb")?.id ?? 0;
  expect([jobsId, leisureId, mentorActivity, mentorJobs, mentorPeople].every((id) => id > 0)).toBe(true);
});

/** What the linked indicators of an area's activities add up to, computed here with SQL of its own. */
function expectedTotal(sharedId: number, area: string): { total: number; activities: number } {
  const rows = sql()
    .prepare<[number, string], { activityId: number; kind: string; total: number | null; latest: number | null; areas: number }>(
      `select i.activity_id activityId, i.kind,
         (select sum(ia.value) from indicator_actuals ia where ia.indicator_id = i.id) total,
         (select ia.value from indicator_actuals ia join status_updates su on su.id = ia.status_update_id
           where ia.indicator_id = i.id order by su.reported_on desc, su.id desc limit 1) latest,
         (select count(*) from activity_areas aa where aa.activity_id = i.activity_id) areas
       from indicators i
       where i.shared_indicator_id = ? and i.retired_on is null
         and exists (select 1 from activity_areas aa join areas ar on ar.id = aa.area_id where aa.activity_id = i.activity_id and ar.slug = ?)`,
    )
    .all(sharedId, area);
  return {
    total: rows.reduce((n, r) => n + ((r.kind === "cumulative" ? r.total : r.latest) ?? 0) / r.areas, 0),
    activities: new Set(rows.map((r) => r.activityId)).size,
  };
}

async function compareOutcomes(): Promise<SharedOutcomeView[]> {
  const res = await callLoader(compare, { path: "/compare?areas=vollsmose,korsloekken", as: "board" });
  return (res.data as { outcomes: SharedOutcomeView[] }).outcomes;
}

describe("the board compares outcomes", () => {
  it("adds up linked indicators per area, split evenly, with rates per 1,000 residents and who reports", async () => {
    const jobs = (await compareOutcomes()).find((o) => o.id === jobsId);
    const vollsmose = expectedTotal(jobsId, "vollsmose");
    const korsloekken = expectedTotal(jobsId, "korsloekken");
    // Vollsmose: Beskæftigelsesmentor and Direkte i Job, whole; Korsløkken: a quarter of Jobcafé (four areas).
    expect(vollsmose.activities).toBe(2);
    expect(korsloekken.activities).toBe(1);
    expect(jobs?.cells.vollsmose).toEqual({
      total: expect.closeTo(vollsmose.total, 9),
      perThousand: expect.closeTo((vollsmose.total * 1000) / 8620, 9),
      activities: 2,
      reporting: 2,
    });
    expect(jobs?.cells.korsloekken).toEqual({
      total: expect.closeTo(korsloekken.total, 9),
      perThousand: expect.closeTo((korsloekken.total * 1000) / 1850, 9),
      activities: 1,
      reporting: 1,
    });
    expect(vollsmose.total).toBeGreaterThan(0);
    // Unge i fritidsjob: only Vollsmose has an activity that counts it.
    expect((await compareOutcomes()).find((o) => o.id === leisureId)?.cells.korsloekken).toBeNull();
  });

  it("puts the same figures on the dashboard, per 1,000 residents when asked", async () => {
    const res = await callLoader(dashboard, { path: "/dashboard?area=vollsmose&area=korsloekken&per=1000", as: "board" });
    const table = (res.data as { outcomes: { shared: FigureTable } }).outcomes.shared;
    const row = table.rows.find((r) => r.key === "korsloekken");
    expect(row?.cells[`s${jobsId}`]?.value).toBeCloseTo((expectedTotal(jobsId, "korsloekken").total * 1000) / 1850, 9);
    expect(row?.cells[`s${jobsId}-activities`]?.value).toBe(1);
  });

  it("leaves a retired indicator out of every figure", async () => {
    const direkte = indicatorOf("Direkte i Job", "Unge i job via ordningen");
    const before = (await compareOutcomes()).find((o) => o.id === jobsId)?.cells.vollsmose;
    const version = db()
      .select()
      .from(indicators)
      .where(eq(indicators.id, direkte?.id ?? 0))
      .get()?.version;
    const res = await callAction(indicatorPage, {
      path: `/activities/${direkte?.activityId}/indicators/${direkte?.id}`,
      params: { id: String(direkte?.activityId), indicatorId: String(direkte?.id) },
      as: "admin",
      form: { intent: "retire", reason: "Erstattet", version: String(version) },
    });
    expect(res.status).toBe(303);
    const after = (await compareOutcomes()).find((o) => o.id === jobsId)?.cells.vollsmose;
    expect(after?.activities).toBe(1);
    expect(after?.total).toBeCloseTo(expectedTotal(jobsId, "vollsmose").total, 9);
    expect(after?.total).toBeLessThan(before?.total ?? 0);
  });
});

describe("linking an activity's indicator", () => {
  const edit = (indicatorId: number, patch: Record<string, string>, as: Who = "managerVollsmose") => {
    const row = db().select().from(indicators).where(eq(indicators.id, indicatorId)).get();
    return callAction(indicatorPage, {
      path: `/activities/${mentorActivity}/indicators/${indicatorId}`,
      params: { id: String(mentorActivity), indicatorId: String(indicatorId) },
      as,
      form: {
        intent: "edit",
        name: row?.name ?? "",
        unit: row?.unit ?? "",
        baseline: String(row?.baseline),
        target: String(row?.target),
        direction: row?.direction ?? "",
        kind: row?.kind ?? "",
        version: String(row?.version),
        ...patch,
      },
    });
  };
  const linkOf = (id: number) => db().select().from(indicators).where(eq(indicators.id, id)).get()?.sharedIndicatorId;

  it("refuses a link to a shared indicator that counts otherwise, beside the field", async () => {
    // "Beboere i mentorforløb" is a latest-figure count; the jobs indicator adds up.
    const kind = await edit(mentorPeople, { sharedIndicatorId: String(jobsId) });
    expect(kind.status).toBe(400);
    expect(kind.data).toMatchObject({ errors: { sharedIndicatorId: ["shared.error.kind"] } });
    const unit = await edit(mentorJobs, { unit: "forløb", sharedIndicatorId: String(jobsId) });
    expect(unit.status).toBe(400);
    expect(unit.data).toMatchObject({ errors: { sharedIndicatorId: ["shared.error.unit"] } });
    const unknown = await edit(mentorJobs, { sharedIndicatorId: "99999" });
    expect(unknown.data).toMatchObject({ errors: { sharedIndicatorId: ["shared.error.unknown"] } });
    expect(linkOf(mentorPeople)).toBeNull();
    expect(linkOf(mentorJobs)).toBe(jobsId);
  });

  it("unlinks and links again, audited, without a reason and without a revision on the timeline", async () => {
    const revisions = () => sql().prepare("select count(*) n from indicator_revisions").get() as { n: number };
    const before = revisions().n;
    const off = await edit(mentorJobs, { sharedIndicatorId: "" });
    expect(off.status).toBe(303);
    expect(off.location).toBe(`/activities/${mentorActivity}?saved=indicatorEdited`);
    expect(linkOf(mentorJobs)).toBeNull();
    expect((await edit(mentorJobs, { sharedIndicatorId: String(jobsId) })).status).toBe(303);
    expect(linkOf(mentorJobs)).toBe(jobsId);
    expect(revisions().n).toBe(before);
    const audits = db()
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, String(mentorJobs)))
      .all();
    expect(audits.filter((a) => a.action === "indicator.link")).toHaveLength(2);
  });

  it("creates an indicator linked from the start", async () => {
    const res = await callAction(indicatorCreate, {
      path: `/activities/${mentorActivity}/indicators`,
      params: { id: String(mentorActivity) },
      as: "managerVollsmose",
      form: {
        name: "Beboere i praktik",
        unit: "Personer",
        baseline: "0",
        target: "10",
        direction: "higher",
        kind: "cumulative",
        sharedIndicatorId: String(jobsId),
      },
    });
    expect(res.status).toBe(303);
    const created = db().select().from(indicators).where(eq(indicators.name, "Beboere i praktik")).get();
    expect(created?.sharedIndicatorId).toBe(jobsId);
  });

  it("is the activity's managers' and administrators' to do: 403 for others", async () => {
    for (const who of ["managerKorsloekken", "board", "fundraiser"] as const) {
      expect((await edit(mentorJobs, { sharedIndicatorId: "" }, who)).status).toBe(403);
    }
    expect(linkOf(mentorJobs)).toBe(jobsId);
  });
});

describe("administrators define shared indicators", () => {
  const shared = (patch: Record<string, string> = {}) => ({
    focus: "education",
    nameDa: "Unge i gang med en ungdomsuddannelse",
    nameEn: "Young people in upper secondary education",
    unit: "personer",
    kind: "per_period",
    descriptionDa: "",
    descriptionEn: "",
    ...patch,
  });

  it("creates one, audited", async () => {
    const res = await callAction(sharedList, { path: "/admin/shared-indicators", as: "admin", form: shared() });
    expect(res.status).toBe(303);
    expect(db().select().from(sharedIndicators).where(eq(sharedIndicators.nameDa, shared().nameDa)).get()).toMatchObject({
      unit: "personer",
      kind: "per_period",
    });
  });

  it.each([
    ["a Danish name that exists (any case)", { nameDa: JOBS.toUpperCase() }, "nameDa", "shared.error.nameTaken"],
    ["an unknown focus area", { nameDa: "X", focus: "sport" }, "focus", "shared.error.focus"],
    ["no unit", { nameDa: "Y", unit: "" }, "unit", "form.required"],
  ])("refuses %s with 400 beside the field", async (_label, patch, field, key) => {
    const res = await callAction(sharedList, { path: "/admin/shared-indicators", as: "admin", form: shared(patch) });
    expect(res.status).toBe(400);
    expect(res.data).toMatchObject({ errors: { [field]: [key] } });
  });

  it("keeps unit and kind while indicators are linked, and renames against the version", async () => {
    const row = db().select().from(sharedIndicators).where(eq(sharedIndicators.id, jobsId)).get();
    const form = {
      focus: "employment",
      nameDa: JOBS,
      nameEn: row?.nameEn ?? "",
      unit: "personer",
      kind: "cumulative",
      version: String(row?.version),
    };
    const path = { path: `/admin/shared-indicators/${jobsId}`, params: { id: String(jobsId) }, as: "admin" as const };
    const unit = await callAction(sharedEdit, { ...path, form: { ...form, unit: "beboere" } });
    expect(unit.status).toBe(400);
    expect(unit.data).toMatchObject({ errors: { unit: ["shared.error.inUse"] } });
    const renamed = await callAction(sharedEdit, { ...path, form: { ...form, nameEn: "Residents in work or education afterwards" } });
    expect(renamed.status).toBe(303);
    const stale = await callAction(sharedEdit, { ...path, form: { ...form, nameEn: "Stale" } });
    expect(stale.status).toBe(409);
    expect(stale.data).toMatchObject({ current: { nameEn: "Residents in work or education afterwards" } });
  });

  it("answers 404 for an unknown shared indicator", async () => {
    expect((await callLoader(sharedEdit, { path: "/admin/shared-indicators/9999", params: { id: "9999" }, as: "admin" })).status).toBe(404);
  });

  it.each<Who>(["managerVollsmose", "board", "fundraiser"])("refuses %s with 403 whatever is sent", async (who) => {
    const count = db().select().from(sharedIndicators).all().length;
    expect((await callAction(sharedList, { path: "/admin/shared-indicators", as: who, form: shared({ nameDa: "Sneaky" }) })).status).toBe(
      403,
    );
    expect((await callAction(sharedList, { path: "/admin/shared-indicators", as: who, form: {} })).status).toBe(403);
    const edit = await callAction(sharedEdit, {
      path: `/admin/shared-indicators/${jobsId}`,
      params: { id: String(jobsId) },
      as: who,
      form: shared(),
    });
    expect(edit.status).toBe(403);
    expect(db().select().from(sharedIndicators).all().length).toBe(count);
  });
});
