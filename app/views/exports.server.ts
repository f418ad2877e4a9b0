import type { Lang } from "../i18n/i18n";
import { serverTranslator } from "../i18n/server-words.server";
import { listActivitiesForExport } from "../models/activity.server";
import { getFilterOptions } from "../models/area.server";
import { listActivityMoney, listFundingLinesForExport } from "../models/funding.server";
import { listStatisticsForExport } from "../models/statistics.server";
import { csvResponse } from "../utils/csv.server";
import { parseActivityFilters } from "../utils/filters";
import { type SheetTable, tableCsvRows, xlsxResponse } from "../utils/spreadsheet.server";
import { ACTIVITY_COLUMNS } from "./activity-sheet.server";
import type { ColumnKind, FigureTable } from "./dashboard-tables.server";
import { fundingFiltersFromUrl } from "./funding-page.server";
import { FUNDING_COLUMNS, FUNDING_LINE_COLUMNS } from "./funding-sheet.server";
import { sheetOf } from "./sheet-columns.server";
import { STATISTIC_COLUMNS } from "./statistics-sheet.server";

/**
 * The lists as downloads: the same rows and filters as their pages, as RFC 4180 CSV (the machine format) or
 * as an Excel workbook with typed cells (for people; docs/decisions/013-spreadsheets-in-and-out.md).
 */
export type Format = "csv" | "xlsx";

function download(table: SheetTable, format: Format, baseName: string, lang: Lang): Promise<Response> | Response {
  return format === "csv" ? csvResponse(tableCsvRows(table), `${baseName}.csv`) : xlsxResponse([table], `${baseName}.xlsx`, lang);
}

/** `/activities.csv` and `/activities.xlsx`: every activity matching the list's filters (not one page). */
export function activitiesDownload(url: URL, lang: Lang, format: Format) {
  const options = getFilterOptions();
  const { filters } = parseActivityFilters(url.searchParams, {
    areaSlugs: options.areas.map((a) => a.slug),
    focusCodes: options.focusAreas.map((f) => f.code),
    planSlugs: options.plans.map((p) => p.slug),
  });
  const tr = serverTranslator(lang);
  const table = sheetOf(tr.t("sheet.name.activities"), ACTIVITY_COLUMNS, listActivitiesForExport(filters), tr, format);
  return download(table, format, "overblik-aktiviteter", lang);
}

/** `/funding.csv` and `/funding.xlsx`: the /funding ranking with the same filters. */
export function fundingDownload(url: URL, lang: Lang, format: Format) {
  const { filters } = fundingFiltersFromUrl(url);
  const tr = serverTranslator(lang);
  const table = sheetOf(tr.t("sheet.name.funding"), FUNDING_COLUMNS, listActivityMoney(filters, { onlyGaps: true }), tr, format);
  return download(table, format, "overblik-finansiering", lang);
}

/** `/funding/lines.csv` and `.xlsx`: every funding line of the activities the /funding filters choose. */
export function fundingLinesDownload(url: URL, lang: Lang, format: Format) {
  const { filters } = fundingFiltersFromUrl(url);
  const tr = serverTranslator(lang);
  const table = sheetOf(tr.t("sheet.name.fundingLines"), FUNDING_LINE_COLUMNS, listFundingLinesForExport(filters), tr, format);
  return download(table, format, "overblik-finansieringslinjer", lang);
}

const TYPE_OF_KIND: Record<ColumnKind, "count" | "money" | "share" | "rate"> = {
  count: "count",
  money: "money",
  share: "share",
  rate: "rate",
};

/** A dashboard table as a sheet: money in whole kroner, shares as shares (the cell format shows them as %). */
export function figureSheet(table: FigureTable): SheetTable {
  return {
    name: table.title,
    columns: [{ header: table.rowHeader, type: "text" }, ...table.columns.map((c) => ({ header: c.label, type: TYPE_OF_KIND[c.kind] }))],
    rows: table.rows.map((r) => [
      r.label,
      ...table.columns.map((c) => {
        const v = r.cells[c.key]?.value;
        if (v === null || v === undefined) return null;
        return (r.kind ?? c.kind) === "money" ? Math.round(v) : v;
      }),
    ]),
    rowTypes: table.rows.map((r) => (r.kind ? TYPE_OF_KIND[r.kind] : undefined)),
  };
}

/** `/admin/statistics.csv` and `.xlsx`: every figure of area statistics, as the statistics import reads it back. */
export function statisticsDownload(lang: Lang, format: Format) {
  const tr = serverTranslator(lang);
  const table = sheetOf(tr.t("sheet.name.statistics"), STATISTIC_COLUMNS, listStatisticsForExport(), tr, format);
  return download(table, format, "overblik-omraadestatistik", lang);
}
