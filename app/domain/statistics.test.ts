import { describe, expect, it } from "vitest";

import { isStatisticYear, meetsCriterion, resolveStatisticRows, statisticTrend } from "./statistics";

describe("meetsCriterion", () => {
  // The four criteria of almenboligloven § 61 a, stk. 1, as the reference data encodes them.
  const outsideWork = { threshold: 40, inclusive: false, direction: "lower" as const }; // "overstiger 40 pct."
  const convicted = { threshold: 300, inclusive: true, direction: "lower" as const }; // "mindst tre gange"
  const income = { threshold: 55, inclusive: false, direction: "higher" as const }; // "mindre end 55 pct."

  it("is met on the worse side of the threshold", () => {
    expect(meetsCriterion(41.3, outsideWork)).toBe(true);
    expect(meetsCriterion(39.9, outsideWork)).toBe(false);
    expect(meetsCriterion(54.9, income)).toBe(true);
    expect(meetsCriterion(56, income)).toBe(false);
  });

  it("counts the threshold itself only where the law says so", () => {
    expect(meetsCriterion(40, outsideWork)).toBe(false);
    expect(meetsCriterion(300, convicted)).toBe(true);
    expect(meetsCriterion(55, income)).toBe(false);
    expect(meetsCriterion(55, { ...income, inclusive: true })).toBe(true);
  });

  it("says nothing for a measure without a threshold", () => {
    expect(meetsCriterion(12, { threshold: null, inclusive: false, direction: "lower" })).toBeNull();
  });
});

describe("statisticTrend", () => {
  it("compares the latest year with the first, better by the measure's direction", () => {
    const values = [
      { year: 2023, value: 43.8 },
      { year: 2021, value: 46.2 },
      { year: 2025, value: 41.3 },
    ];
    expect(statisticTrend(values, "lower")).toMatchObject({ first: { year: 2021 }, latest: { year: 2025, value: 41.3 }, better: true });
    expect(statisticTrend(values, "higher")?.better).toBe(false);
    expect(statisticTrend(values, "lower")?.change).toBeCloseTo(-4.9);
  });

  it("has no direction with one figure or no change, and nothing without figures", () => {
    expect(statisticTrend([{ year: 2025, value: 1 }], "lower")?.better).toBeNull();
    expect(statisticTrend([], "lower")).toBeNull();
  });
});

describe("isStatisticYear", () => {
  it("takes whole years from 1990 to 2100", () => {
    expect([1990, 2024, 2100].every(isStatisticYear)).toBe(true);
    expect([1989, 2101, 2024.5, Number.NaN].some(isStatisticYear)).toBe(false);
  });
});

describe("resolveStatisticRows", () => {
  const lookup = {
    areas: [
      { id: 1, slug: "vollsmose", name: "Vollsmose" },
      { id: 2, slug: "skt-klemensparken", name: "Skt. Klemensparken" },
    ],
    measures: [{ id: 7, code: "indkomst", nameDa: "Gennemsnitlig bruttoindkomst", nameEn: "Average gross income" }],
  };

  it("finds areas by slug or name and measures by code or either name, ignoring case and spaces at the ends", () => {
    expect(
      resolveStatisticRows(
        [
          { area: "VOLLSMOSE", measure: " Indkomst ", year: 2024 },
          { area: "skt. klemensparken", measure: "average gross income", year: 2024 },
          { area: "Skt-Klemensparken", measure: "gennemsnitlig bruttoindkomst", year: 2025 },
        ],
        lookup,
      ),
    ).toEqual([
      { ok: true, areaId: 1, measureId: 7 },
      { ok: true, areaId: 2, measureId: 7 },
      { ok: true, areaId: 2, measureId: 7 },
    ]);
  });

  it("names what is unknown, refuses a second row for one area, measure and year, and skips rows that did not parse", () => {
    expect(
      resolveStatisticRows(
        [
          { area: "Atlantis", measure: "Lykke", year: 2024 },
          { area: "vollsmose", measure: "indkomst", year: 2024 },
          null,
          { area: "Vollsmose", measure: "Average gross income", year: 2024 },
          { area: "vollsmose", measure: "indkomst", year: 2023 },
        ],
        lookup,
      ),
    ).toEqual([
      {
        ok: false,
        problems: [
          { field: "area", problem: "area-unknown" },
          { field: "measure", problem: "measure-unknown" },
        ],
      },
      { ok: true, areaId: 1, measureId: 7 },
      null,
      { ok: false, problems: [{ field: "year", problem: "duplicate" }] },
      { ok: true, areaId: 1, measureId: 7 },
    ]);
  });
});
