import type { ActivityExportRow } from "../models/activity.server";
import type { ColumnDef } from "./sheet-columns.server";

/**
 * The activity list as a spreadsheet (`/activities.csv`, `/activities.xlsx`): every field the edit form has,
 * the computed money and health columns (which an import ignores), and the version the row was read at (so
 * that an import of this file can tell a row someone changed since).
 */
export const ACTIVITY_COLUMNS = [
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
  { key: "areas", csv: "csv.areas", label: "sheet.areas", type: "text", value: (r) => r.areas.map((a) => a.name).join("; ") },
  { key: "status", csv: "csv.status", label: "sheet.status", type: "text", value: (r, { t }) => t(`status.${r.status}`) },
  { key: "health", csv: "csv.health", label: "sheet.health", type: "text", value: (r, { t }) => t(`health.${r.health}`) },
  { key: "healthReason", csv: "csv.healthReason", label: "sheet.healthReason", type: "text", value: (r) => r.healthReason },
  { key: "startsOn", csv: "csv.start", label: "sheet.start", type: "date", value: (r) => r.startsOn },
  { key: "endsOn", csv: "csv.end", label: "sheet.end", type: "date", value: (r) => r.endsOn },
  { key: "budget", csv: "csv.budget", label: "sheet.budget", type: "money", value: (r) => r.budget },
  { key: "secured", csv: "csv.secured", label: "sheet.secured", type: "money", value: (r) => r.secured },
  { key: "gap", csv: "csv.gap", label: "sheet.gap", type: "money", value: (r) => r.gap },
  { key: "surplus", csv: "csv.surplus", label: "sheet.surplus", type: "money", value: (r) => r.surplus },
  {
    key: "fundingState",
    csv: "csv.fundingState",
    label: "sheet.fundingState",
    type: "text",
    value: (r, { t }) => t(`funding.${r.fundingState}`),
  },
  { key: "responsible", csv: "csv.responsible", label: "sheet.responsible", type: "text", value: (r) => r.responsible },
  { key: "partners", csv: "csv.partners", label: "sheet.partners", type: "text", value: (r) => r.partners },
  { key: "purpose", csv: "sheet.csv.purpose", label: "sheet.purpose", type: "text", value: (r) => r.purpose },
  { key: "targetGroup", csv: "sheet.csv.targetGroup", label: "sheet.targetGroup", type: "text", value: (r) => r.targetGroup },
  { key: "content", csv: "sheet.csv.content", label: "sheet.content", type: "text", value: (r) => r.content },
  { key: "version", csv: "sheet.csv.version", label: "sheet.version", type: "id", value: (r) => r.version },
] as const satisfies readonly ColumnDef<ActivityExportRow>[];
