import Database from "better-sqlite3";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { DEMO_USERS, englishCookie, request, signIn, startServer, type TestServer } from "../setup/server";

/**
 * What the built server does with spreadsheets: the Excel downloads as sent (typed cells, number formats,
 * frozen header, auto-filter), and /import over HTTP (server.ts lets a 5 MB file through to /import only).
 */
let server: TestServer;
let db: Database.Database;
let admin = "";

beforeAll(async () => {
  server = await startServer();
  db = new Database(server.dbFile);
  admin = await signIn(server, DEMO_USERS.admin);
});

afterAll(async () => {
  db.close();
  await server.stop();
  expect(server.stderr()).toBe("");
});

async function workbook(path: string, cookie = admin): Promise<ExcelJS.Workbook> {
  const res = await request(server, path, { cookie });
  expect(res.status, path).toBe(200);
  expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  expect(res.headers.get("cache-control")).toBe("private, no-store");
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await res.arrayBuffer()) as ExcelJS.Buffer);
  return book;
}

/** A column's cells below the header, by its header. */
function column(sheet: ExcelJS.Worksheet, header: string): ExcelJS.Cell[] {
  const index = (sheet.getRow(1).values as unknown[]).indexOf(header);
  expect(index, header).toBeGreaterThan(0);
  const cells: ExcelJS.Cell[] = [];
  sheet.eachRow((row, n) => n > 1 && cells.push(row.getCell(index)));
  return cells;
}

describe("Excel downloads", () => {
  it("/activities.xlsx: Danish headers, frozen and filtered, money as numbers in kroner, dates as dates, the list's filters", async () => {
    const book = await workbook("/activities.xlsx?area=vollsmose");
    const sheet = book.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.name).toBe("Aktiviteter");
    expect(sheet.getRow(1).getCell(2).value).toBe("Titel");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getRow(1).getCell(2).font?.bold).toBe(true);
    expect(sheet.getRow(2).getCell(2).font?.bold).not.toBe(true);
    const budgets = column(sheet, "Budget (kr.)");
    expect(budgets.every((c) => typeof c.value === "number")).toBe(true);
    expect(budgets[0]?.numFmt).toBe('#,##0 "kr."');
    const starts = column(sheet, "Start").filter((c) => c.value !== null);
    expect(starts.length).toBeGreaterThan(0);
    expect(starts.every((c) => c.value instanceof Date)).toBe(true);
    const inVollsmose = (
      db.prepare("select count(*) n from activity_areas aa join areas a on a.id = aa.area_id where a.slug = 'vollsmose'").get() as {
        n: number;
      }
    ).n;
    expect(sheet.rowCount - 1).toBe(inVollsmose);
  });

  it("/dashboard.xlsx has a sheet per chart table; /compare.xlsx and /funding.xlsx their tables", async () => {
    const dashboard = await workbook("/dashboard.xlsx");
    expect(dashboard.worksheets).toHaveLength(5);
    const greenShare = dashboard.worksheets[3] as ExcelJS.Worksheet;
    expect(greenShare.getRow(2).getCell(2).numFmt).toBe("0.0%");
    const compare = await workbook("/compare.xlsx?areas=vollsmose,korsloekken");
    const figures = compare.worksheets[0] as ExcelJS.Worksheet;
    expect((figures.getRow(1).values as unknown[]).slice(1)).toEqual(["Nøgletal", "Vollsmose", "Korsløkken"]);
    const funding = await workbook("/funding.xlsx");
    expect(column(funding.worksheets[0] as ExcelJS.Worksheet, "Mangler (kr.)").every((c) => typeof c.value === "number")).toBe(true);
  });
});

function multipart(kind: string, content: Uint8Array | string, fileName: string): FormData {
  const form = new FormData();
  form.set("kind", kind);
  form.set("file", new File([typeof content === "string" ? content : new Uint8Array(content)], fileName));
  return form;
}

const post = (path: string, body: FormData | string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${path}`, { method: "POST", redirect: "manual", body, headers: { Cookie: admin, Origin: server.url, ...headers } });

describe("/import over HTTP", () => {
  it("previews a file with a bad row, naming row and column, then a fixed one is confirmed by a plain form (303)", async () => {
    const header = "titel;indsatsområde;helhedsplan;boligområder;status;budget_kr";
    const bad = `${header}\r\nHTTP-import;Beskæftigelse;vollsmose-current;Vollsmose;idé;1.000\r\nHTTP-import 2;Beskæftigelse;vollsmose-current;Vollsmose;idé;12,5`;
    const refused = await post("/import?index", multipart("activities", bad, "fil.csv"));
    expect(refused.status).toBe(200);
    const page = await refused.text();
    expect(page).toContain("Række 3");
    expect(page).toContain("Budget (kr.)");
    expect(page).not.toContain('name="intent" value="confirm"');
    const english = await post("/import?index", multipart("activities", bad, "fil.csv"), { Cookie: `${admin}; ${await englishCookie()}` });
    const englishPage = await english.text();
    expect(englishPage).toContain("Row 3");
    expect(englishPage).toContain("Budget (DKK)");

    const fixed = await post("/import?index", multipart("activities", bad.replace("12,5", "12.500"), "fil.csv"));
    const preview = await fixed.text();
    const importId = /name="importId" value="([0-9a-f]{32})"/.exec(preview)?.[1] ?? "";
    expect(importId).toHaveLength(32);
    const saved = await post("/import?index", new URLSearchParams({ intent: "confirm", importId }).toString(), {
      "Content-Type": "application/x-www-form-urlencoded",
    });
    expect(saved.status).toBe(303);
    expect(saved.headers.get("location")).toBe(`/import/${importId}`);
    const result = await request(server, `/import/${importId}`, { cookie: admin });
    expect(await result.text()).toContain("HTTP-import 2");
    expect(db.prepare("select budget from activities where title = 'HTTP-import 2'").get()).toEqual({ budget: 12500 });
  });

  it("lets a file of up to 5 MB through to /import (a larger one is refused there with a message), and keeps 1 MB elsewhere", async () => {
    const justOver = `titel\r\n${"x".repeat(5 * 1024 * 1024)}`;
    const tooLarge = await post("/import?index", multipart("activities", justOver, "stor.csv"));
    expect(tooLarge.status).toBe(400);
    expect(await tooLarge.text()).toContain("Filen er større end 5 MB");

    const wayOver = await post("/import?index", multipart("activities", "x".repeat(7 * 1024 * 1024), "enorm.csv"));
    expect(wayOver.status).toBe(413);
    expect(await wayOver.text()).toContain("5 MB");

    const elsewhere = await post("/activities/new", multipart("activities", "x".repeat(2 * 1024 * 1024), "x.csv"));
    expect(elsewhere.status).toBe(413);
  });

  it("refuses a file that is neither CSV nor XLSX with 400 and says so", async () => {
    const res = await post("/import?index", multipart("activities", new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2]), "rapport.pdf"));
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("hverken en CSV-fil eller en Excel-fil");
  });
});
