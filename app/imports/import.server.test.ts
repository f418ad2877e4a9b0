import { describe, expect, it } from "vitest";

import { importKind, importKindsFor, mapRows } from "./import.server";

/** The row mapping: a file's header matched to a kind's columns, each row's cells by column. */
describe("mapRows", () => {
  const activities = importKind("activities");
  const sheet = (header: string[], ...rows: string[][]) => ({
    format: "csv" as const,
    header,
    rows: rows.map((cells, i) => ({ line: i + 2, cells })),
  });

  it("knows a column by its CSV or Excel header, in Danish or English, or by its key, in any case", () => {
    const mapped = mapRows(
      activities,
      sheet(["TITEL", "Focus area", "helhedsplan", "Housing areas", "budget_dkk", "Budget"], ["A", "crime", "p", "v", "1", "2"]),
    );
    expect(mapped).toMatchObject({ ok: false, problem: "duplicate-column", column: "sheet.budget" });
    const ok = mapRows(
      activities,
      sheet(["TITEL", "Focus area", "helhedsplan", "Housing areas", "budget_dkk", "endsOn"], ["A", "crime", "p", "v", "1", "2026-01-01"]),
    );
    expect(ok).toEqual({
      ok: true,
      rows: [{ line: 2, values: { title: "A", focus: "crime", plan: "p", areas: "v", budget: "1", endsOn: "2026-01-01" } }],
      unknownHeaders: [],
      missing: ["sheet.status"],
    });
  });

  it("reads past an export's computed columns, names unknown ones, and gives a short row's missing cells as empty", () => {
    const mapped = mapRows(activities, sheet(["id", "sikret_kr", "Gap (DKK)", "Farve", "titel"], ["7"]));
    expect(mapped).toMatchObject({ ok: true, unknownHeaders: ["Farve"], rows: [{ line: 2, values: { id: "7", title: "" } }] });
  });

  it("refuses a file whose header names no column of the kind", () => {
    expect(mapRows(activities, sheet(["foo", "bar"]))).toEqual({ ok: false, problem: "no-columns" });
  });
});

describe("importKindsFor", () => {
  it("gives each role the kinds it may import", () => {
    const user = (role: "admin" | "manager" | "board" | "fundraiser", areaIds: number[] = []) => ({ id: 1, role, areaIds });
    expect(importKindsFor(user("admin"))).toEqual(["activities", "funding"]);
    expect(importKindsFor(user("manager", [1]))).toEqual(["activities"]);
    expect(importKindsFor(user("manager"))).toEqual([]);
    expect(importKindsFor(user("fundraiser"))).toEqual(["funding"]);
    expect(importKindsFor(user("board"))).toEqual([]);
  });
});
