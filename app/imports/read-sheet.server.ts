import { Readable } from "node:stream";

import { CsvError, parse } from "csv-parse/sync";
import type ExcelJS from "exceljs";
import iconv from "iconv-lite";

import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "../domain/imports";
import { loadExcel } from "../utils/spreadsheet.server";

/**
 * Reads an uploaded spreadsheet, CSV or XLSX, into rows of text cells, the way people's real files come:
 * UTF-8 with or without a BOM, UTF-16 ("Unicode text" from Excel) or Windows-1252 from older Excel; `;`, `,`
 * or tab between fields; formulas as their values; empty rows skipped. Each row keeps its number as the
 * spreadsheet shows it (the header is row 1), for the preview's messages. Parsing is the libraries' (csv-parse,
 * exceljs, iconv-lite); this module only chooses between them (docs/decisions/013-spreadsheets-in-and-out.md).
 */
type SheetRow = { line: number; cells: string[] };
type ReadSheet = { format: "csv" | "xlsx"; header: string[]; rows: SheetRow[]; separator?: string };

type ReadProblem =
  | { problem: "empty" }
  | { problem: "too-large" }
  | { problem: "too-many-rows"; rows: number }
  | { problem: "not-a-spreadsheet" }
  | { problem: "old-excel" }
  | { problem: "unreadable"; line?: number };

export type ReadResult = ({ ok: true } & ReadSheet) | ({ ok: false } & ReadProblem);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** The compound-file signature of the old binary .xls. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** The file's text: by its BOM, else UTF-8 when it is valid UTF-8, else Windows-1252 (older Danish Excel). */
export function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return new TextDecoder("utf-8").decode(bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Text that is not valid UTF-8 is, in practice, Windows-1252: æ, ø and å are single bytes there.
    return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), "windows-1252");
  }
}

const DELIMITERS = [";", ",", "\t"] as const;

/** The separator that splits the first line into the most fields (a header has no separators in its names). */
function delimiterOf(text: string): string {
  let best: string = ",";
  let most = 0;
  for (const delimiter of DELIMITERS) {
    try {
      const [first] = parse(text, { delimiter, to: 1, relax_column_count: true, relax_quotes: true, skip_empty_lines: true }) as string[][];
      const fields = first?.length ?? 0;
      if (fields > most) [best, most] = [delimiter, fields];
    } catch {
      // Not this separator (e.g. quotes that only make sense with another one).
    }
  }
  return best;
}

/** Our CSV exports put ' before text a spreadsheet would run as a formula; reading it back takes it off. */
function unprotect(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

function isEmpty(cells: string[]): boolean {
  return cells.every((c) => c.trim() === "");
}

/** Header and rows from records with their row numbers, empty rows skipped; null when there are too many rows. */
function collect(records: Iterable<SheetRow>): { header: string[]; rows: SheetRow[] } | { tooMany: number } | null {
  let header: string[] | null = null;
  const rows: SheetRow[] = [];
  let count = 0;
  for (const record of records) {
    if (isEmpty(record.cells)) continue;
    if (header === null) {
      header = record.cells.map((c) => c.trim());
      continue;
    }
    count++;
    if (count > MAX_IMPORT_ROWS) continue;
    rows.push({ line: record.line, cells: record.cells.map((c) => c.trim()) });
  }
  if (count > MAX_IMPORT_ROWS) return { tooMany: count };
  return header === null ? null : { header, rows };
}

function readCsv(bytes: Uint8Array): ReadResult {
  const text = decodeText(bytes);
  // A text file has no NUL characters; a binary file (an image, a PDF, a zip of another kind) has plenty.
  if (text.includes("\u0000")) return { ok: false, problem: "not-a-spreadsheet" };
  let records: string[][];
  const separator = delimiterOf(text);
  try {
    records = parse(text, { delimiter: separator, relax_column_count: true, relax_quotes: true, skip_empty_lines: false });
  } catch (error) {
    if (error instanceof CsvError) return { ok: false, problem: "unreadable", line: (error as CsvError & { lines?: number }).lines };
    throw error;
  }
  // A record is a spreadsheet row, however many lines its quoted cells span.
  const result = collect(records.map((cells, i) => ({ line: i + 1, cells: cells.map(unprotect) })));
  if (result === null) return { ok: false, problem: "empty" };
  if ("tooMany" in result) return { ok: false, problem: "too-many-rows", rows: result.tooMany };
  return { ok: true, format: "csv", separator, ...result };
}

/** A cell as text: a formula as its last computed value, a date as YYYY-MM-DD, rich text as its text. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("formula" in value || "sharedFormula" in value) return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ("hyperlink" in value) return typeof value.text === "string" ? value.text : cellText(value.text as ExcelJS.CellValue);
  if ("error" in value) return value.error;
  return "";
}

/**
 * The first visible worksheet, read with exceljs's streaming reader: rows are parsed one at a time and only
 * as many kept as an import takes, so that a 5 MB workbook of 100,000 small rows is counted and refused in
 * a few megabytes of memory, where loading it whole would take half a gigabyte.
 */
async function readXlsx(bytes: Uint8Array): Promise<ReadResult> {
  const Excel = await loadExcel();
  const reader = new Excel.stream.xlsx.WorkbookReader(Readable.from(Buffer.from(bytes)), {
    worksheets: "emit",
    sharedStrings: "cache",
    // Styles tell which numbers are dates.
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  const records: SheetRow[] = [];
  let beyond = 0;
  let found = false;
  try {
    for await (const sheet of reader) {
      const { state } = sheet as { state?: string };
      if (state === "hidden" || state === "veryHidden") continue;
      found = true;
      for await (const row of sheet) {
        const cells: string[] = [];
        for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value));
        if (isEmpty(cells)) continue;
        // The header and as many rows as an import takes; past them, only how many there are.
        if (records.length <= MAX_IMPORT_ROWS) records.push({ line: row.number, cells });
        else beyond++;
      }
      break;
    }
  } catch {
    return { ok: false, problem: "unreadable" };
  }
  if (!found) return { ok: false, problem: "empty" };
  if (beyond > 0) return { ok: false, problem: "too-many-rows", rows: records.length - 1 + beyond };
  const result = collect(records);
  if (result === null) return { ok: false, problem: "empty" };
  if ("tooMany" in result) return { ok: false, problem: "too-many-rows", rows: result.tooMany };
  return { ok: true, format: "xlsx", ...result };
}

/** An uploaded file's rows, or what is wrong with the file as a whole. */
export async function readSpreadsheet(bytes: Uint8Array, fileName: string): Promise<ReadResult> {
  if (bytes.byteLength === 0) return { ok: false, problem: "empty" };
  if (bytes.byteLength > MAX_IMPORT_BYTES) return { ok: false, problem: "too-large" };
  if (startsWith(bytes, ZIP)) return readXlsx(bytes);
  if (startsWith(bytes, OLE)) return { ok: false, problem: "old-excel" };
  // Known binary formats by name, before their bytes are taken for text.
  if (/\.(xls|xlsb|ods|numbers|pdf|docx?|pptx?|zip|png|jpe?g|gif)$/i.test(fileName)) return { ok: false, problem: "not-a-spreadsheet" };
  return readCsv(bytes);
}
