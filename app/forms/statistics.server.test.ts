import { describe, expect, it } from "vitest";

import { validateStatisticRows } from "./statistics.server";

/** The pure half of the spreadsheet import: no database, the areas and measures given. */
const lookup = {
  areas: [{ id: 3, slug: "korsloekken", name: "Korsløkken" }],
  measures: [{ id: 1, code: "uden-for-arbejde", nameDa: "Uden for arbejdsmarked og uddannelse", nameEn: "Outside work and education" }],
};
const row = (patch: Record<string, unknown> = {}) => ({
  area: "Korsløkken",
  year: "2025",
  measure: "uden-for-arbejde",
  value: "34,1",
  source: "Danmarks Statistik",
  ...patch,
});

describe("validateStatisticRows", () => {
  it("gives the figure to save, its area and measure found", () => {
    expect(validateStatisticRows([row({ date: "2025-12-01" })], { locale: "da", lookup })).toEqual([
      {
        errors: {},
        input: { areaId: 3, measureId: 1, year: 2025, value: 34.1, source: "Danmarks Statistik", sourceDate: "2025-12-01" },
      },
    ]);
  });

  it("reads text numbers in the file's language and XLSX cells as they come", () => {
    const value = (patch: Record<string, unknown>, locale: "da" | "en") =>
      validateStatisticRows([row(patch)], { locale, lookup })[0]?.input?.value;
    expect(value({ value: "1.050,5" }, "da")).toBe(1050.5);
    expect(value({ value: "1,050.5" }, "en")).toBe(1050.5);
    expect(value({ value: 34.1, year: 2025 }, "en")).toBe(34.1);
    expect(validateStatisticRows([row({ date: new Date("2025-12-01T00:00:00Z") })], { locale: "da", lookup })[0]?.input?.sourceDate).toBe(
      "2025-12-01",
    );
  });

  it("gives every bad row its errors by column, as catalogue keys", () => {
    const rows = [
      row({ area: "Atlantis", measure: "Lykke" }),
      row({ year: 2101 }),
      row({ value: "12.5" }),
      row({ value: "" }),
      row({ source: " " }),
      row(),
      row({ measure: "Outside work and education" }),
    ];
    expect(validateStatisticRows(rows, { locale: "da", lookup }).map((r) => [r.errors, r.input === null])).toEqual([
      [{ area: ["statistics.error.areaUnknown"], measure: ["statistics.error.measureUnknown"] }, true],
      [{ year: ["statistics.error.year"] }, true],
      [{ value: ["form.number.ambiguous"] }, true],
      [{ value: ["form.required"] }, true],
      [{ source: ["form.required"] }, true],
      [{}, false],
      // The same area, measure and year as the row before, by its English name.
      [{ year: ["statistics.error.duplicate"] }, true],
    ]);
  });
});
