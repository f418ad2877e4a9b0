import crypto from "node:crypto";

import type { NumberLocale } from "../domain/numbers";
import { validateStatisticRows } from "../forms/statistics.server";
import type { Lang } from "../i18n/i18n";
import type { AnyMessageKey } from "../i18n/server-words.server";
import {
  listMeasures,
  statisticChange,
  type StatisticInput,
  statisticKey,
  statisticLookup,
  statisticsOfMeasures,
  writeStatistic,
} from "../models/statistics.server";
import { STATISTIC_COLUMNS } from "../views/statistics-sheet.server";
import type { ImportColumn, ImportKind, ImportResult, KindPlan, MappedRow, SheetConvention } from "./kind.server";
import { fieldErrors, isoDateOf } from "./match.server";

/**
 * Area statistics from a spreadsheet (issue 14): the columns of `/admin/statistics.csv` and `.xlsx` (area,
 * year, measure, value, source, date), each row checked by `validateStatisticRows`, the same field rules as
 * the single-value form, and saved by the model's `writeStatistic`. A row has no id or version: the file is
 * the writer's word for that area, measure and year, so a stored figure is overwritten. What the preview
 * showed is held to instead: the plan's `basis` is a digest of the stored figures the rows were checked
 * against, and confirming after someone changed one of them answers 409; each write checks the version the
 * check saw again, inside the save's transaction.
 */
type StatisticOp = { input: StatisticInput; version: number | null; path: string };

const HELP: Record<(typeof STATISTIC_COLUMNS)[number]["key"], AnyMessageKey> = {
  area: "import.help.statistic.area",
  year: "import.help.statistic.year",
  measure: "import.help.statistic.measure",
  value: "import.help.statistic.value",
  source: "import.help.statistic.source",
  date: "import.help.statistic.date",
};

const COLUMNS: ImportColumn[] = STATISTIC_COLUMNS.map((c) => ({
  key: c.key,
  headers: [c.csv, c.label],
  label: c.label,
  type: c.type,
  help: HELP[c.key],
}));
const COLUMN_OF_FIELD = new Map(COLUMNS.map((c) => [c.key, c]));

/**
 * How the file writes decimals: an XLSX number cell as JavaScript writes it (read below as the number it is);
 * a CSV separated by `;` as Danish Excel writes it (decimal comma), by `,` with a decimal point; anything else
 * (tabs, text cells) as the reader's language.
 */
function localeOf(file: SheetConvention, lang: Lang): NumberLocale {
  if (file.format === "csv" && file.separator === ";") return "da";
  if (file.format === "csv" && file.separator === ",") return "en";
  return lang;
}

const MACHINE_NUMBER = /^-?\d+(\.\d+)?(e[-+]?\d+)?$/i;

/** A number cell of an XLSX file arrives as JavaScript wrote it: its number. Text stays text. */
function numberCell(text: string | undefined, file: SheetConvention): string | number {
  const value = (text ?? "").trim();
  return file.format === "xlsx" && MACHINE_NUMBER.test(value) ? Number(value) : value;
}

function plan(rows: MappedRow[], lang: Lang, file: SheetConvention): KindPlan<StatisticOp> {
  const lookup = statisticLookup();
  const locale = localeOf(file, lang);
  const checked = validateStatisticRows(
    rows.map(({ values }) => ({
      area: values.area ?? "",
      year: numberCell(values.year, file),
      measure: values.measure ?? "",
      value: numberCell(values.value, file),
      source: values.source ?? "",
      date: isoDateOf(values.date ?? ""),
    })),
    { locale, lookup },
  );
  const measures = new Map(listMeasures().map((m) => [m.id, m]));
  const areaNames = new Map(lookup.areas.map((a) => [a.id, a.name]));
  const stored = statisticsOfMeasures(checked.flatMap((c) => (c.input ? [c.input.measureId] : [])));
  const out: KindPlan<StatisticOp> = { outcomes: [], errors: [] };
  const basis: string[] = [];

  checked.forEach(({ errors, input }, i) => {
    const line = rows[i]?.line ?? 0;
    if (!input) {
      out.errors.push(
        ...fieldErrors(line, errors, (field) => COLUMN_OF_FIELD.get(field)).map((e) =>
          // The number convention is the file's, not the page's: say which.
          e.message === "form.number.ambiguous" ? { ...e, message: `import.error.number.${locale}` as const } : e,
        ),
      );
      return;
    }
    const measure = measures.get(input.measureId);
    const title = `${(lang === "da" ? measure?.nameDa : measure?.nameEn) ?? ""}: ${areaNames.get(input.areaId) ?? ""} ${input.year}`;
    const figure = stored.get(statisticKey(input)) ?? null;
    basis.push(`${statisticKey(input)}@${figure ? `${figure.id}.${figure.version}` : "-"}`);
    const change = statisticChange(figure, input);
    if (change === "unchanged" && figure) {
      out.outcomes.push({ line, action: "unchanged", title, id: figure.id });
      return;
    }
    const op = { input, version: figure?.version ?? null, path: `/admin/statistics/${measure?.code ?? ""}` };
    out.outcomes.push({ line, action: change === "update" ? "update" : "create", title, id: figure?.id, op });
  });
  out.basis = crypto.createHash("sha256").update(basis.join("\n")).digest("hex");
  return out;
}

export const statisticsImport: ImportKind<StatisticOp> = {
  permission: "statistics:manage",
  label: "import.kind.statistics",
  listPath: "/admin/statistics",
  recordPath: () => "/admin/statistics",
  columns: COLUMNS,
  ignored: [],
  required: ["area", "year", "measure", "value", "source"],
  example: () => {
    const { areas, measures } = statisticLookup();
    return {
      area: areas[0]?.name ?? "",
      year: new Date().getFullYear() - 1,
      measure: measures[0]?.code ?? "",
      value: 41.3,
      source: "Danmarks Statistik",
      date: null,
    };
  },
  choices: (_user, lang) => {
    const { areas, measures } = statisticLookup();
    return {
      area: areas.map((a) => a.name),
      measure: measures.map((m) => `${m.code} (${lang === "da" ? m.nameDa : m.nameEn})`),
    };
  },
  plan: (rows, _user, lang, file) => plan(rows, lang, file),
  commit: (tx, rows, actorId) => {
    const result: ImportResult = { created: [], updated: [] };
    for (const { op, title } of rows) {
      // The version the check saw: a figure saved by someone else meanwhile rolls the whole import back (409).
      const change = writeStatistic(tx, op.input, op.version, actorId);
      const saved = { id: op.input.measureId, title, path: op.path };
      if (change === "create") result.created.push(saved);
      else if (change === "update") result.updated.push(saved);
    }
    return result;
  },
};
