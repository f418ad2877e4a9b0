import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Db } from "../../db/client.server";
import {
  emptyDatabase,
  makeActivity,
  makeActual,
  makeArea,
  makeFocus,
  makeIndicator,
  makeLine,
  makePlan,
  makeSource,
  makeUpdate,
} from "../../tests/setup/factories";
import { type Dashboard, getDashboard, perThousand, quarterEnds } from "./dashboard.server";

/**
 * A fixture small enough to compute by hand:
 *   X  area A      education   budget 1000  active     green  600 granted (local) + 200 applied
 *   Y  areas A, B  employment  budget  900  active     red    300 paid (not local)
 *   Z  area B      education   budget  500  completed  green  nothing
 */
let db: Db;
let d: Dashboard;

beforeAll(() => {
  db = emptyDatabase();
  const a = makeArea(db, "a", 1000);
  const b = makeArea(db, "b", null);
  const education = makeFocus(db, "education", 1);
  const employment = makeFocus(db, "employment", 2);
  const plan = makePlan(db);
  const local = makeSource(db, "Kommune", true);
  const lbf = makeSource(db, "LBF", false);
  const x = makeActivity(db, {
    title: "X",
    planId: plan.id,
    focusAreaId: education.id,
    areaIds: [a.id],
    budget: 1000,
    status: "active",
    health: "green",
  });
  const y = makeActivity(db, {
    title: "Y",
    planId: plan.id,
    focusAreaId: employment.id,
    areaIds: [a.id, b.id],
    budget: 900,
    status: "active",
    health: "red",
  });
  const z = makeActivity(db, {
    title: "Z",
    planId: plan.id,
    focusAreaId: education.id,
    areaIds: [b.id],
    budget: 500,
    status: "completed",
    health: "green",
  });
  makeLine(db, x.id, local.id, 600, "granted");
  makeLine(db, x.id, lbf.id, 200, "applied");
  makeLine(db, y.id, lbf.id, 300, "paid");
  makeLine(db, y.id, local.id, 999, "rejected");
  const ux = makeUpdate(db, x.id, "2026-01-10", "active", "green");
  makeUpdate(db, y.id, "2026-02-01", "active", "green");
  const uy = makeUpdate(db, y.id, "2026-05-01", "active", "red");
  makeUpdate(db, z.id, "2025-12-01", "completed", "green");
  const ix = makeIndicator(db, x.id, { baseline: 0, target: 10, kind: "cumulative" });
  const ux2 = makeUpdate(db, x.id, "2026-04-01", "active", "green");
  makeActual(db, ix.id, ux.id, 3);
  makeActual(db, ix.id, ux2.id, 2);
  const iy = makeIndicator(db, y.id, { baseline: 40, target: 20, kind: "per_period", direction: "lower" });
  makeActual(db, iy.id, uy.id, 30);
  makeIndicator(db, y.id, { baseline: 1, target: 2, kind: "per_period" });
  d = getDashboard({ plans: [], areas: [], from: null, to: null }, "2026-06-15", db);
});

afterAll(() => db.$client.close());

describe("dashboard aggregates against a hand-computed fixture", () => {
  it("totals count each activity once and sum money whole", () => {
    expect(d.total).toMatchObject({ activities: 3, active: 2, open: 2, budget: 2400, secured: 900, gap: 1500, pipeline: 200 });
    expect(d.total.health).toEqual({ green: 1, amber: 0, red: 1 });
    expect(d.total.shareGreen).toBe(0.5);
    expect(d.total.coFinancing.share).toBeCloseTo(600 / 900);
  });

  it("splits a two-area activity's money evenly, so areas add up to the total", () => {
    expect(d.byArea.a).toMatchObject({ activities: 2, budget: 1450, secured: 750, gap: 700 });
    expect(d.byArea.b).toMatchObject({ activities: 2, budget: 950, secured: 150, gap: 800 });
    expect((d.byArea.a?.budget ?? 0) + (d.byArea.b?.budget ?? 0)).toBe(d.total.budget);
    expect((d.byArea.a?.gap ?? 0) + (d.byArea.b?.gap ?? 0)).toBe(d.total.gap);
  });

  it("fills the focus × area matrix", () => {
    expect(d.matrix.education?.a).toMatchObject({ activities: 1, budget: 1000 });
    expect(d.matrix.education?.b).toMatchObject({ activities: 1, budget: 500 });
    expect(d.matrix.employment?.a).toMatchObject({ activities: 1, budget: 450 });
    expect(d.matrix.employment?.b?.health).toEqual({ green: 0, amber: 0, red: 1 });
    expect(d.byFocus.education).toMatchObject({ activities: 2, active: 1, shareGreen: 1, budget: 1500 });
  });

  it("computes the share green per quarter from each activity's latest update then", () => {
    const q = Object.fromEntries(d.quarters.map((x) => [x.label, x.total]));
    expect(q["2025-Q4"]).toBeNull(); // only Z, and it is completed
    expect(q["2026-Q1"]).toBe(1); // X green, Y green
    expect(q["2026-Q2"]).toBe(0.5); // X green, Y red
    const k2 = d.quarters.find((x) => x.label === "2026-Q2");
    expect(k2?.byArea.a).toBe(0.5);
    expect(k2?.byArea.b).toBe(0); // Y red; Z completed does not count
  });

  it("averages clamped indicator progress per focus area, leaving out indicators without figures", () => {
    const byFocus = Object.fromEntries(d.indicators.filter((i) => i.area === null).map((i) => [i.focus, i]));
    expect(byFocus.education).toMatchObject({ indicators: 1, measured: 1, met: 0, averageProgress: 0.5 });
    expect(byFocus.employment).toMatchObject({ indicators: 2, measured: 1, averageProgress: 0.5 });
  });

  it("filters by area", () => {
    const onlyB = getDashboard({ plans: [], areas: ["b"], from: null, to: null }, "2026-06-15", db);
    expect(onlyB.areas.map((a) => a.slug)).toEqual(["b"]);
    expect(onlyB.total).toMatchObject({ activities: 2, budget: 950 });
  });

  it("gives per-1,000 rates, and none without a resident count", () => {
    expect(perThousand(1450, 1000)).toBe(1450);
    expect(perThousand(5, 2500)).toBe(2);
    expect(perThousand(950, null)).toBeNull();
  });
});

describe("quarterEnds", () => {
  it("lists the last eight quarters up to today, the current one as of today", () => {
    const q = quarterEnds("2026-06-15", null, null);
    expect(q).toHaveLength(8);
    expect(q[0]).toEqual({ label: "2024-Q3", endsOn: "2024-09-30" });
    expect(q.at(-1)).toEqual({ label: "2026-Q2", endsOn: "2026-06-15" });
    expect(quarterEnds("2026-06-15", "2025-11-01", "2026-02-10").map((x) => x.endsOn)).toEqual(["2025-12-31", "2026-02-10"]);
    // A long period keeps its latest 24 quarters, so today stays in view.
    const long = quarterEnds("2026-06-15", "2017-01-01", null);
    expect(long).toHaveLength(24);
    expect(long.at(-1)?.label).toBe("2026-Q2");
  });
});
