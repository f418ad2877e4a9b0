import { z } from "zod";

import { INDICATOR_DIRECTIONS } from "../domain/constants";
import type { NumberLocale } from "../domain/numbers";
import { isStatisticYear, resolveStatisticRows, type StatisticLookup, type StatisticRowProblem } from "../domain/statistics";
import { isMessageKey, type MessageKey } from "../i18n/i18n";
import { saveStatistics, type StatisticChange, type StatisticInput, statisticLookup } from "../models/statistics.server";
import { checkbox, choice, decimal, id, optionalDecimal, optionalIsoDate, optionalText, requiredLine, version } from "./fields.server";
import type { FormErrors } from "./types";

/** A measure's code as spreadsheets name it: lower-case letters, digits and dashes (`uden-for-arbejde`). */
const code = z
  .string({ error: "form.required" })
  .trim()
  .toLowerCase()
  .max(60, "form.slug.invalid")
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "form.slug.invalid");

/** A threshold is read as the reader writes numbers (their UI language). */
const measureFields = (locale: NumberLocale) => ({
  nameDa: requiredLine(120),
  nameEn: requiredLine(120),
  unit: requiredLine(20),
  direction: choice(INDICATOR_DIRECTIONS),
  threshold: optionalDecimal(locale),
  thresholdInclusive: checkbox,
  thresholdSource: optionalText(200).transform((v) => v.replace(/\s*\n\s*/g, " ")),
  descriptionDa: optionalText(2000),
  descriptionEn: optionalText(2000),
});

/** A measure of area statistics (`/admin/statistics`): a new one with its code, or a change to one. */
export const measureCreateSchema = (locale: NumberLocale) => z.object({ code, ...measureFields(locale) });
export const measureUpdateSchema = (locale: NumberLocale) => z.object({ ...measureFields(locale), version });

/** The year of a figure: a whole year between 1990 and 2100. */
function statisticYear() {
  return z.union([z.number(), z.string().trim()], { error: "form.required" }).transform((v, ctx) => {
    const year = typeof v === "number" ? v : /^\d{4}$/.test(v) ? Number(v) : NaN;
    if (isStatisticYear(year)) return year;
    ctx.addIssue({ code: "custom", message: "statistics.error.year" });
    return z.NEVER;
  });
}

/** One figure's own fields, the same for the single-value form and for a spreadsheet row. */
const figureFields = (locale: NumberLocale) => ({
  value: decimal(locale),
  source: requiredLine(300),
  sourceDate: optionalIsoDate(),
});

/**
 * The single-value form (`/admin/statistics/:code/value?area=…&year=…`): save the figure (against the version
 * it was loaded with; none when there was no figure yet) or delete it.
 */
export const statisticValueSchema = (locale: NumberLocale) =>
  z.discriminatedUnion("intent", [
    z.object({
      intent: z.literal("save"),
      ...figureFields(locale),
      version: id("form.version")
        .optional()
        .transform((v) => v ?? null),
    }),
    z.object({ intent: z.literal("delete"), version }),
  ]);

/** A spreadsheet cell: text as typed, or a number (XLSX); empty text is "not given", as in a form. */
function cell<T extends z.ZodType>(schema: T, options: { text?: boolean } = {}) {
  return z.preprocess((v) => {
    if (typeof v === "number") return options.text || !Number.isFinite(v) ? String(v) : v;
    // An XLSX date cell: its calendar date.
    if (v instanceof Date) return Number.isNaN(v.getTime()) ? "" : v.toISOString().slice(0, 10);
    if (typeof v !== "string") return v === null ? undefined : v;
    return v.trim() === "" ? undefined : v;
  }, schema);
}

/**
 * A number cell: an XLSX number as it is, text through the same parser (and messages) as the form's field, in
 * the convention of the file's language.
 */
function numberCell(locale: NumberLocale) {
  const text = decimal(locale);
  return z.union([z.number(), z.string()], { error: "form.required" }).transform((v, ctx) => {
    if (typeof v === "number") return v;
    const parsed = text.safeParse(v);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", message: issue.message });
    return z.NEVER;
  });
}

/**
 * A row of statistics as the import reads it (columns area, year, measure, value, source and optionally
 * date), with the same field rules as the single-value form.
 */
function statisticRowSchema(locale: NumberLocale) {
  return z.object({
    area: cell(requiredLine(120), { text: true }),
    measure: cell(requiredLine(120), { text: true }),
    year: cell(statisticYear()),
    value: cell(numberCell(locale)),
    source: cell(figureFields(locale).source, { text: true }),
    date: cell(optionalIsoDate(), { text: true }),
  });
}

const PROBLEM_KEYS: Record<StatisticRowProblem["problem"], MessageKey> = {
  "area-unknown": "statistics.error.areaUnknown",
  "measure-unknown": "statistics.error.measureUnknown",
  duplicate: "statistics.error.duplicate",
};

export type ValidatedStatisticRow = {
  /** Per column (area, year, measure, value, source, date): catalogue keys; empty when the row is fine. */
  errors: FormErrors;
  /** The figure to save, its area and measure found; null for a row with errors. */
  input: StatisticInput | null;
};

/**
 * Checks rows of area statistics without touching the database: the pure half of the spreadsheet import
 * (`kind=statistics`), for its preview. Each row is an object with the keys area, year, measure, value, source
 * and optionally date; cells are text as typed (numbers in the file's language, `locale`), or numbers and
 * dates as XLSX gives them. Fields follow the single-value form's rules; the area (slug or name) and measure
 * (code, Danish or English name) are found in `lookup` ignoring case (`statisticLookup()` gives the stored
 * ones); a second row for the same area, measure and year is refused. Errors are catalogue keys per column,
 * in the rows' order.
 */
export function validateStatisticRows(
  rows: readonly Record<string, unknown>[],
  context: { locale: NumberLocale; lookup: StatisticLookup },
): ValidatedStatisticRow[] {
  const schema = statisticRowSchema(context.locale);
  const parsed = rows.map((row) => schema.safeParse(row));
  const resolved = resolveStatisticRows(
    parsed.map((p) => (p.success ? p.data : null)),
    context.lookup,
  );
  return parsed.map((p, i) => {
    if (!p.success) return { errors: issueKeys(p.error.issues), input: null };
    const found = resolved[i];
    if (!found?.ok) {
      const errors: FormErrors = {};
      for (const problem of found?.problems ?? []) (errors[problem.field] ??= []).push(PROBLEM_KEYS[problem.problem]);
      return { errors, input: null };
    }
    const { year, value, source, date } = p.data;
    return { errors: {}, input: { areaId: found.areaId, measureId: found.measureId, year, value, source, sourceDate: date } };
  });
}

export type StatisticRowResult = {
  /** Per column (area, year, measure, value, source, date): catalogue keys; empty when the row is fine. */
  errors: FormErrors;
  /** What saving the row does (or did); null for a row with errors. */
  change: StatisticChange | null;
};

/**
 * THE ENTRY POINT FOR THE SPREADSHEET IMPORT (`kind=statistics`): checks rows with `validateStatisticRows`
 * against the stored areas and measures and, unless `dryRun` (the preview) or any row has an error, saves
 * every row in one transaction with its audit row (a stored figure for the same area, measure and year is
 * overwritten; an equal one is left unchanged). Results are in the rows' order, with what saving each row
 * does (or did).
 */
export function importStatisticRows(
  rows: readonly Record<string, unknown>[],
  actorId: number,
  options: { dryRun: boolean; locale: NumberLocale },
): { rows: StatisticRowResult[]; saved: boolean } {
  const checked = validateStatisticRows(rows, { locale: options.locale, lookup: statisticLookup() });
  const inputs = checked.flatMap((c) => (c.input ? [c.input] : []));
  const dryRun = options.dryRun || inputs.length < rows.length;
  const changes = saveStatistics(inputs, actorId, { dryRun });
  let next = 0;
  const results = checked.map((c): StatisticRowResult => ({ errors: c.errors, change: c.input ? (changes[next++] ?? null) : null }));
  return { rows: results, saved: !dryRun };
}

function issueKeys(issues: readonly z.core.$ZodIssue[]): FormErrors {
  const errors: FormErrors = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "_form");
    const key: MessageKey = isMessageKey(issue.message) ? issue.message : "form.invalid";
    const list = (errors[field] ??= []);
    if (!list.includes(key)) list.push(key);
  }
  return errors;
}
