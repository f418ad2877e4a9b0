import { PassThrough } from "node:stream";

import type ExcelJS from "exceljs";

import { isIsoDate } from "./dates";

/**
 * exceljs, loaded the first time a workbook is read or written: it takes about 30 MB of memory, and most
 * servers never open a workbook between restarts.
 */
export async function loadExcel(): Promise<typeof ExcelJS> {
  return (await import("exceljs")).default;
}

/**
 * Spreadsheet downloads: one table definition written both as RFC 4180 CSV (the machine format, see
 * csv.server.ts) and as an Excel workbook with typed cells, so that Danish Excel shows numbers as numbers
 * and dates as dates (docs/decisions/013-spreadsheets-in-and-out.md).
 */
export type SheetColumnType =
  /** Text, written as a string cell (never a formula, whatever it starts with). */
  | "text"
  /** A record id or a version: a whole number without thousands separators. */
  | "id"
  /** A whole number of things. */
  | "count"
  /** Whole kroner. */
  | "money"
  /** A share from 0 to 1, shown as a percentage. */
  | "share"
  /** A rate (e.g. per 1,000 residents), with one decimal. */
  | "rate"
  /** A measured number with the decimals it has (Excel's General format). */
  | "number"
  /** An ISO date (YYYY-MM-DD), written as a date cell. */
  | "date";

export type SheetValue = string | number | null;
type SheetColumn = { header: string; type: SheetColumnType };
export type SheetTable = {
  name: string;
  columns: SheetColumn[];
  rows: SheetValue[][];
  /** A row's own type for every cell but its first (a table whose rows are figures of different kinds). */
  rowTypes?: (SheetColumnType | undefined)[];
};

/** Excel number formats: the separators are the reader's own, so Danish Excel shows 1.234.567 kr. */
const NUMBER_FORMATS: Partial<Record<SheetColumnType, string>> = {
  id: "0",
  count: "#,##0",
  money: '#,##0 "kr."',
  share: "0.0%",
  rate: "#,##0.0",
};
const DATE_FORMAT = { da: "dd-mm-yyyy", en: "yyyy-mm-dd" } as const;

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A worksheet name Excel accepts: no []:*?/\, at most 31 characters, unique in the workbook. */
function sheetName(name: string, taken: Set<string>): string {
  const base =
    name
      .replace(/[[\]:*?/\\]/g, " ")
      .trim()
      .slice(0, 31) || "Ark";
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${base.slice(0, 27)} (${n})`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

function cellValue(value: SheetValue, type: SheetColumnType): ExcelJS.CellValue {
  if (value === null || value === "") return null;
  // A date cell holds midnight UTC of its day: Excel's serial dates have no time zone.
  if (type === "date" && typeof value === "string" && isIsoDate(value)) return new Date(`${value}T00:00:00Z`);
  return value;
}

/**
 * A workbook of typed tables: a header row in bold, frozen, with an auto-filter; widths to fit. Written with
 * exceljs's streaming writer, each row committed as it is added, so that a sheet of 70,000 funding lines
 * does not hold 70,000 rows of cell objects in memory at once.
 */
export async function xlsxBuffer(tables: SheetTable[], lang: "da" | "en"): Promise<Buffer> {
  const Excel = await loadExcel();
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  const workbook = new Excel.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = "Overblik";
  const taken = new Set<string>();
  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.name, taken), { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.columns = table.columns.map((c, i) => {
      const longest = Math.max(c.header.length, ...table.rows.slice(0, 500).map((r) => String(r[i] ?? "").length));
      return {
        header: c.header,
        width: Math.min(60, Math.max(10, longest + 2)),
        style: { numFmt: c.type === "date" ? DATE_FORMAT[lang] : NUMBER_FORMATS[c.type] },
      };
    });
    if (table.columns.length > 0) {
      sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
    }
    const header = sheet.getRow(1);
    header.font = { bold: true };
    header.commit();
    table.rows.forEach((row, r) => {
      const rowType = table.rowTypes?.[r];
      const added = sheet.addRow(row.map((v, i) => cellValue(v, (i > 0 ? rowType : undefined) ?? table.columns[i]?.type ?? "text")));
      if (rowType) added.eachCell((cell, column) => column > 1 && (cell.numFmt = NUMBER_FORMATS[rowType] ?? "General"));
      added.commit();
    });
    sheet.commit();
  }
  await workbook.commit();
  return Buffer.concat(chunks);
}

export async function xlsxResponse(tables: SheetTable[], filename: string, lang: "da" | "en"): Promise<Response> {
  return new Response(new Uint8Array(await xlsxBuffer(tables, lang)), {
    headers: {
      "Content-Type": XLSX_TYPE,
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}

/** A table as CSV rows (header first), dates as ISO text and numbers as they are. */
export function tableCsvRows(table: SheetTable): (string | number)[][] {
  return [table.columns.map((c) => c.header), ...table.rows.map((r) => r.map((v) => v ?? ""))];
}
