import type { AnyMessageKey, ServerTranslator } from "../i18n/server-words.server";
import type { SheetColumnType, SheetTable, SheetValue } from "../utils/spreadsheet.server";

/**
 * A column of a spreadsheet download, defined once for its CSV and its Excel file (and, for the columns an
 * import reads back, for the import: `/import` knows a column by any of its headers, in either language).
 */
export type ColumnDef<R> = {
  /** The column's stable name; an import accepts it as a header too. */
  key: string;
  /** The header in the CSV (the machine format: short, no spaces). */
  csv: AnyMessageKey;
  /** The header in the Excel file and on the import page. */
  label: AnyMessageKey;
  type: SheetColumnType;
  value: (row: R, t: ServerTranslator) => SheetValue;
};

/** Rows as a table of the given columns, headed for the CSV or for the Excel file. */
export function sheetOf<R>(
  name: string,
  columns: readonly ColumnDef<R>[],
  rows: readonly R[],
  translator: ServerTranslator,
  format: "csv" | "xlsx",
): SheetTable {
  return {
    name,
    columns: columns.map((c) => ({ header: translator.t(format === "csv" ? c.csv : c.label), type: c.type })),
    rows: rows.map((r) => columns.map((c) => c.value(r, translator))),
  };
}
