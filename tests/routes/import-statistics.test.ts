import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";

import * as statisticsCsv from "../../app/routes/admin.statistics[.]csv";
import * as statisticsXlsx from "../../app/routes/admin.statistics[.]xlsx";
import * as importPage from "../../app/routes/import._index";
import * as importResult from "../../app/routes/import.$importId";
import * as template from "../../app/routes/import.template";
import { getDb } from "../../db/client.server";
import { danish as inDanish, shown } from "../setup/refusal";
import { callAction, callLoader, signIn, TEST_ORIGIN, type Who } from "../setup/route-harness";

/**
 * /import with `kind=statistics` (issue 14): area statistics from a spreadsheet, administrators only. The
 * preview names each bad row and column; confirming saves every figure in one transaction with audit rows;
 * a figure changed between the preview and the confirmation refuses the whole file (409); the export of
 * /admin/statistics imports back unchanged; templates in Danish and English.
 */
type Preview = {
  counts: { create: number; update: number; unchanged: number };
  errors: { line: number; column: string | null; message: string }[];
  errorCount: number;
  unknownHeaders: string[];
  missing: string[];
};
type Answer = { status: number; location: string | null; data: { type?: string; message?: string; importId?: string; preview?: Preview } };

const db = () => getDb().$client;
const count = (table: string) => (db().prepare(`select count(*) n from ${table}`).get() as { n: number }).n;
type Figure = { id: number; value: number; source: string; source_date: string | null; version: number };
const figure = (area: string, code: string, year: number) =>
  db()
    .prepare(
      `select s.id, s.value, s.source, s.source_date, s.version from area_statistics s
       join areas a on a.id = s.area_id join measures m on m.id = s.measure_id
       where a.slug = ? and m.code = ? and s.year = ?`,
    )
    .get(area, code, year) as Figure | undefined;

const cookies = new Map<Who, string>();
async function cookieOf(as: Who): Promise<string> {
  if (as === "anonymous") return "";
  let cookie = cookies.get(as);
  if (!cookie) cookies.set(as, (cookie = await signIn(as)));
  return cookie;
}

async function upload(as: Who, kind: string, content: Uint8Array | string, fileName = "statistik.csv"): Promise<Answer> {
  const form = new FormData();
  form.set("kind", kind);
  const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
  form.set("file", new File([new Uint8Array(bytes)], fileName));
  const headers = new Headers({ Origin: TEST_ORIGIN, Cookie: await cookieOf(as) });
  const request = new Request(`${TEST_ORIGIN}/import?index`, { method: "POST", body: form, headers });
  try {
    const response = (await importPage.action({ request, params: {}, context: {} as never })) as Response;
    const text = await response.text();
    return { status: response.status, location: response.headers.get("Location"), data: text ? (JSON.parse(text) as Answer["data"]) : {} };
  } catch (error) {
    if (error instanceof Response) return { status: error.status, location: null, data: {} };
    throw error;
  }
}

async function confirm(as: Who, importId: string): Promise<Answer> {
  const res = await callAction(importPage, { path: "/import?index", as, form: { intent: "confirm", importId }, thenLoader: false });
  return { status: res.status, location: res.location, data: (typeof res.data === "object" && res.data ? res.data : {}) as Answer["data"] };
}

function preview(answer: Answer): Preview {
  expect(answer.data.type, JSON.stringify(answer.data)).toBe("preview");
  return answer.data.preview as Preview;
}

const errorsOf = (answer: Answer) => preview(answer).errors.map((e) => `${e.line} ${e.column ?? "-"} ${e.message}`);

/** A file as Danish Excel saves a CSV: semicolons, decimal commas, Danish headers. */
const danish = (...rows: string[]) => ["Boligområde;År;Statistik;Værdi;Kilde;Dato for tallet", ...rows].join("\r\n");
const decimalComma = (n: number) => String(n).replace(".", ",");

async function download(route: typeof statisticsXlsx | typeof template, path: string, lang: "da" | "en" = "da"): Promise<Uint8Array> {
  const cookie = [await cookieOf("admin"), lang === "en" ? `lang=${encodeURIComponent(btoa(JSON.stringify("en")))}` : ""]
    .filter(Boolean)
    .join("; ");
  const response = await route.loader({
    request: new Request(`${TEST_ORIGIN}${path}`, { headers: { Cookie: cookie } }),
    params: {},
    context: {} as never,
  });
  expect(response.status).toBe(200);
  return new Uint8Array(await response.arrayBuffer());
}

describe("round trip", () => {
  it("imports /admin/statistics.csv and .xlsx as exported: 0 changes", async () => {
    const figures = count("area_statistics");
    expect(figures).toBeGreaterThan(0);
    const exported = await callLoader(statisticsCsv, { path: "/admin/statistics.csv", as: "admin" });
    expect(exported.text.split("\r\n")[0]).toBe("boligomraade,aar,statistik,vaerdi,kilde,dato");
    const fromCsv = preview(await upload("admin", "statistics", exported.text));
    expect(fromCsv.errors).toEqual([]);
    expect(fromCsv.unknownHeaders).toEqual([]);
    expect(fromCsv.counts).toEqual({ create: 0, update: 0, unchanged: figures });
    for (const lang of ["da", "en"] as const) {
      const file = await download(statisticsXlsx, "/admin/statistics.xlsx", lang);
      const fromXlsx = preview(await upload("admin", "statistics", file, "statistik.xlsx"));
      expect(fromXlsx.errors, lang).toEqual([]);
      expect(fromXlsx.counts, lang).toEqual({ create: 0, update: 0, unchanged: figures });
    }
  });
});

describe("preview, then confirm", () => {
  it("previews (200) without saving, then saves every figure with its audit row (303 to the result)", async () => {
    const stored = figure("korsloekken", "doemte", 2025);
    const same = figure("vollsmose", "indkomst", 2024);
    if (!stored || !same) throw new Error("the demo has these figures");
    const file = danish(
      "Vollsmose;2026;uden-for-arbejde;41,3;Danmarks Statistik;01-12-2026",
      `korsloekken;2025;dømte i forhold til landsgennemsnittet;${decimalComma(stored.value + 10)};Ministeriets liste;`,
      `Vollsmose;2024;INDKOMST;${decimalComma(same.value)};${same.source};${same.source_date ?? ""}`,
    );
    const figures = count("area_statistics");
    const answer = await upload("admin", "statistics", file);
    expect(answer.status).toBe(200);
    expect(errorsOf(answer)).toEqual([]);
    expect(preview(answer).counts).toEqual({ create: 1, update: 1, unchanged: 1 });
    expect(count("area_statistics")).toBe(figures);
    expect(figure("korsloekken", "doemte", 2025)).toEqual(stored);

    const audits = count("audit_log");
    const importId = answer.data.importId ?? "";
    const saved = await confirm("admin", importId);
    expect([saved.status, saved.location]).toEqual([303, `/import/${importId}`]);
    expect(figure("vollsmose", "uden-for-arbejde", 2026)).toMatchObject({
      value: 41.3,
      source: "Danmarks Statistik",
      source_date: "2026-12-01",
      version: 1,
    });
    expect(figure("korsloekken", "doemte", 2025)).toMatchObject({
      value: stored.value + 10,
      source: "Ministeriets liste",
      version: stored.version + 1,
    });
    expect(figure("vollsmose", "indkomst", 2024)).toEqual(same);
    // One audit row per figure written, and one for the import.
    expect(count("audit_log")).toBe(audits + 3);
    const actions = db().prepare("select action from audit_log order by id desc limit 3").all() as { action: string }[];
    expect(actions.map((a) => a.action).sort()).toEqual(["import.save", "statistic.create", "statistic.update"]);

    const result = await callLoader(importResult, { path: `/import/${importId}`, params: { importId }, as: "admin" });
    expect(result.data).toMatchObject({
      listPath: "/admin/statistics",
      created: [{ title: "Uden for arbejdsmarked og uddannelse (18–64 år): Vollsmose 2026", href: "/admin/statistics/uden-for-arbejde" }],
      updated: [{ href: "/admin/statistics/doemte" }],
      unchanged: 1,
    });
  });

  it("refuses a preview gone stale (409): a figure it read was changed or added before the confirmation; nothing saved", async () => {
    const stored = figure("ejerslykke", "grundskole", 2023);
    if (!stored) throw new Error("the demo has this figure");
    const file = danish("Ejerslykke;2023;grundskole;12,5;Danmarks Statistik;", "Ejerslykke;2027;grundskole;13;Danmarks Statistik;");
    const changed = await upload("admin", "statistics", file);
    expect(preview(changed).counts).toEqual({ create: 1, update: 1, unchanged: 0 });
    // Someone saves the figure on its own page meanwhile.
    db().prepare("update area_statistics set value = 99, version = version + 1 where id = ?").run(stored.id);
    const refused = await confirm("admin", changed.data.importId ?? "");
    expect([refused.status, refused.data.message]).toEqual([409, inDanish("import.problem.changed")]);
    expect(figure("ejerslykke", "grundskole", 2023)).toMatchObject({ value: 99 });
    expect(figure("ejerslykke", "grundskole", 2027)).toBeUndefined();

    // A figure the file would create is entered by hand meanwhile: the same.
    const created = await upload("admin", "statistics", danish("Ejerslykke;2028;grundskole;13;Danmarks Statistik;"));
    expect(preview(created).counts.create).toBe(1);
    const areaId = (db().prepare("select id from areas where slug = 'ejerslykke'").get() as { id: number }).id;
    const measureId = (db().prepare("select id from measures where code = 'grundskole'").get() as { id: number }).id;
    db()
      .prepare("insert into area_statistics (measure_id, area_id, year, value, source) values (?, ?, 2028, 14, 'Hånd')")
      .run(measureId, areaId);
    expect((await confirm("admin", created.data.importId ?? "")).status).toBe(409);
    expect(figure("ejerslykke", "grundskole", 2028)).toMatchObject({ value: 14, version: 1 });

    // Uploaded again, the file is checked against what is stored now and saves.
    const again = await upload("admin", "statistics", file);
    expect((await confirm("admin", again.data.importId ?? "")).status).toBe(303);
    expect(figure("ejerslykke", "grundskole", 2023)).toMatchObject({ value: 12.5 });
  });
});

describe("row errors", () => {
  it("names each bad row and column (unknown area or measure, year, not a number, duplicate) and confirming saves nothing (400)", async () => {
    const file = danish(
      "Vollsmose;2026;grundskole;20;Danmarks Statistik;",
      "Atlantis;2026;grundskole;20;Danmarks Statistik;",
      "Vollsmose;2026;lykke;20;Danmarks Statistik;",
      "Vollsmose;1989;grundskole;20;Danmarks Statistik;",
      "Vollsmose;2101;grundskole;20;Danmarks Statistik;",
      "Vollsmose;2026;doemte;mange;Danmarks Statistik;",
      // A decimal point in a file Danish Excel saved (semicolons) is not guessed at.
      "Vollsmose;2026;indkomst;12.5;Danmarks Statistik;",
      "vollsmose;2026;Grundskole;21;Danmarks Statistik;",
      "Vollsmose;2026;uden-for-arbejde;20;;",
    );
    const figures = count("area_statistics");
    const answer = await upload("admin", "statistics", file);
    expect(answer.status).toBe(200);
    expect(errorsOf(answer)).toEqual([
      shown(3, "sheet.area", "statistics.error.areaUnknown"),
      shown(4, "sheet.measure", "statistics.error.measureUnknown"),
      shown(5, "sheet.year", "statistics.error.year"),
      shown(6, "sheet.year", "statistics.error.year"),
      shown(7, "sheet.value", "form.number.invalid"),
      shown(8, "sheet.value", "import.error.number.da"),
      // The same area, measure and year as row 2.
      shown(9, "sheet.year", "statistics.error.duplicate"),
      shown(10, "sheet.source", "form.required"),
    ]);
    expect(preview(answer).counts.create).toBe(1);
    const refused = await confirm("admin", answer.data.importId ?? "");
    expect(refused.status).toBe(400);
    expect(refused.data.preview?.errorCount).toBe(8);
    expect(count("area_statistics")).toBe(figures);
  });

  it("reads a comma-separated file with decimal points, and names the columns a file lacks", async () => {
    const answer = await upload(
      "admin",
      "statistics",
      'area,year,measure,value,source\r\nvollsmose,2029,grundskole,"1,050.5",DST\r\nvollsmose,2030,grundskole,"12,5",DST',
    );
    expect(errorsOf(answer)).toEqual([shown(3, "sheet.value", "import.error.number.en")]);
    expect(preview(answer).counts.create).toBe(1);
    const lacking = preview(await upload("admin", "statistics", "area;year;measure\r\nvollsmose;2029;grundskole"));
    expect(lacking.missing).toEqual([inDanish("sheet.value"), inDanish("sheet.source")]);
  });
});

describe("who may import statistics", () => {
  it("refuses managers, the board and fundraisers (403) whatever they send, and their templates and exports", async () => {
    for (const who of ["managerVollsmose", "board", "fundraiser"] as const) {
      expect((await upload(who, "statistics", danish("Vollsmose;2026;grundskole;20;Danmarks Statistik;"))).status, who).toBe(403);
      expect((await upload(who, "statistics", "not a spreadsheet \u0000")).status, who).toBe(403);
      expect((await callLoader(template, { path: "/import/template?kind=statistics", as: who })).status, who).toBe(403);
      expect((await callLoader(statisticsCsv, { path: "/admin/statistics.csv", as: who })).status, who).toBe(403);
    }
    // The kind is not offered to them.
    const page = await callLoader(importPage, { path: "/import", as: "managerVollsmose" });
    expect((page.data as { kinds: { name: string }[] }).kinds.map((k) => k.name)).toEqual(["activities"]);
    const admin = await callLoader(importPage, { path: "/import", as: "admin" });
    expect((admin.data as { kinds: { name: string; exportPath: string }[] }).kinds).toContainEqual(
      expect.objectContaining({ name: "statistics", exportPath: "/admin/statistics.xlsx" }),
    );
  });

  it("refuses a staged statistics import confirmed by someone whose role changed (403)", async () => {
    const answer = await upload("admin", "statistics", danish("Vollsmose;2031;grundskole;20;Danmarks Statistik;"));
    const importId = answer.data.importId ?? "";
    db().prepare("update users set role = 'board' where id = (select user_id from staged_imports where id = ?)").run(importId);
    try {
      expect((await confirm("admin", importId)).status).toBe(403);
    } finally {
      db().prepare("update users set role = 'admin' where id = (select user_id from staged_imports where id = ?)").run(importId);
    }
    expect(figure("vollsmose", "grundskole", 2031)).toBeUndefined();
  });
});

describe("templates", () => {
  it("offers Danish and English templates as Excel (with a help sheet) and CSV, and each imports", async () => {
    for (const lang of ["da", "en"] as const) {
      const xlsx = await download(template, `/import/template?kind=statistics&format=xlsx&lang=${lang}`);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(xlsx) as unknown as ExcelJS.Buffer);
      expect(workbook.worksheets.map((w) => w.name)).toEqual(
        lang === "da" ? ["Områdestatistik", "Vejledning"] : ["Area statistics", "Help"],
      );
      expect(workbook.worksheets[0]?.getRow(1).values).toEqual(
        lang === "da"
          ? [undefined, "Boligområde", "År", "Statistik", "Værdi", "Kilde", "Dato for tallet"]
          : [undefined, "Housing area", "Year", "Measure", "Value", "Source", "Date of the figure"],
      );
      const fromXlsx = preview(await upload("admin", "statistics", xlsx, "skabelon.xlsx"));
      expect(fromXlsx.errors, lang).toEqual([]);
      expect(fromXlsx.counts.create + fromXlsx.counts.update + fromXlsx.counts.unchanged, lang).toBe(1);

      const csv = await callLoader(template, { path: `/import/template?kind=statistics&format=csv&lang=${lang}`, as: "admin" });
      expect(csv.text.split("\r\n")[0], lang).toBe(
        lang === "da" ? "boligomraade,aar,statistik,vaerdi,kilde,dato" : "area,year,measure,value,source,date",
      );
      const fromCsv = preview(await upload("admin", "statistics", csv.text));
      expect(fromCsv.errors, lang).toEqual([]);
    }
  });
});
