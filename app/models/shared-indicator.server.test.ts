import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import type { Db } from "../../db/client.server";
import { indicators, sharedIndicators } from "../../db/schema";
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
import { sharedOutcomes } from "./shared-indicator.server";

/**
 * By hand, for the shared indicator "jobs" (and "empty", which nothing links to):
 *   X  plan p1, areas a, b   cumulative 4 + 2 = 6   → a 3, b 3
 *   Y  plan p2, area a       per period, latest 5   → a 5
 *   Z  plan p1, area b       retired, 100 reported  → nothing
 *   W  plan p1, area a       an indicator not linked → nothing
 */
let db: Db;
let jobs = 0;

beforeAll(() => {
  db = emptyDatabase();
  const a = makeArea(db, "a", 1000);
  const b = makeArea(db, "b", null);
  const focus = makeFocus(db, "employment", 1);
  const p1 = makePlan(db, "p1");
  const p2 = makePlan(db, "p2");
  jobs = db
    .insert(sharedIndicators)
    .values({ focusAreaId: focus.id, nameDa: "jobs", nameEn: "jobs", unit: "u", kind: "cumulative" })
    .returning()
    .get().id;
  db.insert(sharedIndicators).values({ focusAreaId: focus.id, nameDa: "empty", nameEn: "empty", unit: "u", kind: "cumulative" }).run();
  const activity = (title: string, planId: number, areaIds: number[]) =>
    makeActivity(db, { title, planId, focusAreaId: focus.id, areaIds, budget: 0, status: "active", health: "green" });
  const link = (indicatorId: number) => db.update(indicators).set({ sharedIndicatorId: jobs }).where(eq(indicators.id, indicatorId)).run();

  const x = activity("X", p1.id, [a.id, b.id]);
  const ix = makeIndicator(db, x.id, { baseline: 0, target: 10, kind: "cumulative" });
  link(ix.id);
  makeActual(db, ix.id, makeUpdate(db, x.id, "2026-01-01", "active", "green").id, 4);
  makeActual(db, ix.id, makeUpdate(db, x.id, "2026-02-01", "active", "green").id, 2);

  const y = activity("Y", p2.id, [a.id]);
  const iy = makeIndicator(db, y.id, { baseline: 0, target: 10, kind: "per_period" });
  link(iy.id);
  makeActual(db, iy.id, makeUpdate(db, y.id, "2026-01-01", "active", "green").id, 9);
  makeActual(db, iy.id, makeUpdate(db, y.id, "2026-03-01", "active", "green").id, 5);

  const z = activity("Z", p1.id, [b.id]);
  const iz = makeIndicator(db, z.id, { baseline: 0, target: 10, kind: "cumulative" });
  link(iz.id);
  makeActual(db, iz.id, makeUpdate(db, z.id, "2026-01-01", "active", "green").id, 100);
  db.update(indicators).set({ retiredOn: "2026-04-01" }).where(eq(indicators.id, iz.id)).run();

  const w = activity("W", p1.id, [a.id]);
  makeActual(
    db,
    makeIndicator(db, w.id, { baseline: 0, target: 10, kind: "cumulative" }).id,
    makeUpdate(db, w.id, "2026-01-01", "active", "green").id,
    50,
  );
});

const outcome = (filters: Partial<Parameters<typeof sharedOutcomes>[0]> = {}) =>
  sharedOutcomes({ plans: [], areas: [], from: null, to: null, ...filters }, db).find((o) => o.id === jobs);

describe("sharedOutcomes", () => {
  it("adds up linked, not retired indicators per area, an activity's figure split across its areas", () => {
    expect(outcome()?.byArea).toEqual({
      a: { total: 8, activities: 2, reporting: 2 },
      b: { total: 3, activities: 1, reporting: 1 },
    });
    expect(outcome()?.total).toEqual({ total: 11, activities: 2, reporting: 2 });
  });

  it("follows the dashboard's plan filter", () => {
    expect(outcome({ plans: ["p1"] })?.byArea).toEqual({
      a: { total: 3, activities: 1, reporting: 1 },
      b: { total: 3, activities: 1, reporting: 1 },
    });
  });

  it("keeps an activity's split when only some of its areas are asked for", () => {
    expect(outcome({ areas: ["b"] })).toMatchObject({ byArea: { b: { total: 3, activities: 1 } }, total: { total: 3, activities: 1 } });
  });

  it("lists a shared indicator nothing links to, with nothing in it", () => {
    const empty = sharedOutcomes({ plans: [], areas: [], from: null, to: null }, db).find((o) => o.nameDa === "empty");
    expect(empty).toMatchObject({ byArea: {}, total: { total: 0, activities: 0, reporting: 0 } });
  });
});
