import { and, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";

import { coFinancingByPlan } from "../../app/models/funding.server";
import type { LbfReport, ReportSection } from "../../app/models/lbf-report.server";
import * as report from "../../app/routes/reports.lbf";
import * as workbook from "../../app/routes/reports.lbf[.]xlsx";
import { getDb } from "../../db/client.server";
import { activities, auditLog, focusAreas, indicators, milestones, planAreas, reportNarratives } from "../../db/schema";
import { makeActivity, makeActual, makeArea, makeIndicator, makeLine, makePlan, makeSource, makeUpdate } from "../setup/factories";
import { callAction, callLoader, signIn, TEST_ORIGIN, type Who } from "../setup/route-harness";

/**
 * LBF's yearly report against a fixture small enough to compute by hand, added to this file's copy of the demo
 * database as a plan of its own (TODAY is 2026-06-15):
 *
 *   E  education   area fa       budget 1000  updates 2025-12-01 planned/amber, 2026-03-01 active/green
 *      funding 2026: Kommune 300 granted (local), LBF 600 paid, LBF 100 applied; 2025: LBF 999 paid
 *      I1 higher, cumulative, 0 → 10:  3 (2025-12-01), 4 (2026-03-01)
 *      I2 lower, per period, 40 → 20:  35 (2025-12-01), 18 (2026-03-01)
 *      I3 retired, 5 reported            → in no figure
 *      milestones: M1 due 2026-02-01 done 2026-01-20 · M2 due 2026-03-01 done 2026-04-01 (late) ·
 *                  M3 due 2026-05-01 open · M4 due 2026-09-01 open · M5 due 2025-11-01 done 2026-01-10
 *   J  employment  areas fa, fb  budget 2000  paused/red, no update; funding 2026: Kommune 100, LBF 900 granted
 *   O  crime       area fa       2024 only    → in no year of the plan
 */
const db = () => getDb();
const PLAN = "fixture-lbf";
let planId = 0;

beforeAll(() => {
  const d = db();
  const plan = makePlan(d, PLAN);
  planId = plan.id;
  const fa = makeArea(d, "fixture-fa", 1000);
  const fb = makeArea(d, "fixture-fb", 2000);
  d.insert(planAreas)
    .values([
      { planId: plan.id, areaId: fa.id },
      { planId: plan.id, areaId: fb.id },
    ])
    .run();
  const focus = (code: "education" | "employment" | "crime") => d.select().from(focusAreas).where(eq(focusAreas.code, code)).get()?.id ?? 0;
  const kommune = makeSource(d, "Fixture Kommune", true);
  const lbf = makeSource(d, "Fixture LBF", false);

  const e = makeActivity(d, {
    title: "E",
    planId: plan.id,
    focusAreaId: focus("education"),
    areaIds: [fa.id],
    budget: 1000,
    status: "active",
    health: "green",
  });
  makeLine(d, e.id, kommune.id, 300, "granted", 2026);
  makeLine(d, e.id, lbf.id, 600, "paid", 2026);
  makeLine(d, e.id, lbf.id, 100, "applied", 2026);
  makeLine(d, e.id, lbf.id, 999, "paid", 2025);
  const u1 = makeUpdate(d, e.id, "2025-12-01", "planned", "amber");
  const u2 = makeUpdate(d, e.id, "2026-03-01", "active", "green");
  const i1 = makeIndicator(d, e.id, { baseline: 0, target: 10, kind: "cumulative" });
  makeActual(d, i1.id, u1.id, 3);
  makeActual(d, i1.id, u2.id, 4);
  const i2 = makeIndicator(d, e.id, { baseline: 40, target: 20, kind: "per_period", direction: "lower" });
  makeActual(d, i2.id, u1.id, 35);
  makeActual(d, i2.id, u2.id, 18);
  const i3 = makeIndicator(d, e.id, { baseline: 0, target: 10, kind: "cumulative" });
  makeActual(d, i3.id, u2.id, 5);
  d.update(indicators).set({ retiredOn: "2026-04-01" }).where(eq(indicators.id, i3.id)).run();
  d.insert(milestones)
    .values([
      { activityId: e.id, title: "M1", dueOn: "2026-02-01", doneOn: "2026-01-20" },
      { activityId: e.id, title: "M2", dueOn: "2026-03-01", doneOn: "2026-04-01" },
      { activityId: e.id, title: "M3", dueOn: "2026-05-01" },
      { activityId: e.id, title: "M4", dueOn: "2026-09-01" },
      { activityId: e.id, title: "M5", dueOn: "2025-11-01", doneOn: "2026-01-10" },
    ])
    .run();

  const j = makeActivity(d, {
    title: "J",
    planId: plan.id,
    focusAreaId: focus("employment"),
    areaIds: [fa.id, fb.id],
    budget: 2000,
    status: "paused",
    health: "red",
  });
  makeLine(d, j.id, kommune.id, 100, "granted", 2026);
  makeLine(d, j.id, lbf.id, 900, "granted", 2026);

  const o = makeActivity(d, {
    title: "O",
    planId: plan.id,
    focusAreaId: focus("crime"),
    areaIds: [fa.id],
    budget: 50,
    status: "completed",
    health: "green",
  });
  d.update(activities).set({ startsOn: "2024-01-01", endsOn: "2024-12-31" }).where(eq(activities.id, o.id)).run();
});

async function reportFor(year: number, as: Who = "board"): Promise<LbfReport> {
  const res = await callLoader(report, { path: `/reports/lbf?plan=${PLAN}&year=${year}`, as });
  expect(res.status).toBe(200);
  const data = res.data as { report: LbfReport };
  return data.report;
}

const section = (r: LbfReport, code: string): ReportSection => {
  const found = r.sections.find((s) => s.code === code);
  if (!found) throw new Error(`no section ${code}`);
  return found;
};

describe("LBF's yearly report: the figures of a hand-computed plan", () => {
  it("has a section for each of LBF's four focus areas, an empty one too, and no cross-cutting one without activities", async () => {
    const r = await reportFor(2026);
    expect(r.sections.map((s) => s.code)).toEqual(["education", "employment", "cohesion", "crime"]);
    expect(section(r, "cohesion").activities).toEqual([]);
    // O ran in 2024 only.
    expect(section(r, "crime").activities).toEqual([]);
    expect(r.asOf).toBe("2026-06-15");
  });

  it("gives activities with their status and health as of the report date, and the year's secured money", async () => {
    const r = await reportFor(2026);
    expect(section(r, "education").activities).toEqual([
      expect.objectContaining({ title: "E", status: "active", health: "green", reportedOn: "2026-03-01", budget: 1000, securedYear: 900 }),
    ]);
    // No status update: its current state, said to be so.
    expect(section(r, "employment").activities).toEqual([
      expect.objectContaining({ title: "J", status: "paused", health: "red", reportedOn: null, budget: 2000, securedYear: 1000 }),
    ]);
  });

  it("measures indicators against their targets in both directions, and leaves the retired one out", async () => {
    const education = section(await reportFor(2026), "education");
    expect(education.indicators).toHaveLength(2);
    const [i1, i2] = education.indicators;
    // Cumulative: 3 + 4 = 7 of 10; 4 of them reported in 2026.
    expect(i1).toMatchObject({ current: 7, inYear: 4, achievement: { met: false, progress: { kind: "progress", share: 0.7 } } });
    // Lower is better: 40 → 18 passes the target 20: (18 − 40) ÷ (20 − 40) = 1.1, shown as 100 % and exceeded.
    expect(i2).toMatchObject({ current: 18, inYear: 18, achievement: { met: true, progress: { share: 1, exceeded: true } } });
    expect(i2?.achievement.progress).toMatchObject({ raw: expect.closeTo(1.1, 10) });
    expect(education.achievement).toEqual({ indicators: 2, measured: 2, met: 1, averageProgress: expect.closeTo(0.85, 10) });
  });

  it("lists the milestones met in the year (late ones marked) and the ones missed", async () => {
    const { milestones: m } = section(await reportFor(2026), "education");
    expect(m.met.map((x) => [x.title, x.late])).toEqual([
      ["M5", true],
      ["M1", false],
      ["M2", true],
    ]);
    // M3 is overdue; M4 is not due yet.
    expect(m.missed.map((x) => x.title)).toEqual(["M3"]);
  });

  it("adds up secured money by source and the local co-financing share, per focus area and for the plan", async () => {
    const r = await reportFor(2026);
    const education = section(r, "education");
    expect(education.funding).toEqual([
      { source: "Fixture LBF", countsAsLocal: false, secured: 600, pipeline: 100 },
      { source: "Fixture Kommune", countsAsLocal: true, secured: 300, pipeline: 0 },
    ]);
    expect(education.coFinancing).toMatchObject({ local: 300, secured: 900, share: expect.closeTo(1 / 3, 10), warning: false });
    // 100 of 1,000 is below 25 %: (0.25 × 1,000 − 100) ÷ 0.75 = 200 is missing.
    expect(section(r, "employment").coFinancing).toMatchObject({
      local: 100,
      secured: 1000,
      share: 0.1,
      warning: true,
      amountMissing: 200,
    });
    expect(r.total).toMatchObject({
      activities: 2,
      budget: 3000,
      milestonesMet: 3,
      milestonesMissed: 1,
      coFinancing: { local: 400, secured: 1900, warning: true, amountMissing: 100 },
      achievement: { indicators: 2, measured: 2, met: 1 },
    });
    // The same share as /funding gives for the plan year.
    const year = coFinancingByPlan([PLAN])[0]?.years.find((y) => y.year === 2026);
    expect(r.total.coFinancing.share).toBeCloseTo(year?.share ?? -1, 10);
  });

  it("reads an earlier year as it stood at the year's end", async () => {
    const r = await reportFor(2025);
    expect(r.asOf).toBe("2025-12-31");
    const education = section(r, "education");
    expect(education.activities[0]).toMatchObject({ status: "planned", health: "amber", reportedOn: "2025-12-01", securedYear: 999 });
    expect(education.indicators.map((i) => [i.current, i.achievement.progress])).toEqual([
      [3, expect.objectContaining({ share: expect.closeTo(0.3, 10) })],
      [35, expect.objectContaining({ share: expect.closeTo(0.25, 10) })],
    ]);
    // M5 was due in 2025 and done only in 2026.
    expect(education.milestones).toMatchObject({ met: [], missed: [{ title: "M5", doneOn: "2026-01-10" }] });
    expect(r.total.coFinancing).toMatchObject({ local: 0, secured: 999, share: 0, warning: true });
  });

  it("agrees with /funding on the co-financing share of the current demo plan", async () => {
    const r = await callLoader(report, { path: "/reports/lbf?plan=vollsmose-current&year=2026", as: "board" });
    const share = (r.data as { report: LbfReport }).report.total.coFinancing.share;
    const year = coFinancingByPlan(["vollsmose-current"])[0]?.years.find((y) => y.year === 2026);
    expect(share).not.toBeNull();
    expect(share).toBeCloseTo(year?.share ?? -1, 10);
  });
});

describe("LBF's yearly report: plans, years and bad addresses", () => {
  it("lists the plans and their years without a plan", async () => {
    const res = await callLoader(report, { path: "/reports/lbf", as: "board" });
    expect(res.status).toBe(200);
    const plans = (res.data as { plans: { slug: string; years: number[] }[] }).plans;
    expect(plans.find((p) => p.slug === PLAN)?.years).toEqual([2025, 2026, 2027, 2028]);
  });

  it("opens a plan on this year when no year is given", async () => {
    const res = await callLoader(report, { path: `/reports/lbf?plan=${PLAN}`, as: "board" });
    expect(res.status).toBe(302);
    expect(res.location).toBe(`/reports/lbf?plan=${PLAN}&year=2026`);
  });

  it("answers 404 with a message for an unknown plan", async () => {
    const res = await callLoader(report, { path: "/reports/lbf?plan=no-such-plan&year=2026", as: "board" });
    expect(res).toMatchObject({ status: 404, thrown: true });
    expect((res.data as { message: string }).message).toBe("Der findes ingen helhedsplan med kortnavnet „no-such-plan“.");
  });

  it.each(["2024", "2029", "20x6", "1e3"])("answers 400 with a message for the year %s", async (year) => {
    const res = await callLoader(report, { path: `/reports/lbf?plan=${PLAN}&year=${year}`, as: "board", lang: "en" });
    expect(res).toMatchObject({ status: 400, thrown: true });
    expect((res.data as { message: string }).message).toBe(`${year} lies outside the plan's years: ${PLAN} runs 2025–2028.`);
  });

  it("downloads the report as an Excel workbook with its figures typed", async () => {
    const cookie = await signIn("board");
    const request = new Request(`${TEST_ORIGIN}/reports/lbf.xlsx?plan=${PLAN}&year=2026`, { headers: { cookie } });
    const res = (await workbook.loader({
      request,
      params: {},
      context: { cspNonce: "", clientAddress: "127.0.0.1", requestId: "test", catalogueUrls: {} },
    })) as Response;
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="lbf-rapport-${PLAN}-2026.xlsx"`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    expect(book.worksheets.map((w) => w.name)).toEqual([
      "Overblik",
      "Aktiviteter",
      "Indikatorer",
      "Milepæle",
      "Finansiering",
      "Fortællinger",
    ]);
    const summary = book.getWorksheet("Overblik");
    expect(summary?.getRow(1).getCell(1).value).toBe("Indsatsområde");
    // The total row: 2 activities, budget 3,000 kr., secured 1,900, local 400, as numbers with number formats.
    const total = summary?.getRow(6);
    expect(total?.getCell(1).value).toBe("I alt");
    expect(total?.getCell(2).value).toBe(2);
    expect(total?.getCell(9).value).toBe(3000);
    expect(total?.getCell(9).numFmt).toBe('#,##0 "kr."');
    expect(total?.getCell(10).value).toBe(1900);
    expect(total?.getCell(12).value).toBeCloseTo(400 / 1900, 10);
    expect(summary?.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const milestonesSheet = book.getWorksheet("Milepæle");
    expect(milestonesSheet?.getRow(2).getCell(4).value).toEqual(new Date("2025-11-01T00:00:00Z"));
  });

  it.each(["2031", "x"])("refuses the workbook for the year %s with 400", async (year) => {
    const res = await callLoader(workbook, { path: `/reports/lbf.xlsx?plan=${PLAN}&year=${year}`, as: "board" });
    expect(res.status).toBe(400);
  });
});

describe("LBF's yearly report: narratives", () => {
  const path = `/reports/lbf?plan=${PLAN}&year=2026`;
  const narrative = () =>
    db()
      .select()
      .from(reportNarratives)
      .where(and(eq(reportNarratives.planId, planId), eq(reportNarratives.year, 2026)))
      .all();

  it.each<Who>(["managerVollsmose", "board", "fundraiser"])("refuses %s with 403 whatever is sent", async (who) => {
    const res = await callAction(report, { path, as: who, form: { intent: "narrative", focus: "education", text: "Sneaky" } });
    expect(res.status).toBe(403);
    expect((await callAction(report, { path, as: who, form: {} })).status).toBe(403);
    expect(narrative()).toEqual([]);
  });

  it("saves an administrator's narrative for the plan, year and focus area, audited, and shows it in the report", async () => {
    const audits = db().select().from(auditLog).all().length;
    const res = await callAction(report, {
      path,
      as: "admin",
      form: { intent: "narrative", focus: "cohesion", text: "Året gik godt.\r\nMere end ventet." },
    });
    expect(res.status).toBe(303);
    // Back to the report, at the section just written.
    expect(res.headers.get("location")).toBe(`/reports/lbf?plan=${PLAN}&year=2026&saved=narrative#lbf-cohesion`);
    expect(narrative()).toMatchObject([{ text: "Året gik godt.\nMere end ventet.", version: 1 }]);
    expect(db().select().from(auditLog).all().length).toBe(audits + 1);
    const shown = section(await reportFor(2026), "cohesion");
    expect(shown.narrative).toMatchObject({ text: "Året gik godt.\nMere end ventet.", version: 1 });
    // Another year of the same plan has none.
    expect(section(await reportFor(2027), "cohesion").narrative).toBeNull();
  });

  it("refuses a second writer's save with 409 and the text as it stands", async () => {
    const stale = await callAction(report, { path, as: "admin", form: { intent: "narrative", focus: "cohesion", text: "Min udgave." } });
    expect(stale.status).toBe(409);
    expect(stale.data).toMatchObject({ focus: "cohesion", conflict: "Året gik godt.\nMere end ventet.", values: { text: "Min udgave." } });
    const ok = await callAction(report, {
      path,
      as: "admin",
      form: { intent: "narrative", focus: "cohesion", text: "Min udgave.", version: "1" },
    });
    expect(ok.status).toBe(303);
    expect(narrative()).toMatchObject([{ text: "Min udgave.", version: 2 }]);
  });

  it("deletes a narrative saved empty", async () => {
    const res = await callAction(report, { path, as: "admin", form: { intent: "narrative", focus: "cohesion", text: " ", version: "2" } });
    expect(res.status).toBe(303);
    expect(narrative()).toEqual([]);
  });

  it.each([
    ["an unknown focus area", { intent: "narrative", focus: "sport", text: "x" }, "focus"],
    ["a text over 10,000 characters", { intent: "narrative", focus: "crime", text: "x".repeat(10_001) }, "text"],
  ])("refuses %s with 400 beside the field", async (_label, form, field) => {
    const res = await callAction(report, { path, as: "admin", form });
    expect(res.status).toBe(400);
    expect(Object.keys((res.data as { errors: Record<string, unknown> }).errors)).toContain(field);
    expect(narrative()).toEqual([]);
  });

  it("refuses a narrative for a year outside the plan with 400, and for an unknown plan with 404", async () => {
    const form = { intent: "narrative", focus: "crime", text: "x" };
    expect((await callAction(report, { path: `/reports/lbf?plan=${PLAN}&year=2030`, as: "admin", form })).status).toBe(400);
    expect((await callAction(report, { path: "/reports/lbf?plan=nope&year=2026", as: "admin", form })).status).toBe(404);
  });
});
