import { describe, expect, it } from "vitest";

import { addDays, addMonths, copenhagenDate, copenhagenDayStartUtc, daysBetween, isIsoDate } from "./dates";

describe("dates", () => {
  it("knows real ISO dates", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(isIsoDate("2024-2-1")).toBe(false);
    expect(isIsoDate("not a date")).toBe(false);
  });

  it("does calendar arithmetic without shifting a day", () => {
    expect(addDays("2026-03-28", 2)).toBe("2026-03-30");
    expect(addDays("2026-01-01", -1)).toBe("2025-12-31");
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(daysBetween("2026-01-01", "2026-04-01")).toBe(90);
  });

  it("takes today's date in Copenhagen, not UTC", () => {
    // 23:30 UTC on 31 December is already New Year's Day in Copenhagen.
    expect(copenhagenDate(new Date("2025-12-31T23:30:00Z"))).toBe("2026-01-01");
    // Summer time: 22:30 UTC on 30 June is 00:30 on 1 July.
    expect(copenhagenDate(new Date("2026-06-30T22:30:00Z"))).toBe("2026-07-01");
  });
});

describe("copenhagenDayStartUtc", () => {
  it("starts a summer day at 22:00 UTC the day before, a winter day at 23:00", () => {
    expect(copenhagenDayStartUtc("2026-06-15")).toBe("2026-06-14T22:00:00.000Z");
    expect(copenhagenDayStartUtc("2026-01-15")).toBe("2026-01-14T23:00:00.000Z");
    // The day summer time begins (29 March 2026) still starts at 23:00 UTC.
    expect(copenhagenDayStartUtc("2026-03-29")).toBe("2026-03-28T23:00:00.000Z");
  });
});
