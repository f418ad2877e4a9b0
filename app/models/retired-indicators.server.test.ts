import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Db } from "../../db/client.server";
import { users } from "../../db/schema";
import {
  emptyDatabase,
  makeActivity,
  makeActual,
  makeArea,
  makeFocus,
  makeIndicator,
  makePlan,
  makeUpdate,
} from "../../tests/setup/factories";
import { getDashboard } from "./dashboard.server";
import { getIndicator, retireIndicator } from "./indicator.server";
import { getActivityForReport, getIndicators } from "./status-update.server";

/**
 * A retired indicator leaves every progress figure (decision 012). A fixture small enough to compute by hand:
 *   X  area A  education   i1: 0 → 10 cumulative, actuals 3 + 2 = 5   → progress 0.5
 *                          i2: 0 → 4 per period, latest actual 4        → progress 1 (met)
 *   Y  area B  employment  i3: 10 → 20 per period, actual 15           → progress 0.5
 * Before: education 2 indicators, 2 measured, 1 met, average 0.75; employment 1, 1, 0, 0.5.
 * i2 and i3 are then retired: education 1, 1, 0, 0.5; employment has no indicator left to count.
 */
let db: Db;
const filters = { plans: [], areas: [], from: null, to: null };
const byFocus = (d: ReturnType<typeof getDashboard>) =>
  Object.fromEntries(d.indicators.filter((i) => i.area === null).map((i) => [i.focus, i]));
let x = 0;
let i1 = 0;
let i2 = 0;
let i3 = 0;
let before: ReturnType<typeof getDashboard>;

beforeAll(() => {
  db = emptyDatabase();
  const a = makeArea(db, "a", 1000);
  const b = makeArea(db, "b", 1000);
  const education = makeFocus(db, "education", 1);
  const employment = makeFocus(db, "employment", 2);
  const plan = makePlan(db);
  const activity = (title: string, focusAreaId: number, areaId: number) =>
    makeActivity(db, { title, planId: plan.id, focusAreaId, areaIds: [areaId], budget: 100, status: "active", health: "green" });
  const xRow = activity("X", education.id, a.id);
  const yRow = activity("Y", employment.id, b.id);
  x = xRow.id;
  const u1 = makeUpdate(db, x, "2026-01-10", "active", "green");
  const u2 = makeUpdate(db, x, "2026-04-01", "active", "green");
  const u3 = makeUpdate(db, yRow.id, "2026-04-01", "active", "green");
  i1 = makeIndicator(db, x, { baseline: 0, target: 10, kind: "cumulative" }).id;
  i2 = makeIndicator(db, x, { baseline: 0, target: 4, kind: "per_period" }).id;
  i3 = makeIndicator(db, yRow.id, { baseline: 10, target: 20, kind: "per_period" }).id;
  makeActual(db, i1, u1.id, 3);
  makeActual(db, i1, u2.id, 2);
  makeActual(db, i2, u1.id, 1);
  makeActual(db, i2, u2.id, 4);
  makeActual(db, i3, u3.id, 15);
  before = getDashboard(filters, "2026-06-15", db);

  const user = db.insert(users).values({ email: "m@example.dk", name: "M", role: "manager", passwordHash: "x" }).returning().get();
  for (const [activityId, indicatorId] of [
    [x, i2],
    [yRow.id, i3],
  ] as const) {
    retireIndicator(
      { activityId, indicatorId, version: 1, reason: "udgår", changedOn: "2026-06-15", user: { id: user.id, name: user.name } },
      db,
    );
  }
});

afterAll(() => db.$client.close());

describe("goal achievement with retired indicators", () => {
  it("counts every indicator before they are retired (the fixture as computed by hand)", () => {
    expect(byFocus(before).education).toMatchObject({ indicators: 2, measured: 2, met: 1, averageProgress: 0.75 });
    expect(byFocus(before).employment).toMatchObject({ indicators: 1, measured: 1, met: 0, averageProgress: 0.5 });
  });

  it("leaves retired indicators out of the dashboard's and compare's figures, per focus area and per area", () => {
    const d = getDashboard(filters, "2026-06-15", db);
    expect(byFocus(d).education).toMatchObject({ indicators: 1, measured: 1, met: 0, averageProgress: 0.5 });
    expect(byFocus(d).employment).toBeUndefined();
    expect(d.indicators.find((i) => i.focus === "education" && i.area === "a")).toMatchObject({ indicators: 1, averageProgress: 0.5 });
    expect(d.indicators.find((i) => i.area === "b")).toBeUndefined();
    // Compare asks the same aggregate, one area at a time.
    const onlyA = getDashboard({ ...filters, areas: ["a"] }, "2026-06-15", db);
    expect(onlyA.indicators.find((i) => i.focus === "education" && i.area === null)).toMatchObject({ indicators: 1, averageProgress: 0.5 });
  });

  it("keeps a retired indicator's history: its actuals, its last value on the activity page, no progress", () => {
    const shown = getIndicators(x, db);
    expect(shown.find((i) => i.id === i2)).toMatchObject({
      retiredOn: "2026-06-15",
      current: 4,
      actualCount: 2,
      progress: { kind: "undefined" },
    });
    expect(shown.find((i) => i.id === i1)).toMatchObject({ retiredOn: null, current: 5, progress: { kind: "progress", share: 0.5 } });
    expect(getIndicator(x, i2, db)).toMatchObject({ retiredOn: "2026-06-15", version: 2, target: 4 });
  });

  it("takes no new figures: the status update form offers only the live ones", () => {
    const report = getActivityForReport(x, db);
    expect(report?.indicators.map((i) => i.id)).toEqual([i1]);
    expect(report?.retiredIndicatorIds).toEqual([i2]);
  });
});
