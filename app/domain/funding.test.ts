import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  activityMoney,
  coFinancing,
  countsTowardPlan,
  deadlineUrgency,
  fundingYears,
  isDecided,
  lineAlert,
  LOCAL_SHARE_MINIMUM,
  planYears,
  roundShares,
} from "./funding";

describe("coFinancing", () => {
  it("is undefined with nothing secured, and then warns of nothing", () => {
    expect(coFinancing(0, 0)).toEqual({ local: 0, secured: 0, share: null, warning: false, amountMissing: 0 });
  });

  it("warns below 25 % and names the amount that would lift it to 25 %", () => {
    // 1.000.000 secured, 200.000 local: 20 %. Adding x local: (200.000 + x) / (1.000.000 + x) = 0.25 → x = 66.667.
    const c = coFinancing(200_000, 1_000_000);
    expect(c.share).toBeCloseTo(0.2);
    expect(c.warning).toBe(true);
    expect(c.amountMissing).toBe(66_667);
  });

  it("does not warn at exactly 25 %", () => {
    expect(coFinancing(250_000, 1_000_000)).toMatchObject({ share: 0.25, warning: false, amountMissing: 0 });
  });

  it("the amount missing, added as local money, lifts the share to at least 25 % and no more than needed", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 ** 9 }), fc.integer({ min: 0, max: 10 ** 9 }), (secured, rawLocal) => {
        const local = Math.min(rawLocal, secured);
        const c = coFinancing(local, secured);
        expect(c.share).not.toBeNull();
        if (!c.warning) {
          expect(c.amountMissing).toBe(0);
          return;
        }
        const lifted = coFinancing(local + c.amountMissing, secured + c.amountMissing);
        expect(lifted.share ?? 0).toBeGreaterThanOrEqual(LOCAL_SHARE_MINIMUM);
        if (c.amountMissing > 1) {
          const short = coFinancing(local + c.amountMissing - 1, secured + c.amountMissing - 1);
          expect(short.warning).toBe(true);
        }
      }),
    );
  });
});

describe("activityMoney", () => {
  it("derives gap, surplus and state", () => {
    expect(activityMoney(1000, 0, 500)).toMatchObject({ gap: 1000, surplus: 0, state: "unfunded", pipeline: 500 });
    expect(activityMoney(1000, 600, 0)).toMatchObject({ gap: 400, state: "partly" });
    expect(activityMoney(1000, 1200, 0)).toMatchObject({ gap: 0, surplus: 200, state: "funded" });
  });

  it("keeps state and gap consistent for any amounts", () => {
    fc.assert(
      fc.property(fc.nat(10 ** 10), fc.nat(10 ** 10), (budget, secured) => {
        const m = activityMoney(budget, secured, 0);
        if (m.state === "funded") expect(m.gap).toBe(0);
        if (m.state === "unfunded") expect(m.gap).toBe(budget);
        if (m.state === "partly") expect(m.gap).toBeGreaterThan(0);
      }),
    );
  });
});

describe("deadlineUrgency", () => {
  it("flags passed deadlines and highlights the next 30 days", () => {
    expect(deadlineUrgency("2026-06-14", "2026-06-15")).toBe("passed");
    expect(deadlineUrgency("2026-06-15", "2026-06-15")).toBe("soon");
    expect(deadlineUrgency("2026-07-15", "2026-06-15")).toBe("soon");
    expect(deadlineUrgency("2026-07-16", "2026-06-15")).toBe("later");
    expect(deadlineUrgency(null, "2026-06-15")).toBeNull();
  });
});

describe("lineAlert", () => {
  const line = (
    stage: "prospect" | "applied" | "granted" | "paid" | "rejected",
    deadline: string | null,
    expectedAnswerOn: string | null = null,
  ) => ({
    stage,
    deadline,
    expectedAnswerOn,
  });

  it("warns of a passed deadline for a prospect only", () => {
    expect(lineAlert(line("prospect", "2026-06-14"), "2026-06-15")).toEqual({ kind: "deadline", urgency: "passed" });
    expect(lineAlert(line("prospect", "2026-07-01"), "2026-06-15")).toEqual({ kind: "deadline", urgency: "soon" });
    expect(lineAlert(line("prospect", null), "2026-06-15")).toBeNull();
  });

  it("says an applied line awaits an answer, whatever its deadline, with the expected date when given", () => {
    expect(lineAlert(line("applied", "2026-06-14"), "2026-06-15")).toEqual({ kind: "awaiting", expectedOn: null });
    expect(lineAlert(line("applied", "2026-06-14", "2026-09-01"), "2026-06-15")).toEqual({ kind: "awaiting", expectedOn: "2026-09-01" });
  });

  it("asks nothing of a decided line", () => {
    for (const stage of ["granted", "paid", "rejected"] as const) expect(lineAlert(line(stage, "2026-06-14"), "2026-06-15")).toBeNull();
  });
});

describe("isDecided", () => {
  it("is granted, paid and rejected: the stages that need a decision date", () => {
    expect((["prospect", "applied", "granted", "paid", "rejected"] as const).filter(isDecided)).toEqual(["granted", "paid", "rejected"]);
  });
});

describe("funding years", () => {
  const plan = { startsOn: "2025-01-01", endsOn: "2028-12-31" };

  it("are the plan's years and the activity's own period's, also after the plan ends", () => {
    expect(planYears(plan)).toEqual([2025, 2026, 2027, 2028]);
    expect(fundingYears(plan, { startsOn: "2026-03-01", endsOn: "2030-06-30" })).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
    expect(fundingYears(plan, { startsOn: "2023-08-01", endsOn: "2025-06-30" })).toEqual([2023, 2024, 2025, 2026, 2027, 2028]);
  });

  it("are the plan's years for an activity without a period of its own; an end not given is the plan's", () => {
    expect(fundingYears(plan, { startsOn: null, endsOn: null })).toEqual([2025, 2026, 2027, 2028]);
    expect(fundingYears(plan, { startsOn: null, endsOn: "2029-12-31" })).toEqual([2025, 2026, 2027, 2028, 2029]);
    // A period apart from the plan's leaves the years between out.
    expect(fundingYears(plan, { startsOn: "2030-01-01", endsOn: "2031-12-31" })).toEqual([2025, 2026, 2027, 2028, 2030, 2031]);
  });

  it("count toward the plan's co-financing only inside the plan's period", () => {
    expect([2024, 2025, 2028, 2029].map((y) => countsTowardPlan(y, plan))).toEqual([false, true, true, false]);
  });
});

describe("roundShares", () => {
  it("splits whole kroner so the parts add up to the whole", () => {
    expect(roundShares([100_000 / 3, 100_000 / 3, 100_000 / 3])).toEqual([33_334, 33_333, 33_333]);
    expect(roundShares([1.5, 1.5])).toEqual([2, 1]);
  });

  it("always adds up to the rounded total, and moves no share by a krone or more", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e9, noNaN: true }), { maxLength: 12 }), (values) => {
        const rounded = roundShares(values);
        expect(rounded.reduce((n, v) => n + v, 0)).toBe(Math.round(values.reduce((n, v) => n + v, 0)));
        rounded.forEach((r, i) => expect(Math.abs(r - (values[i] ?? 0))).toBeLessThan(1 + 1e-6));
      }),
    );
  });
});
