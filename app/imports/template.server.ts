import type { Lang } from "../i18n/i18n";
import { serverTranslator } from "../i18n/server-words.server";
import { csvResponse } from "../utils/csv.server";
import type { PermissionUser } from "../utils/permissions";
import { type SheetTable, xlsxResponse } from "../utils/spreadsheet.server";
import { importKind, type ImportKindName } from "./import.server";

/**
 * A kind's template, in Danish or English: its columns (headed as its exports head them, so an export and a
 * template read alike) and one example row with real names; the Excel template adds a help sheet saying what
 * each column takes and which values it knows.
 */
export async function templateResponse(name: ImportKindName, user: PermissionUser, lang: Lang, format: "csv" | "xlsx"): Promise<Response> {
  const kind = importKind(name);
  const { t } = serverTranslator(lang);
  const example = kind.example(user);
  const row = kind.columns.map((c) => example[c.key] ?? null);
  const fileName = `overblik-skabelon-${name}-${lang}.${format}`;
  if (format === "csv") {
    // The CSV heads its columns as the CSV export does (its first header is the CSV one).
    return csvResponse([kind.columns.map((c) => t(c.headers[0] ?? c.label)), row.map((v) => v ?? "")], fileName);
  }
  const choices = kind.choices(user, lang);
  const data: SheetTable = { name: t(kind.label), columns: kind.columns.map((c) => ({ header: t(c.label), type: c.type })), rows: [row] };
  const help: SheetTable = {
    name: t("sheet.name.help"),
    columns: [
      { header: t("import.help.column"), type: "text" },
      { header: t("import.help.explanation"), type: "text" },
      { header: t("import.help.values"), type: "text" },
    ],
    rows: kind.columns.map((c) => [t(c.label), t(c.help), (choices[c.key] ?? []).join("; ")]),
  };
  return xlsxResponse([data, help], fileName, lang);
}
