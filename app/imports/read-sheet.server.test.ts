import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";

import { MAX_IMPORT_ROWS } from "../domain/imports";
import { xlsxBuffer } from "../utils/spreadsheet.server";
import { cellText, decodeText, readSpreadsheet } from "./read-sheet.server";

describe("decodeText", () => {
  it("reads UTF-8 with and without a BOM, UTF-16 with one, and Windows-1252 from older Excel", () => {
    const text = "Æble;Ørred;Ål";
    expect(decodeText(new TextEncoder().encode(text))).toBe(text);
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]))).toBe(text);
    expect(decodeText(new Uint8Array(iconv.encode(text, "windows-1252")))).toBe(text);
    expect(decodeText(new Uint8Array([0xff, 0xfe, ...iconv.encode(text, "utf-16le")]))).toBe(text);
  });
});

describe("cellText", () => {
  it("gives formulas as their values, dates as ISO dates, rich text and links as their text", () => {
    expect(cellText({ formula: "A1*2", result: 250000 })).toBe("250000");
    expect(cellText({ sharedFormula: "A1", result: "Vollsmose" } as ExcelJS.CellValue)).toBe("Vollsmose");
    expect(cellText(new Date(Date.UTC(2026, 5, 15)))).toBe("2026-06-15");
    expect(cellText({ richText: [{ text: "Bydels" }, { text: "søstre" }] })).toBe("Bydelssøstre");
    expect(cellText({ text: "Overblik", hyperlink: "https://example.org" })).toBe("Overblik");
    expect(cellText(12.5)).toBe("12.5");
    expect(cellText(null)).toBe("");
  });
});

describe("readSpreadsheet", () => {
  it("picks the separator from the header, keeps row numbers as the spreadsheet shows them, and skips empty rows", async () => {
    const csv = 'titel;budget_kr\r\n\r\n"Et ""citat""; med semikolon";"1.234"\r\n"To\r\nlinjer";2\r\n;\r\n\r\n';
    const read = await readSpreadsheet(new TextEncoder().encode(csv), "a.csv");
    expect(read).toEqual({
      ok: true,
      format: "csv",
      separator: ";",
      header: ["titel", "budget_kr"],
      rows: [
        { line: 3, cells: ['Et "citat"; med semikolon', "1.234"] },
        { line: 4, cells: ["To\r\nlinjer", "2"] },
      ],
    });
    const commas = await readSpreadsheet(new TextEncoder().encode('titel,budget_kr\nA,"1.234,50"'), "b.csv");
    expect(commas.ok && commas.rows).toEqual([{ line: 2, cells: ["A", "1.234,50"] }]);
    // The separator says how the file writes decimals (a statistics import reads `;` files with decimal commas).
    expect(commas.ok && commas.separator).toBe(",");
  });

  it("takes off the ' that our CSV exports put before text Excel would run as a formula", async () => {
    const read = await readSpreadsheet(new TextEncoder().encode("titel\n'=SUM(A1)\n'-frivillige\nDon't"), "c.csv");
    expect(read.ok && read.rows.map((r) => r.cells[0])).toEqual(["=SUM(A1)", "-frivillige", "Don't"]);
  });

  it("reads the first worksheet of a workbook, typed cells as text", async () => {
    const bytes = await xlsxBuffer(
      [
        {
          name: "Aktiviteter",
          columns: [
            { header: "Titel", type: "text" },
            { header: "Start", type: "date" },
            { header: "Budget (kr.)", type: "money" },
          ],
          rows: [["Nabohjælp", "2026-06-15", 1234567]],
        },
        { name: "Vejledning", columns: [{ header: "Kolonne", type: "text" }], rows: [["x"]] },
      ],
      "da",
    );
    expect(await readSpreadsheet(new Uint8Array(bytes), "d.xlsx")).toEqual({
      ok: true,
      format: "xlsx",
      header: ["Titel", "Start", "Budget (kr.)"],
      rows: [{ line: 2, cells: ["Nabohjælp", "2026-06-15", "1234567"] }],
    });
  });

  it("skips a hidden first worksheet, and counts the rows of one too long without keeping them", async () => {
    const workbook = async (rows: number) => {
      const book = new ExcelJS.Workbook();
      book.addWorksheet("Skjult", { state: "hidden" }).addRows([["Hemmelig"], ["x"]]);
      const sheet = book.addWorksheet("Aktiviteter");
      sheet.addRow(["Titel", "Budget (kr.)"]);
      sheet.addRow([]);
      for (let i = 1; i <= rows; i++) sheet.addRow([`Aktivitet ${i}`, i]);
      return new Uint8Array(await book.xlsx.writeBuffer());
    };
    expect(await readSpreadsheet(await workbook(MAX_IMPORT_ROWS + 2), "lang.xlsx")).toEqual({
      ok: false,
      problem: "too-many-rows",
      rows: MAX_IMPORT_ROWS + 2,
    });
    expect(await readSpreadsheet(await workbook(2), "kort.xlsx")).toEqual({
      ok: true,
      format: "xlsx",
      header: ["Titel", "Budget (kr.)"],
      rows: [
        { line: 3, cells: ["Aktivitet 1", "1"] },
        { line: 4, cells: ["Aktivitet 2", "2"] },
      ],
    });
  });

  it("refuses what is not a spreadsheet, by its bytes", async () => {
    expect(await readSpreadsheet(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]), "x.csv")).toEqual({
      ok: false,
      problem: "not-a-spreadsheet",
    });
    expect(await readSpreadsheet(new TextEncoder().encode("a,b"), "x.pdf")).toEqual({ ok: false, problem: "not-a-spreadsheet" });
    expect(await readSpreadsheet(new Uint8Array(0), "x.csv")).toEqual({ ok: false, problem: "empty" });
    expect(await readSpreadsheet(new TextEncoder().encode('a\n"open'), "x.csv")).toMatchObject({ ok: false, problem: "unreadable" });
  });
});
