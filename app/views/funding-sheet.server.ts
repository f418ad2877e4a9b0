import type { FundingLineExportRow, FundingRow } from "../models/funding.server";
import type { ColumnDef } from "./sheet-columns.server";

/** The /funding ranking as a spreadsheet (`/funding.csv`, `/funding.xlsx`). */
export const FUNDING_COLUMNS = [
  { key: "id", csv: "csv.id", label: "sheet.id", type: "id", value: (r) => r.id },
  { key: "title", csv: "csv.title", label: "sheet.title", type: "text", value: (r) => r.title },
  {
    key: "focus",
    csv: "csv.focus",
    label: "sheet.focus",
    type: "text",
    value: (r, { lang }) => (lang === "da" ? r.focus.nameDa : r.focus.nameEn),
  },
  { key: "plan", csv: "csv.plan", label: "sheet.plan", type: "text", value: (r) => r.plan.name },
  { key: "areas", csv: "csv.areas", label: "sheet.areas", type: "text", value: (r) => r.areaNames },
  { key: "status", csv: "csv.status", label: "sheet.status", type: "text", value: (r, { t }) => t(`status.${r.status}`) },
  { key: "budget", csv: "csv.budget", label: "sheet.budget", type: "money", value: (r) => r.budget },
  { key: "secured", csv: "csv.secured", label: "sheet.secured", type: "money", value: (r) => r.secured },
  { key: "gap", csv: "csv.gap", label: "sheet.gap", type: "money", value: (r) => r.gap },
  { key: "pipeline", csv: "csv.pipeline", label: "sheet.pipeline", type: "money", value: (r) => r.pipeline },
  { key: "fundingState", csv: "csv.fundingState", label: "sheet.fundingState", type: "text", value: (r, { t }) => t(`funding.${r.state}`) },
  { key: "flag", csv: "csv.flag", label: "sheet.flag", type: "text", value: (r, { t }) => (r.flag ? t(`flag.priority.${r.flag}`) : "") },
] as const satisfies readonly ColumnDef<FundingRow>[];

/**
 * Funding lines as a spreadsheet (`/funding/lines.csv`, `/funding/lines.xlsx`), one row per line with its
 * activity and source by name, the application it belongs to (its number, shared by the lines of one
 * application over several years: see docs/decisions/015) and the version it was read at: the file a funding
 * import reads back. The CSV heads its columns as `/funding/applications.csv` does.
 */
export const FUNDING_LINE_COLUMNS = [
  { key: "id", csv: "csv.id", label: "sheet.id", type: "id", value: (r) => r.id },
  { key: "activityId", csv: "csv.activityId", label: "sheet.activityId", type: "id", value: (r) => r.activityId },
  { key: "activity", csv: "csv.activity", label: "sheet.activity", type: "text", value: (r) => r.activityTitle },
  { key: "application", csv: "csv.application", label: "sheet.application", type: "id", value: (r) => r.application },
  { key: "source", csv: "csv.source", label: "sheet.source", type: "text", value: (r) => r.source },
  { key: "year", csv: "csv.year", label: "sheet.year", type: "id", value: (r) => r.year },
  { key: "amount", csv: "csv.amount", label: "sheet.amount", type: "money", value: (r) => r.amount },
  { key: "stage", csv: "csv.stage", label: "sheet.stage", type: "text", value: (r, { t }) => t(`stage.${r.stage}`) },
  { key: "deadline", csv: "csv.deadline", label: "sheet.deadline", type: "date", value: (r) => r.deadline },
  { key: "expectedAnswerOn", csv: "csv.expectedAnswer", label: "sheet.expectedAnswerOn", type: "date", value: (r) => r.expectedAnswerOn },
  { key: "decidedOn", csv: "csv.decidedOn", label: "sheet.decidedOn", type: "date", value: (r) => r.decidedOn },
  { key: "note", csv: "csv.note", label: "sheet.note", type: "text", value: (r) => r.note },
  { key: "version", csv: "sheet.csv.version", label: "sheet.version", type: "id", value: (r) => r.version },
] as const satisfies readonly ColumnDef<FundingLineExportRow>[];
