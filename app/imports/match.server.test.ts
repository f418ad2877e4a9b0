import { describe, expect, it } from "vitest";

import { fieldErrors, isoDateOf, matchKey, NameIndex, splitNames } from "./match.server";

describe("matching names", () => {
  const areas = new NameIndex<number>()
    .add(1, ["Vollsmose", "vollsmose"])
    .add(3, ["Korsløkken", "korsloekken"])
    .add(2, ["Solbakken/Rising"]);

  it("finds by any name, ignoring case, Danish letters' case and spacing", () => {
    expect(areas.find("KORSLØKKEN")).toEqual({ ok: true, value: 3 });
    expect(areas.find("  korsloekken ")).toEqual({ ok: true, value: 3 });
    expect(areas.find("Atlantis")).toEqual({ ok: false, reason: "unknown" });
    expect(matchKey("Øvrige   Afdelinger")).toBe("øvrige afdelinger");
  });

  it("says when a name fits two things", () => {
    const plans = new NameIndex<number>().add(1, ["Helhedsplan"]).add(2, ["helhedsplan"]);
    expect(plans.find("Helhedsplan")).toEqual({ ok: false, reason: "ambiguous" });
  });

  it("splits a cell of names on semicolons, or commas when that makes every part known", () => {
    expect(splitNames("Vollsmose; Korsløkken", areas)).toEqual({ found: [1, 3], unknown: [] });
    expect(splitNames("vollsmose, korsloekken", areas)).toEqual({ found: [1, 3], unknown: [] });
    expect(splitNames("Vollsmose; Atlantis", areas)).toEqual({ found: [1], unknown: ["Atlantis"] });
    expect(splitNames("", areas)).toEqual({ found: [], unknown: [] });
  });
});

describe("isoDateOf", () => {
  it("takes ISO dates and the Danish order, day first, and passes anything else on for the form to refuse", () => {
    expect(isoDateOf("2026-06-15")).toBe("2026-06-15");
    expect(isoDateOf("15-06-2026")).toBe("2026-06-15");
    expect(isoDateOf("1.7.2026")).toBe("2026-07-01");
    expect(isoDateOf("15/06/2026")).toBe("2026-06-15");
    expect(isoDateOf("31-02-2026")).toBe("31-02-2026");
    expect(isoDateOf("juni 2026")).toBe("juni 2026");
  });
});

describe("fieldErrors", () => {
  it("names each form field's errors by the column it came from", () => {
    const column = (field: string) =>
      field === "areaIds"
        ? { key: "areas", headers: [], label: "sheet.areas" as const, type: "text" as const, help: "import.help.text" as const }
        : undefined;
    expect(fieldErrors(4, { areaIds: ["form.areaUnknown"], _form: ["form.invalid"] }, column)).toEqual([
      { line: 4, column: "sheet.areas", message: "form.areaUnknown" },
      { line: 4, column: null, message: "form.invalid" },
    ]);
  });
});
