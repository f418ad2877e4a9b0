import { describe, expect, it } from "vitest";

import { aggregateLinked, goalAchievement, type LinkedIndicator, linkMismatch, summariseAchievement } from "./outcomes";

const actual = (reportedOn: string, value: number, order = 1) => ({ reportedOn, value, order });

const linked = (patch: Partial<LinkedIndicator> & Pick<LinkedIndicator, "activityId" | "areas">): LinkedIndicator => ({
  kind: "cumulative",
  retiredOn: null,
  actuals: [],
  ...patch,
});

describe("aggregateLinked: shared indicators per area", () => {
  /*
   * By hand:
   *   A1 in a        cumulative 6 + 4 = 10           → a 10
   *   A2 in a, b, c  cumulative 9 + 3 = 12, ÷ 3 = 4   → a 4, b 4, c 4
   *   A3 in b        per period, latest 7 (not 20)    → b 7
   *   A4 in c        nothing reported                 → counted, not reporting
   *   A5 in a        retired, 100 reported            → counts in nothing
   *   a = 14 (A1, A2), b = 11 (A2, A3), c = 4 (A2, A4); the areas add up to 10 + 12 + 7 = 29.
   */
  const result = aggregateLinked([
    linked({ activityId: 1, areas: ["a"], actuals: [actual("2026-01-10", 6), actual("2026-04-10", 4)] }),
    linked({ activityId: 2, areas: ["a", "b", "c"], actuals: [actual("2026-02-01", 9), actual("2026-05-01", 3)] }),
    linked({ activityId: 3, areas: ["b"], kind: "per_period", actuals: [actual("2026-01-01", 20, 1), actual("2026-03-01", 7, 2)] }),
    linked({ activityId: 4, areas: ["c"] }),
    linked({ activityId: 5, areas: ["a"], retiredOn: "2026-05-01", actuals: [actual("2026-01-01", 100)] }),
  ]);

  it("splits an activity's figure evenly across its areas, as budgets are", () => {
    expect(result.get("a")?.total).toBeCloseTo(14);
    expect(result.get("b")?.total).toBeCloseTo(11);
    expect(result.get("c")?.total).toBeCloseTo(4);
    const sum = [...result.values()].reduce((n, o) => n + o.total, 0);
    expect(sum).toBeCloseTo(29);
  });

  it("counts each activity once in each of its areas, and those that have reported", () => {
    expect(result.get("a")).toMatchObject({ activities: 2, reporting: 2 });
    expect(result.get("b")).toMatchObject({ activities: 2, reporting: 2 });
    expect(result.get("c")).toMatchObject({ activities: 2, reporting: 1 });
  });

  it("leaves retired indicators out of every figure and count", () => {
    const onlyRetired = aggregateLinked([
      linked({ activityId: 5, areas: ["a"], retiredOn: "2026-05-01", actuals: [actual("2026-01-01", 100)] }),
    ]);
    expect(onlyRetired.size).toBe(0);
  });

  it("counts an activity with two linked indicators once, and adds both figures", () => {
    const two = aggregateLinked([
      linked({ activityId: 1, areas: ["a", "b"], actuals: [actual("2026-01-01", 4)] }),
      linked({ activityId: 1, areas: ["a", "b"], actuals: [actual("2026-01-01", 2)] }),
    ]);
    expect(two.get("a")).toEqual({ total: 3, activities: 1, reporting: 1 });
    expect(two.get("b")).toEqual({ total: 3, activities: 1, reporting: 1 });
  });

  it("leaves out an area with no linked activity", () => {
    expect(result.has("d")).toBe(false);
    expect(aggregateLinked([]).size).toBe(0);
  });
});

describe("goalAchievement across directions", () => {
  it("higher is better: progress from baseline toward a higher target", () => {
    expect(goalAchievement(0, 90, 25)).toMatchObject({ met: false, progress: { kind: "progress", share: 25 / 90 } });
    expect(goalAchievement(35, 80, 80)).toMatchObject({ met: true, progress: { share: 1, exceeded: false } });
    expect(goalAchievement(35, 80, 86)).toMatchObject({ met: true, progress: { share: 1, exceeded: true } });
  });

  it("lower is better: a fall toward a target below the baseline is progress, by the same formula", () => {
    // 40 → 30 of the way to 20: half.
    expect(goalAchievement(40, 20, 30)).toMatchObject({ met: false, progress: { kind: "progress", share: 0.5, raw: 0.5 } });
    // Reached and beaten.
    expect(goalAchievement(40, 20, 20)).toMatchObject({ met: true, progress: { share: 1, exceeded: false } });
    expect(goalAchievement(40, 20, 15)).toMatchObject({ met: true, progress: { share: 1, exceeded: true } });
  });

  it("a move the wrong way is 0 %, not negative, and not met", () => {
    expect(goalAchievement(40, 20, 45)).toMatchObject({ met: false, progress: { share: 0, raw: -0.25 } });
    expect(goalAchievement(10, 20, 5)).toMatchObject({ met: false, progress: { share: 0, raw: -0.5 } });
  });

  it("is undefined (never 0 %) with nothing reported or a target equal to the baseline", () => {
    expect(goalAchievement(40, 20, null)).toEqual({ met: false, progress: { kind: "undefined" } });
    expect(goalAchievement(20, 20, 25)).toEqual({ met: false, progress: { kind: "undefined" } });
  });

  it("summarises: the mean of the clamped progress of measured indicators, the met ones, and all of them", () => {
    const summary = summariseAchievement([
      goalAchievement(0, 100, 50), // 0.5
      goalAchievement(40, 20, 10), // 1 (exceeded, met)
      goalAchievement(10, 20, 0), // 0 (wrong way)
      goalAchievement(0, 10, null), // not measured
    ]);
    expect(summary).toEqual({ indicators: 4, measured: 3, met: 1, averageProgress: 0.5 });
    expect(summariseAchievement([goalAchievement(0, 10, null)]).averageProgress).toBeNull();
  });
});

describe("linkMismatch", () => {
  it("links indicators that count in the same unit (any case, spaces at the ends) and the same kind", () => {
    expect(linkMismatch({ unit: " Personer ", kind: "cumulative" }, { unit: "personer", kind: "cumulative" })).toBeNull();
    expect(linkMismatch({ unit: "%", kind: "cumulative" }, { unit: "personer", kind: "cumulative" })).toBe("unit");
    expect(linkMismatch({ unit: "personer", kind: "per_period" }, { unit: "personer", kind: "cumulative" })).toBe("kind");
  });
});
