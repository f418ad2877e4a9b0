import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { currentValue, indicatorProgress } from "./indicators";

const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });

describe("currentValue", () => {
  const actuals = [
    { reportedOn: "2026-01-10", order: 1, value: 5 },
    { reportedOn: "2026-04-10", order: 2, value: 7 },
    { reportedOn: "2026-02-10", order: 3, value: 3 },
  ];

  it("sums a cumulative indicator", () => {
    expect(currentValue("cumulative", actuals)).toBe(15);
  });

  it("takes the latest actual of a per-period indicator by report date, then by order", () => {
    expect(currentValue("per_period", actuals)).toBe(7);
    expect(currentValue("per_period", [...actuals, { reportedOn: "2026-04-10", order: 9, value: 8 }])).toBe(8);
  });

  it("is null with no actuals", () => {
    expect(currentValue("cumulative", [])).toBeNull();
    expect(currentValue("per_period", [])).toBeNull();
  });
});

describe("indicatorProgress", () => {
  it("measures higher-is-better progress", () => {
    expect(indicatorProgress(10, 30, 20)).toMatchObject({ kind: "progress", share: 0.5, exceeded: false });
  });

  it("measures lower-is-better progress, target below baseline", () => {
    // Crime reports: baseline 40, target 20, now 30 → halfway.
    expect(indicatorProgress(40, 20, 30)).toMatchObject({ share: 0.5 });
    // Worse than the baseline: 0 %, not negative.
    expect(indicatorProgress(40, 20, 50)).toMatchObject({ share: 0, raw: -0.5 });
    // Better than the target: 100 % and exceeded.
    expect(indicatorProgress(40, 20, 10)).toMatchObject({ share: 1, exceeded: true });
  });

  it("is undefined, not 0 %, when target equals baseline or nothing is reported", () => {
    expect(indicatorProgress(5, 5, 7)).toEqual({ kind: "undefined" });
    expect(indicatorProgress(0, 10, null)).toEqual({ kind: "undefined" });
  });

  it("is always clamped to 0–100 %", () => {
    fc.assert(
      fc.property(finite, finite, finite, (baseline, target, current) => {
        const p = indicatorProgress(baseline, target, current);
        if (p.kind === "progress") {
          expect(p.share).toBeGreaterThanOrEqual(0);
          expect(p.share).toBeLessThanOrEqual(1);
          expect(p.exceeded).toBe(p.raw > 1);
        } else {
          expect(target).toBe(baseline);
        }
      }),
    );
  });

  it("grows as the current value moves toward the target, in either direction", () => {
    fc.assert(
      fc.property(finite, finite, finite, finite, (baseline, target, a, b) => {
        fc.pre(target !== baseline);
        const p1 = indicatorProgress(baseline, target, a);
        const p2 = indicatorProgress(baseline, target, b);
        if (p1.kind !== "progress" || p2.kind !== "progress") return;
        // Moving from a to b toward the target never lowers progress.
        const towardTarget = target > baseline ? b >= a : b <= a;
        if (towardTarget) expect(p2.raw).toBeGreaterThanOrEqual(p1.raw - 1e-9);
      }),
    );
  });

  it("is 0 at the baseline and 100 % at the target", () => {
    fc.assert(
      fc.property(finite, finite, (baseline, target) => {
        fc.pre(Math.abs(target - baseline) > 1e-6);
        expect(indicatorProgress(baseline, target, baseline)).toMatchObject({ share: 0 });
        expect(indicatorProgress(baseline, target, target)).toMatchObject({ share: 1, exceeded: false });
      }),
    );
  });
});
