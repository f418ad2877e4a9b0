import { beforeAll, describe, expect, it } from "vitest";

import type { Db } from "../../db/client.server";
import { fundingSources, users } from "../../db/schema";
import { emptyDatabase, makeActivity, makeArea, makeFocus, makeLine, makePlan, makeSource } from "../../tests/setup/factories";
import { DuplicateError, NotFoundError } from "../domain/errors";
import { getDashboard } from "./dashboard.server";
import {
  changeFundingLine,
  coFinancingByPlan,
  coFinancingWarnings,
  createFundingApplication,
  fundingPipeline,
  insertFundingLine,
  listApplicationLines,
  listFundingLines,
} from "./funding.server";

/**
 * Lines in a year after the plan's end count toward no plan's co-financing. A fixture small enough to
 * compute by hand; the plan runs 2025–2028:
 *
 *   X  budget 1000   2026  Kommune (local)   100 granted
 *                    2026  LBF               300 granted
 *                    2027  Kommune (local)    20 applied      (not secured)
 *                    2029  Fond              600 granted      (after the plan)
 *                    2029  Kommune (local)    50 granted      (after the plan, local)
 *                    2027–2029  Fond  3 × 200 applied, one application
 *
 *   The plan's co-financing: 2026 local 100 of 400 secured = 25 % (no warning); 2027 nothing secured ("—");
 *   no 2029 row. Counting 2029 would give 150 of 1.050 = 14,3 %, a warning.
 *   The activity's money still counts every year: secured 1.050, so no gap.
 */
let db: Db;
let activityId = 0;
let applicationKey = 0;
let userId = 0;
let fondId = 0;

beforeAll(() => {
  db = emptyDatabase();
  const area = makeArea(db, "a", 1000);
  const focus = makeFocus(db, "education", 1);
  const plan = makePlan(db);
  const kommune = makeSource(db, "Kommune", true);
  const lbf = makeSource(db, "LBF", false);
  const fond = db.insert(fundingSources).values({ name: "Fond", kind: "foundation", countsAsLocal: false }).returning().get();
  const user = db.insert(users).values({ email: "f@example.test", name: "F", role: "fundraiser", passwordHash: "x" }).returning().get();
  const x = makeActivity(db, {
    title: "X",
    planId: plan.id,
    focusAreaId: focus.id,
    areaIds: [area.id],
    budget: 1000,
    status: "active",
    health: "green",
  });
  activityId = x.id;
  userId = user.id;
  fondId = fond.id;
  makeLine(db, x.id, kommune.id, 100, "granted", 2026);
  makeLine(db, x.id, lbf.id, 300, "granted", 2026);
  makeLine(db, x.id, kommune.id, 20, "applied", 2027);
  makeLine(db, x.id, fond.id, 600, "granted", 2029);
  makeLine(db, x.id, kommune.id, 50, "granted", 2029);
  applicationKey = createFundingApplication(
    x.id,
    {
      sourceId: fond.id,
      stage: "applied",
      deadline: "2026-05-01",
      expectedAnswerOn: "2026-09-01",
      decidedOn: null,
      note: "",
      amounts: [2027, 2028, 2029].map((year) => ({ year, amount: 200 })),
    },
    user.id,
    db,
  );
});

describe("lines after the plan's end", () => {
  it("count toward no plan's co-financing, per year or in all", () => {
    const [plan, ...others] = coFinancingByPlan([], db);
    expect(others).toEqual([]);
    expect(plan?.years).toEqual([
      { year: 2026, local: 100, secured: 400, share: 0.25, warning: false, amountMissing: 0 },
      { year: 2027, local: 0, secured: 0, share: null, warning: false, amountMissing: 0 },
      { year: 2028, local: 0, secured: 0, share: null, warning: false, amountMissing: 0 },
    ]);
    expect(plan?.total).toEqual({ local: 100, secured: 400, share: 0.25, warning: false, amountMissing: 0 });
    expect(coFinancingWarnings([], db)).toEqual([]);
  });

  it("count toward no plan's co-financing on the dashboard either, but still toward the activity's secured money", () => {
    const d = getDashboard({ plans: [], areas: [], from: null, to: null }, "2026-06-15", db);
    expect(d.total.secured).toBe(1050);
    expect(d.total.gap).toBe(0);
    expect(d.total.coFinancing).toEqual({ local: 100, secured: 400, share: 0.25, warning: false, amountMissing: 0 });
    expect(d.byArea.a?.coFinancing.share).toBe(0.25);
  });

  it("are marked on the activity's lines", () => {
    const lines = listFundingLines(activityId, db);
    // The application's 2029 line comes with its other years (it starts in 2027), before the 2029 lines.
    expect(lines.filter((l) => !l.countsTowardPlan).map((l) => [l.year, l.amount])).toEqual([
      [2029, 200],
      [2029, 600],
      [2029, 50],
    ]);
    expect(lines.filter((l) => l.countsTowardPlan).every((l) => l.year >= 2025 && l.year <= 2028)).toBe(true);
  });
});

describe("applications over several years", () => {
  it("are one line a year, linked, listed together in year order", () => {
    const lines = listFundingLines(activityId, db).filter((l) => l.application.key === applicationKey);
    expect(lines.map((l) => [l.year, l.amount, l.stage])).toEqual([
      [2027, 200, "applied"],
      [2028, 200, "applied"],
      [2029, 200, "applied"],
    ]);
    expect(lines.every((l) => l.application.lines === 3 && l.application.firstYear === 2027 && l.application.lastYear === 2029)).toBe(true);
    // Together in the table: the three rows follow each other.
    const all = listFundingLines(activityId, db).map((l) => l.application.key);
    const first = all.indexOf(applicationKey);
    expect(all.slice(first, first + 3)).toEqual([applicationKey, applicationKey, applicationKey]);
  });

  it("count once on /funding, only from sources other than the plan's base funding", () => {
    const { stages, open, decided } = fundingPipeline({ areas: [], focus: [], plans: [], flagged: false }, "2026-06-15", db);
    const byStage = Object.fromEntries(stages.map((s) => [s.stage, { count: s.count, amount: s.amount }]));
    // Applied: the one application (3 × 200); the municipality's 20 applied is base funding.
    expect(byStage.applied).toEqual({ count: 1, amount: 600 });
    // Granted: the foundation's 600; LBF's and the municipality's grants are base funding.
    expect(byStage.granted).toEqual({ count: 1, amount: 600 });
    expect(byStage.prospect).toEqual({ count: 0, amount: 0 });
    // The open lines are every open line (the municipality's too), each awaiting an answer.
    expect(open.total).toBe(4);
    expect(open.rows.map((l) => [l.source, l.year])).toEqual([
      ["Fond", 2027],
      ["Fond", 2028],
      ["Fond", 2029],
      ["Kommune", 2027],
    ]);
    expect(open.rows[0]?.alert).toEqual({ kind: "awaiting", expectedOn: "2026-09-01" });
    expect(decided.rows.map((l) => [l.source, l.year, l.countsTowardPlan])).toEqual([["Fond", 2029, false]]);
    expect(listApplicationLines({ areas: [], focus: [], plans: [], flagged: false }, db).map((l) => [l.year, l.amount])).toEqual([
      [2029, 600],
      [2027, 200],
      [2028, 200],
      [2029, 200],
    ]);
  });
});

describe("lines added and changed one at a time, inside a caller's transaction (the import)", () => {
  const terms = { stage: "applied" as const, deadline: null, expectedAnswerOn: null, decidedOn: null, note: "" };

  it("keep one line a year in an application, and add only to an application of the same activity", () => {
    const add = (year: number, application: number | "new" | null, activity = activityId) =>
      db.transaction((tx) => insertFundingLine(tx, activity, { ...terms, sourceId: fondId, year, amount: 1 }, userId, application));
    expect(() => add(2028, applicationKey)).toThrow(DuplicateError);
    expect(() => add(2030, 99_999)).toThrow(NotFoundError);
    expect(() => add(2030, applicationKey, activityId + 1_000)).toThrow(NotFoundError);
    const added = add(2030, applicationKey);
    expect(listFundingLines(activityId, db).find((l) => l.id === added)?.application).toMatchObject({ key: applicationKey, lines: 4 });
    // A new application is keyed by its first line; a line on its own has no key but its id.
    const first = add(2026, "new");
    expect(listFundingLines(activityId, db).find((l) => l.id === first)?.application.key).toBe(first);
    const alone = add(2026, null);
    expect(listFundingLines(activityId, db).find((l) => l.id === alone)?.application.key).toBe(alone);

    // A line of the application moved to a year the application has: refused, as on the form.
    const line = listFundingLines(activityId, db).find((l) => l.id === added);
    const move = (year: number) =>
      db.transaction((tx) =>
        changeFundingLine(tx, activityId, added, { ...terms, sourceId: fondId, year, amount: 1, version: line?.version ?? 0 }, userId),
      );
    expect(() => move(2027)).toThrow(DuplicateError);
    move(2031);
    expect(listFundingLines(activityId, db).find((l) => l.id === added)?.year).toBe(2031);
  });
});
