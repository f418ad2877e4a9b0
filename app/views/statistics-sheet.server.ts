import type { StatisticExportRow } from "../models/statistics.server";
import type { ColumnDef } from "./sheet-columns.server";

/**
 * Area statistics as a spreadsheet (`/admin/statistics.csv`, `.xlsx`): one figure a row, its area by name and
 * its measure by code, as the statistics import (`kind=statistics`) reads them back.
 */
export const STATISTIC_COLUMNS = [
  { key: "area", csv: "sheet.csv.area", label: "sheet.area", type: "text", value: (r) => r.area },
  { key: "year", csv: "csv.year", label: "sheet.year", type: "id", value: (r) => r.year },
  { key: "measure", csv: "sheet.csv.measure", label: "sheet.measure", type: "text", value: (r) => r.measure },
  { key: "value", csv: "sheet.csv.value", label: "sheet.value", type: "number", value: (r) => r.value },
  { key: "source", csv: "csv.source", label: "sheet.source", type: "text", value: (r) => r.source },
  { key: "date", csv: "sheet.csv.date", label: "sheet.sourceDate", type: "date", value: (r) => r.sourceDate },
] as const satisfies readonly ColumnDef<StatisticExportRow>[];
