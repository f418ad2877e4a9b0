import { z } from "zod";

import { INDICATOR_DIRECTIONS } from "../domain/constants";
import { isStatisticYear } from "../domain/statistics";
import { isMessageKey, type MessageKey } from "../i18n/i18n";
import { saveStatisticRows, type StatisticChange, type StatisticRowProblem } from "../models/statistics.server";
import { checkbox, choice, decimal, id, optionalDecimal, optionalIsoDate, optionalText, requiredLine, version } from "./fields.server";
import type { FormErrors } from "./types";

/** A measure's code as spreadsheets name it: lower-case letters, digits and dashes (`uden-for-arbejde`). */
const code = z
  .string({ error: "form.required" })
  .trim()
  .toLowerCase()
  .max(60, "form.slug.invalid")
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "form.slug.invalid");

const measureFields = {
  nameDa: requiredLine(120),
  nameEn: requiredLine(120),
  unit: requiredLine(20),
  direction: choice(INDICATOR_DIRECTIONS),
  threshold: optionalDecimal(),
  thresholdInclusive: checkbox,
  thresholdSource: optionalText(200).transform((v) => v.replace(/\s*\n\s*/g, " ")),
  descriptionDa: optionalText(2000),
  descriptionEn: optionalText(2000),
};

/** A measure of area statistics (`/admin/statistics`): a new one with its code, or a change to one. */
export const MeasureCreateSchema = z.object({ code, ...measureFields });
export const MeasureUpdateSchema = z.object({ ...measureFields, version });

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
const figureFields = {
  value: decimal(),
  source: requiredLine(300),
  sourceDate: optionalIsoDate(),
};

/**
 * The single-value form (`/admin/statistics/:code/value?area=…&year=…`): save the figure (against the version
 * it was loaded with; none when there was no figure yet) or delete it.
 */
export const StatisticValueSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("save"),
    ...figureFields,
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

/** A number cell: an XLSX number as it is, text through the same parser (and messages) as the form's field. */
const numberCell = z.union([z.number(), z.string()], { error: "form.required" }).transform((v, ctx) => {
  if (typeof v === "number") return v;
  const parsed = figureFields.value.safeParse(v);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", message: issue.message });
  return z.NEVER;
});

/**
 * A row of statistics as the import reads it (columns area, year, measure, value, source and optionally
 * date), with the same field rules as the single-value form.
 */
const StatisticRowSchema = z.object({
  area: cell(requiredLine(120), { text: true }),
  measure: cell(requiredLine(120), { text: true }),
  year: cell(statisticYear()),
  value: cell(numberCell),
  source: cell(figureFields.source, { text: true }),
  date: cell(optionalIsoDate(), { text: true }),
});

const PROBLEM_KEYS: Record<StatisticRowProblem["problem"], MessageKey> = {
  "area-unknown": "statistics.error.areaUnknown",
  "measure-unknown": "statistics.error.measureUnknown",
  duplicate: "statistics.error.duplicate",
};

export type StatisticRowResult = {
  /** Per column (area, year, measure, value, source, date): catalogue keys; empty when the row is fine. */
  errors: FormErrors;
  /** What saving the row does (or did); null for a row with errors. */
  change: StatisticChange | null;
};

/**
 * THE ENTRY POINT FOR THE SPREADSHEET IMPORT (`kind=statistics`). Validates rows of area statistics (each an
 * object with the keys area, year, measure, value, source and optionally date; cells as text or numbers) by
 * the rules of the single-value form, finds their areas (slug or name) and measures (code, Danish or English
 * name), ignoring case, and refuses a second row for the same area, measure and year. With `dryRun` (the
 * preview), or when any row has an error, nothing is saved; otherwise every row is saved in one transaction
 * with its audit row (a stored figure for the same area, measure and year is overwritten; an equal one is left
 * unchanged). Results are in the rows' order.
 */
export function importStatisticRows(
  rows: readonly Record<string, unknown>[],
  actorId: number,
  options: { dryRun: boolean },
): { rows: StatisticRowResult[]; saved: boolean } {
  const parsed = rows.map((row) => StatisticRowSchema.safeParse(row));
  const valid = parsed.flatMap((p, i) =>
    p.success
      ? [
          {
            index: i,
            row: {
              area: p.data.area,
              measure: p.data.measure,
              year: p.data.year,
              value: p.data.value,
              source: p.data.source,
              sourceDate: p.data.date,
            },
          },
        ]
      : [],
  );
  const anyInvalid = valid.length < rows.length;
  const { outcomes, saved } = saveStatisticRows(
    valid.map((v) => v.row),
    actorId,
    { dryRun: options.dryRun || anyInvalid },
  );
  const results: StatisticRowResult[] = parsed.map((p) => ({ errors: p.success ? {} : issueKeys(p.error.issues), change: null }));
  valid.forEach((v, i) => {
    const outcome = outcomes[i];
    const result = results[v.index];
    if (!outcome || !result) return;
    if (outcome.ok) result.change = outcome.change;
    else for (const p of outcome.problems) (result.errors[p.field] ??= []).push(PROBLEM_KEYS[p.problem]);
  });
  return { rows: results, saved };
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
