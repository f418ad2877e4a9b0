import { describe, expect, it } from "vitest";

import { compareSearch, filtersToSearch, MAX_QUERY_LENGTH, parseActivityFilters, parseDashboardFilters } from "./filters";

const known = { areaSlugs: ["vollsmose", "korsloekken"], focusCodes: ["education", "employment"] };
const parse = (search: string) => parseActivityFilters(new URLSearchParams(search), known);

describe("parseActivityFilters", () => {
  it("reads repeated and comma-separated values", () => {
    const { filters, ignored } = parse("area=vollsmose&area=korsloekken&focus=education,employment&status=active");
    expect(filters.areas).toEqual(["vollsmose", "korsloekken"]);
    expect(filters.focus).toEqual(["education", "employment"]);
    expect(filters.statuses).toEqual(["active"]);
    expect(ignored).toEqual([]);
  });

  it("ignores unknown values and says which", () => {
    const { filters, ignored } = parse("area=atlantis&status=finished&funding=partly&focus=EDUCATION");
    expect(filters.areas).toEqual([]);
    expect(filters.statuses).toEqual([]);
    expect(filters.funding).toEqual(["partly"]);
    expect(ignored).toEqual([
      { param: "area", value: "atlantis" },
      { param: "focus", value: "EDUCATION" },
      { param: "status", value: "finished" },
    ]);
  });

  it("drops duplicates", () => {
    expect(parse("area=vollsmose&area=vollsmose").filters.areas).toEqual(["vollsmose"]);
  });

  it("trims and cuts a long search, never refuses it", () => {
    const { filters } = parse(`q=${"x".repeat(5000)}`);
    expect(filters.q).toHaveLength(MAX_QUERY_LENGTH);
    expect(parse("q=%20%20b%C3%B8rn%20").filters.q).toBe("børn");
  });

  it("takes a valid page and reports a bad one", () => {
    expect(parse("page=3").filters.page).toBe(3);
    const bad = parse("page=-1");
    expect(bad.filters.page).toBe(1);
    expect(bad.ignored).toEqual([{ param: "page", value: "-1" }]);
    expect(parse("page=abc").filters.page).toBe(1);
  });

  it("round-trips through filtersToSearch", () => {
    const { filters } = parse("area=vollsmose&focus=education&status=active&funding=unfunded&q=mentor");
    const again = parse(filtersToSearch(filters).slice(1));
    expect(again.filters).toEqual(filters);
    expect(filtersToSearch({})).toBe("");
    expect(filtersToSearch({ areas: ["vollsmose"] }, { page: 2 })).toBe("?area=vollsmose&page=2");
  });
});

describe("compareSearch", () => {
  it("keeps the areas in the order given, with the plan, period and per-1,000 choice, and reads back the same", () => {
    const filters = { plans: ["vollsmose-current"], from: "2026-01-01", to: "2026-12-31", per1000: true };
    const search = compareSearch(["korsloekken", "vollsmose"], filters, { year: 2024, measure: "indkomst" });
    expect(search).toBe(
      "?areas=korsloekken,vollsmose&plan=vollsmose-current&from=2026-01-01&to=2026-12-31&per=1000&year=2024&measure=indkomst",
    );
    const again = parseDashboardFilters(
      new URLSearchParams(search),
      { areaSlugs: ["vollsmose", "korsloekken"], planSlugs: ["vollsmose-current"] },
      { areaParam: "areas" },
    );
    expect(again.filters).toEqual({ ...filters, areas: ["korsloekken", "vollsmose"] });
    expect(compareSearch(["vollsmose", "korsloekken"], { plans: [], from: null, to: null, per1000: false })).toBe(
      "?areas=vollsmose,korsloekken",
    );
  });
});
