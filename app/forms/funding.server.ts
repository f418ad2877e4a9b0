import { z } from "zod";

import { FLAG_PRIORITIES, FUNDING_SOURCE_KINDS, FUNDING_STAGES, type FundingStage } from "../domain/constants";
import { isDecided } from "../domain/funding";
import { AMOUNT_FIELD, amountField } from "./application-fields";
import { checkbox, choice, id, kroner, optionalIsoDate, optionalText, requiredLine, version } from "./fields.server";
import type { FormErrors } from "./types";

const year = z
  .string({ error: "funding.error.year" })
  .trim()
  .regex(/^\d{4}$/, "funding.error.year")
  .transform(Number);

/** What a line or an application says besides its years and amounts. */
const termsFields = {
  sourceId: id("funding.error.source"),
  stage: choice(FUNDING_STAGES, "funding.error.stage"),
  deadline: optionalIsoDate(),
  expectedAnswerOn: optionalIsoDate(),
  decidedOn: optionalIsoDate(),
  note: optionalText(1000),
};

type Terms = { stage: FundingStage; decidedOn: string | null };

/**
 * A decision (granted, paid, rejected) needs its date. The form offers today's date in the field; for a
 * line still open (prospect, applied) the date is not kept, as nothing has been decided yet.
 */
function decisionDate<T extends Terms>(value: T, ctx: z.RefinementCtx): T {
  if (!isDecided(value.stage)) return { ...value, decidedOn: null };
  if (value.decidedOn === null) ctx.addIssue({ code: "custom", path: ["decidedOn"], message: "funding.error.decidedOnRequired" });
  return value;
}

/**
 * The amounts of an application form: one field `amount-YYYY` a year, an empty one for a year without money.
 * Each is checked as whole kroner, its error shown beside its own field; at least one must be given. Whether
 * the years are this activity's is checked by the route, against the database.
 */
function amountsByYear(value: Record<string, unknown>, ctx: z.RefinementCtx): { year: number; amount: number }[] {
  const amounts: { year: number; amount: number }[] = [];
  let refused = false;
  for (const [name, raw] of Object.entries(value)) {
    const match = AMOUNT_FIELD.exec(name);
    if (!match) continue;
    if (raw === undefined || (typeof raw === "string" && raw.trim() === "")) continue;
    const parsed = kroner().safeParse(raw);
    if (!parsed.success) {
      refused = true;
      for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", path: [name], message: issue.message });
      continue;
    }
    amounts.push({ year: Number(match[1]), amount: parsed.data });
  }
  if (amounts.length === 0 && !refused) ctx.addIssue({ code: "custom", path: ["amounts"], message: "application.error.noAmount" });
  return amounts.sort((a, b) => a.year - b.year);
}

/**
 * The lines of an application as its form was loaded: `id:version` pairs separated by spaces, so that a
 * change to any of them (or a line added or withdrawn) since then is a conflict.
 */
const loadedLines = z
  .string({ error: "form.version" })
  .trim()
  .regex(/^\d{1,9}:\d{1,9}( \d{1,9}:\d{1,9})*$/, "form.version")
  .transform((s) =>
    s.split(" ").map((pair) => {
      const [lineId, lineVersion] = pair.split(":").map(Number);
      return { id: lineId ?? 0, version: lineVersion ?? 0 };
    }),
  );

type ApplicationTerms = Terms & {
  sourceId: number;
  deadline: string | null;
  expectedAnswerOn: string | null;
  note: string;
};

/** An application form's value: its terms (a decided one with its date) and the amounts per year. */
function application<T extends ApplicationTerms & Record<string, unknown>>(value: T, ctx: z.RefinementCtx) {
  const amounts = amountsByYear(value, ctx);
  const { sourceId, stage, deadline, expectedAnswerOn, decidedOn, note } = value;
  return { ...decisionDate({ sourceId, stage, deadline, expectedAnswerOn, decidedOn, note }, ctx), amounts };
}

/**
 * The forms of `/activities/:id/funding`. An application: a source, a stage, its dates and note, and an
 * amount for each year it covers, saved as one line a year that stay linked; created, changed (against the
 * versions of all its lines as loaded) or withdrawn together. A single line: changed against the version it
 * was loaded with, or withdrawn. (`create` adds one line on its own, as before applications.) The years and
 * known sources are checked after, against the database.
 */
export const FundingLineSchema = z.discriminatedUnion("intent", [
  z
    .looseObject({ intent: z.literal("createApplication"), ...termsFields })
    .transform((v, ctx) => ({ intent: v.intent, ...application(v, ctx) })),
  z
    .looseObject({ intent: z.literal("updateApplication"), ...termsFields, applicationId: id(), lines: loadedLines })
    .transform((v, ctx) => ({ intent: v.intent, applicationId: v.applicationId, lines: v.lines, ...application(v, ctx) })),
  z.object({ intent: z.literal("withdrawApplication"), applicationId: id(), lines: loadedLines }),
  z.object({ intent: z.literal("create"), ...termsFields, year, amount: kroner() }).transform(decisionDate),
  z.object({ intent: z.literal("update"), ...termsFields, year, amount: kroner(), lineId: id(), version }).transform(decisionDate),
  // Withdraw (delete) a line, against the version it was shown with.
  z.object({ intent: z.literal("withdraw"), lineId: id(), version }),
]);

/**
 * A line's fields as the line forms read them, without the rule that ties the decision date to the stage:
 * what an import compares a row with the stored line through, so that a line stored before that rule (a
 * decided line without its date) reads back unchanged. A row that changes anything is checked with
 * FundingLineSchema, rule included.
 */
export const FundingLineFieldsSchema = z.object({ ...termsFields, year, amount: kroner() });

/** A fundraising flag: raise one (with priority and note), or resolve the open one. */
export const FlagSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("flag"), priority: choice(FLAG_PRIORITIES, "flag.error.priority"), note: optionalText(1000) }),
  z.object({ intent: z.literal("resolve"), flagId: id() }),
]);

/**
 * A funding source (`/funding/sources`): a new one, or (with `id`) a change to one against the version its
 * form was loaded with. `countsAsLocal` is for administrators only: the route refuses it from anyone else
 * before this schema sees it.
 */
export const FundingSourceSchema = z
  .object({
    id: id().optional(),
    version: version.optional(),
    name: requiredLine(120),
    kind: choice(FUNDING_SOURCE_KINDS, "sources.error.kind"),
    countsAsLocal: checkbox,
  })
  .superRefine((v, ctx) => {
    if (v.id !== undefined && v.version === undefined) ctx.addIssue({ code: "custom", path: ["version"], message: "form.version" });
  });

/**
 * What the funding forms check against the database after their schema: a source that exists, and years the
 * activity's lines may fall in (its plan's and its own period's, `activityFundingYears`). A line's year is
 * its `year` field; an application's years are its amount fields (`amount-YYYY`), each error beside its own.
 * The import checks its rows with the same rule.
 */
export function fundingLineProblems(
  value: { sourceId: number } & ({ year: number } | { amounts: readonly { year: number }[] }),
  known: { sourceIds: readonly number[]; years: readonly number[] },
): FormErrors {
  const problems: FormErrors = {};
  if (!known.sourceIds.includes(value.sourceId)) problems.sourceId = ["funding.error.source"];
  if ("year" in value) {
    if (!known.years.includes(value.year)) problems.year = ["funding.error.yearOutsidePlan"];
  } else {
    for (const { year } of value.amounts) if (!known.years.includes(year)) problems[amountField(year)] = ["funding.error.yearOutsidePlan"];
  }
  return problems;
}
