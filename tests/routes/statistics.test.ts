import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { importStatisticRows } from "../../app/forms/statistics.server";
import * as auditPage from "../../app/routes/admin.audit";
import * as measureList from "../../app/routes/admin.statistics._index";
import * as measureEdit from "../../app/routes/admin.statistics.$code";
import * as valuePage from "../../app/routes/admin.statistics.$code_.value";
import * as areaPage from "../../app/routes/areas.$slug";
import * as compare from "../../app/routes/compare";
import * as compareCsv from "../../app/routes/compare[.]csv";
import * as dashboardCsv from "../../app/routes/dashboard[.]csv";
import type { AuditEntryView } from "../../app/views/audit.server";
import type { AreaMeasure, CompareStatistics } from "../../app/views/outcomes.server";
import { getDb } from "../../db/client.server";
import { ILLUSTRATIVE_SOURCE } from "../../db/demo-statistics";
import { areas, areaStatistics, auditLog, measures } from "../../db/schema";
import { callAction, callLoader, type Who } from "../setup/route-harness";

/** This file's copy of the demo database: the four statutory measures with illustrative figures for 2021–2025. */
const db = () => getDb();
const audits = () => db().select().from(auditLog).all().length;
const idOf = (slug: string) => db().select().from(areas).where(eq(areas.slug, slug)).get()?.id ?? 0;
const measureId = (code: string) => db().select().from(measures).where(eq(measures.code, code)).get()?.id ?? 0;
const figure = (area: string, code: string, year: number) =>
  db()
    .select()
    .from(areaStatistics)
    .where(and(eq(areaStatistics.areaId, idOf(area)), eq(areaStatistics.measureId, measureId(code)), eq(areaStatistics.year, year)))
    .get();

const valuePath = (area: string, year: number | string, code = "uden-for-arbejde") => ({
  path: `/admin/statistics/${code}/value?area=${area}&year=${year}`,
  params: { code },
});

describe("measures", () => {
  const measure = (patch: Record<string, string> = {}) => ({
    code: "boligstoette",
    nameDa: "Beboere med boligstøtte",
    nameEn: "Residents receiving housing benefit",
    unit: "%",
    direction: "lower",
    threshold: "",
    thresholdSource: "",
    descriptionDa: "",
    descriptionEn: "",
    ...patch,
  });

  it("holds the four criteria of almenboligloven § 61 a with their thresholds", () => {
    const rows = db().select().from(measures).all();
    expect(rows.map((m) => [m.code, m.direction, m.threshold, m.thresholdInclusive, m.thresholdSource])).toEqual([
      ["uden-for-arbejde", "lower", 40, false, "Almenboligloven § 61 a, stk. 1, nr. 1"],
      ["doemte", "lower", 300, true, "Almenboligloven § 61 a, stk. 1, nr. 2"],
      ["grundskole", "lower", 60, false, "Almenboligloven § 61 a, stk. 1, nr. 3"],
      ["indkomst", "higher", 55, false, "Almenboligloven § 61 a, stk. 1, nr. 4"],
    ]);
  });

  it("creates a measure with a threshold typed in Danish, and audits it", async () => {
    const before = audits();
    const res = await callAction(measureList, {
      path: "/admin/statistics",
      as: "admin",
      form: measure({ threshold: "12,5", thresholdInclusive: "on", thresholdSource: "Egen grænse" }),
    });
    expect(res.status).toBe(303);
    expect(res.location).toMatch(/^\/admin\/statistics\/boligstoette\?saved=measureCreated/);
    expect(db().select().from(measures).where(eq(measures.code, "boligstoette")).get()).toMatchObject({
      threshold: 12.5,
      thresholdInclusive: true,
      sortOrder: 5,
    });
    expect(audits()).toBe(before + 1);
  });

  it.each([
    ["a code that exists", { code: "doemte" }, "code", "measure.error.codeTaken"],
    ["a code with a Danish letter", { code: "dømte-2" }, "code", "form.slug.invalid"],
    ["no Danish name", { code: "x-1", nameDa: " " }, "nameDa", "form.required"],
    ["an ambiguous threshold", { code: "x-2", threshold: "12.5" }, "threshold", "form.number.ambiguous"],
    ["an unknown direction", { code: "x-3", direction: "sideways" }, "direction", "form.invalid"],
  ])("refuses %s with 400 beside the field", async (_label, patch, field, key) => {
    const res = await callAction(measureList, { path: "/admin/statistics", as: "admin", form: measure(patch) });
    expect(res.status).toBe(400);
    expect(res.data).toMatchObject({ errors: { [field]: [key] } });
  });

  it("changes a measure against its version; a stale form gets 409 and what is stored", async () => {
    const before = db().select().from(measures).where(eq(measures.code, "grundskole")).get();
    const form = measure({
      nameDa: "Kun grundskole (30–59 år)",
      nameEn: "Basic schooling only (aged 30–59)",
      threshold: "60",
      version: String(before?.version),
    });
    const { code: _code, ...changes } = form;
    const ok = await callAction(measureEdit, {
      path: "/admin/statistics/grundskole",
      params: { code: "grundskole" },
      as: "admin",
      form: changes,
    });
    expect(ok.status).toBe(303);
    expect(db().select().from(measures).where(eq(measures.code, "grundskole")).get()).toMatchObject({
      nameDa: "Kun grundskole (30–59 år)",
      version: 2,
    });
    const stale = await callAction(measureEdit, {
      path: "/admin/statistics/grundskole",
      params: { code: "grundskole" },
      as: "admin",
      form: changes,
    });
    expect(stale.status).toBe(409);
    expect(stale.data).toMatchObject({ current: { nameDa: "Kun grundskole (30–59 år)", threshold: "60" } });
  });

  it("answers 404 for an unknown measure", async () => {
    expect((await callLoader(measureEdit, { path: "/admin/statistics/nope", params: { code: "nope" }, as: "admin" })).status).toBe(404);
  });
});

describe("a single figure", () => {
  it("creates a figure typed in Danish, with its source and date, and audits it", async () => {
    const before = audits();
    const res = await callAction(valuePage, {
      ...valuePath("korsloekken", 2026),
      as: "admin",
      form: { intent: "save", value: "33,9", source: "Danmarks Statistik", sourceDate: "2026-12-01" },
    });
    expect(res.status).toBe(303);
    expect(res.location).toMatch(/^\/admin\/statistics\/uden-for-arbejde\?saved=statistic/);
    expect(figure("korsloekken", "uden-for-arbejde", 2026)).toMatchObject({
      value: 33.9,
      source: "Danmarks Statistik",
      sourceDate: "2026-12-01",
      version: 1,
    });
    expect(audits()).toBe(before + 1);
  });

  it("changes a stored figure against its version; the stale form gets 409 with the stored one", async () => {
    const stored = figure("vollsmose", "uden-for-arbejde", 2025);
    expect(stored).toMatchObject({ value: 41.3, source: ILLUSTRATIVE_SOURCE, sourceDate: null });
    const form = { intent: "save", value: "41.0", source: "Danmarks Statistik", version: String(stored?.version) };
    // In Danish "41.0" could be forty-one thousand written carelessly: refused with an example, never guessed.
    const danish = await callAction(valuePage, { ...valuePath("vollsmose", 2025), as: "admin", form });
    expect(danish.status).toBe(400);
    expect(danish.data).toMatchObject({ errors: { value: ["form.number.ambiguous"] } });
    // In English it is forty-one.
    expect((await callAction(valuePage, { ...valuePath("vollsmose", 2025), as: "admin", lang: "en", form })).status).toBe(303);
    expect(figure("vollsmose", "uden-for-arbejde", 2025)).toMatchObject({ value: 41, source: "Danmarks Statistik", version: 2 });
    const stale = await callAction(valuePage, { ...valuePath("vollsmose", 2025), as: "admin", form: { ...form, value: "40" } });
    expect(stale.status).toBe(409);
    expect(stale.data).toMatchObject({ current: { value: "41", source: "Danmarks Statistik" } });
    // A form opened when there was no figure (no version) is stale too once one exists.
    const blind = await callAction(valuePage, {
      ...valuePath("vollsmose", 2025),
      as: "admin",
      form: { intent: "save", value: "1", source: "x" },
    });
    expect(blind.status).toBe(409);
    expect(figure("vollsmose", "uden-for-arbejde", 2025)?.value).toBe(41);
  });

  it.each([
    ["no value", { value: "" }, "value", "form.required"],
    ["a value that is not a number", { value: "fyrre" }, "value", "form.number.invalid"],
    ["an ambiguous value", { value: "12.5" }, "value", "form.number.ambiguous"],
    ["no source", { source: "   " }, "source", "form.required"],
    ["a date that is not one", { sourceDate: "2026-02-30" }, "sourceDate", "form.date"],
  ])("refuses %s with 400 beside the field, and writes nothing", async (_label, patch, field, key) => {
    const res = await callAction(valuePage, {
      ...valuePath("ejerslykke", 2026),
      as: "admin",
      form: { intent: "save", value: "30", source: "Danmarks Statistik", ...patch },
    });
    expect(res.status).toBe(400);
    expect(res.data).toMatchObject({ errors: { [field]: [key] } });
    expect(figure("ejerslykke", "uden-for-arbejde", 2026)).toBeUndefined();
  });

  it("deletes a figure against its version", async () => {
    const stored = figure("ejerslykke", "uden-for-arbejde", 2021);
    const res = await callAction(valuePage, {
      ...valuePath("ejerslykke", 2021),
      as: "admin",
      form: { intent: "delete", version: String(stored?.version) },
    });
    expect(res.status).toBe(303);
    expect(figure("ejerslykke", "uden-for-arbejde", 2021)).toBeUndefined();
  });

  it("answers 404 for an unknown area or measure, and 400 for a year outside 1990–2100", async () => {
    expect((await callLoader(valuePage, { ...valuePath("atlantis", 2025), as: "admin" })).status).toBe(404);
    expect((await callLoader(valuePage, { ...valuePath("vollsmose", 2025, "nope"), as: "admin" })).status).toBe(404);
    for (const year of ["1989", "2101", "20x5", ""]) {
      expect((await callLoader(valuePage, { ...valuePath("vollsmose", year), as: "admin" })).status).toBe(400);
    }
  });

  it.each<Who>(["managerVollsmose", "managerKorsloekken", "board", "fundraiser"])(
    "refuses %s's writes with 403 whatever is sent",
    async (who) => {
      const before = figure("solbakken-rising", "uden-for-arbejde", 2025);
      const form = { intent: "save", value: "1", source: "x", version: String(before?.version) };
      expect((await callAction(valuePage, { ...valuePath("solbakken-rising", 2025), as: who, form })).status).toBe(403);
      expect(
        (await callAction(valuePage, { ...valuePath("solbakken-rising", 2025), as: who, form: { intent: "delete", version: "1" } })).status,
      ).toBe(403);
      expect((await callAction(valuePage, { ...valuePath("solbakken-rising", 2025), as: who, form: {} })).status).toBe(403);
      expect((await callAction(measureList, { path: "/admin/statistics", as: who, form: { code: "x" } })).status).toBe(403);
      expect(
        (await callAction(measureEdit, { path: "/admin/statistics/doemte", params: { code: "doemte" }, as: who, form: { nameDa: "x" } }))
          .status,
      ).toBe(403);
      expect(figure("solbakken-rising", "uden-for-arbejde", 2025)).toEqual(before);
    },
  );
});

describe("importStatisticRows: the entry point of the spreadsheet import", () => {
  const row = (patch: Record<string, unknown> = {}) => ({
    area: "Skt. Klemensparken",
    year: "2026",
    // The English name (its Danish one was changed above), any case.
    measure: "basic schooling only (aged 30–59)",
    value: "38,5",
    source: "Danmarks Statistik",
    ...patch,
  });

  it("previews without saving, naming what each row would do", () => {
    const before = audits();
    const result = importStatisticRows(
      [row(), row({ area: "ejerslykke", measure: "INDKOMST", year: 2025, value: 63, source: ILLUSTRATIVE_SOURCE })],
      1,
      { dryRun: true, locale: "da" },
    );
    expect(result).toEqual({
      saved: false,
      rows: [
        { errors: {}, change: "create" },
        { errors: {}, change: "unchanged" },
      ],
    });
    expect(figure("skt-klemensparken", "grundskole", 2026)).toBeUndefined();
    expect(audits()).toBe(before);
  });

  it("gives each bad row its errors by column, and then saves nothing", () => {
    const result = importStatisticRows(
      [
        row(),
        row({ area: "Atlantis" }),
        row({ measure: "Lykke" }),
        row({ year: "1989" }),
        row({ value: "mange" }),
        row({ source: "" }),
        row({ date: "31.12.2025" }),
        row(),
      ],
      1,
      { dryRun: false, locale: "da" },
    );
    expect(result.saved).toBe(false);
    expect(result.rows.map((r) => r.errors)).toEqual([
      {},
      { area: ["statistics.error.areaUnknown"] },
      { measure: ["statistics.error.measureUnknown"] },
      { year: ["statistics.error.year"] },
      { value: ["form.number.invalid"] },
      { source: ["form.required"] },
      { date: ["form.date"] },
      // The same area, measure and year as the first row.
      { year: ["statistics.error.duplicate"] },
    ]);
    expect(figure("skt-klemensparken", "grundskole", 2026)).toBeUndefined();
  });

  it("reads text numbers in the file's language: 1.050,5 in Danish, 1,050.5 in English; the other way round is refused", () => {
    const english = importStatisticRows([row({ value: "1,050.5" }), row({ area: "korsloekken", value: "12,5" })], 1, {
      dryRun: true,
      locale: "en",
    });
    expect(english.rows.map((r) => r.errors)).toEqual([{}, { value: ["form.number.ambiguous"] }]);
    const danish = importStatisticRows([row({ value: "1.050,5" }), row({ area: "korsloekken", value: "12.5" })], 1, {
      dryRun: true,
      locale: "da",
    });
    expect(danish.rows.map((r) => r.errors)).toEqual([{}, { value: ["form.number.ambiguous"] }]);
    expect(danish.saved).toBe(false);
  });

  it("saves clean rows in one go, with an audit row each; cells may be numbers and dates as Excel gives them", () => {
    const before = audits();
    const result = importStatisticRows(
      [row(), row({ area: "korsloekken", measure: "doemte", year: 2026, value: 165.5, date: new Date("2026-12-01T00:00:00Z") })],
      1,
      { dryRun: false, locale: "da" },
    );
    expect(result).toEqual({
      saved: true,
      rows: [
        { errors: {}, change: "create" },
        { errors: {}, change: "create" },
      ],
    });
    expect(figure("skt-klemensparken", "grundskole", 2026)).toMatchObject({ value: 38.5, source: "Danmarks Statistik", sourceDate: null });
    expect(figure("korsloekken", "doemte", 2026)).toMatchObject({ value: 165.5, sourceDate: "2026-12-01" });
    expect(audits()).toBe(before + 2);
    // Again: the same figures are unchanged; a new value overwrites.
    const again = importStatisticRows([row(), row({ value: "39" })].slice(0, 1), 1, { dryRun: false, locale: "da" });
    expect(again.rows[0]?.change).toBe("unchanged");
    expect(importStatisticRows([row({ value: "39" })], 1, { dryRun: false, locale: "da" }).rows[0]?.change).toBe("update");
    expect(figure("skt-klemensparken", "grundskole", 2026)).toMatchObject({ value: 39, version: 2 });
  });
});

describe("where the board looks", () => {
  it("/areas/:slug gives each measure's latest figure with its source, trend and criterion", async () => {
    const res = await callLoader(areaPage, { path: "/areas/korsloekken", params: { slug: "korsloekken" }, as: "board" });
    expect(res.status).toBe(200);
    const { measures: rows, years } = (res.data as { statistics: { measures: AreaMeasure[]; years: number[] } }).statistics;
    expect(years).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
    const income = rows.find((m) => m.measure.code === "indkomst");
    expect(income?.latest).toMatchObject({ year: 2025, value: 59.2, source: ILLUSTRATIVE_SOURCE, meets: false });
    expect(income?.trend).toMatchObject({ first: { year: 2021, value: 56.1 }, better: true });
  });

  it("/compare gives the measures side by side for the chosen year, each with its source, and the shared indicators", async () => {
    const res = await callLoader(compare, { path: "/compare?areas=vollsmose,korsloekken&year=2024", as: "board" });
    const data = res.data as { statistics: CompareStatistics; outcomes: { name: string; cells: Record<string, unknown> }[] };
    expect(data.statistics.year).toBe(2024);
    const outside = data.statistics.rows.find((r) => r.measure.code === "uden-for-arbejde");
    expect(outside?.cells).toEqual({
      korsloekken: { year: 2024, value: 35.2, source: ILLUSTRATIVE_SOURCE, sourceDate: null, meets: false },
      vollsmose: { year: 2024, value: 42.5, source: ILLUSTRATIVE_SOURCE, sourceDate: null, meets: true },
    });
    expect(data.outcomes.map((o) => o.name)).toEqual(["Beboere i job eller uddannelse efter forløb", "Unge i fritidsjob"]);
  });

  it("/compare ignores a year with no figures, with a notice, and shows the latest", async () => {
    const res = await callLoader(compare, { path: "/compare?areas=vollsmose,korsloekken&year=1995", as: "board" });
    const data = res.data as { statistics: CompareStatistics; ignored: { param: string; value: string }[] };
    expect(data.statistics.year).toBe(2026);
    expect(data.ignored).toContainEqual({ param: "year", value: "1995" });
  });

  it("the measure's trend downloads as CSV from /compare and from the dashboard", async () => {
    const fromCompare = await callLoader(compareCsv, {
      path: "/compare.csv?areas=vollsmose,korsloekken&chart=measure-trend&measure=indkomst",
      as: "board",
    });
    expect(fromCompare.status).toBe(200);
    expect(fromCompare.text.split("\r\n").slice(0, 3)).toEqual(["År,Vollsmose,Korsløkken", "2021,51.8,56.1", "2022,52.9,56.8"]);
    const fromDashboard = await callLoader(dashboardCsv, {
      path: "/dashboard.csv?area=vollsmose&chart=measure-trend&measure=doemte",
      as: "board",
    });
    expect(fromDashboard.text.split("\r\n")[1]).toBe("2021,262");
    expect((await callLoader(compareCsv, { path: "/compare.csv?areas=vollsmose,korsloekken&chart=nope", as: "board" })).status).toBe(404);
  });
});

describe("the audit log", () => {
  it("says in words what happened to a figure and a measure, and links them", async () => {
    const res = await callLoader(auditPage, { path: "/admin/audit?entity=statistic", as: "admin" });
    const entries = (res.data as { entries: AuditEntryView[] }).entries;
    const created = entries.find(
      (e) =>
        e.what === "Områdestatistik tilføjet" &&
        e.subject?.label.startsWith("Uden for arbejdsmarked og uddannelse (18–64 år), Korsløkken 2026"),
    );
    expect(created?.subject).toEqual({
      label: "Uden for arbejdsmarked og uddannelse (18–64 år), Korsløkken 2026",
      href: "/admin/statistics/uden-for-arbejde/value?area=korsloekken&year=2026",
    });
    expect(created?.changes).toEqual([
      { field: "Boligområde", before: "", after: "Korsløkken" },
      { field: "Statistikmål", before: "", after: "Uden for arbejdsmarked og uddannelse (18–64 år)" },
      { field: "År", before: "", after: "2026" },
      { field: "Tal", before: "", after: "33,9" },
      { field: "Kilde", before: "", after: "Danmarks Statistik" },
      { field: "Tallets dato", before: "", after: "1. dec. 2026" },
    ]);
    expect(entries.map((e) => e.what)).toContain("Områdestatistik slettet");
    const measuresLog = await callLoader(auditPage, { path: "/admin/audit?entity=measure", as: "admin", lang: "en" });
    const changed = (measuresLog.data as { entries: AuditEntryView[] }).entries.find((e) => e.what === "Statistics measure changed");
    expect(changed?.subject).toEqual({ label: "Basic schooling only (aged 30–59)", href: "/admin/statistics/grundskole" });
    expect(changed?.changes.map((c) => c.field)).toContain("Name (Danish)");
  });
});
