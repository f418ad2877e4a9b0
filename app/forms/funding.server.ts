import { z } from "zod";

import { FLAG_PRIORITIES, FUNDING_SOURCE_KINDS, FUNDING_STAGES } from "../domain/constants";
import { yearOf } from "../utils/dates";
import { checkbox, choice, id, kroner, optionalIsoDate, optionalText, requiredLine, version } from "./fields.server";
import type { FormErrors } from "./types";

const year = z
  .string({ error: "funding.error.year" })
  .trim()
  .regex(/^\d{4}$/, "funding.error.year")
  .transform(Number);

const lineFields = {
  sourceId: id("funding.error.source"),
  year,
  amount: kroner(),
  stage: choice(FUNDING_STAGES, "funding.error.stage"),
  deadline: optionalIsoDate(),
  decidedOn: optionalIsoDate(),
  note: optionalText(1000),
};

/**
 * The funding line form (`/activities/:id/funding`): a new line, a change to one against the version it
 * was loaded with, or its withdrawal. The plan period and known sources are checked after, against the database.
 */
export const FundingLineSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("create"), ...lineFields }),
  z.object({ intent: z.literal("update"), ...lineFields, lineId: id(), version }),
  // Withdraw (delete) a line, against the version it was shown with.
  z.object({ intent: z.literal("withdraw"), lineId: id(), version }),
]);

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
 * What the funding line form checks against the database after its schema: a source that exists and a year
 * inside the activity's plan. The import checks its rows with the same rule.
 */
export function fundingLineProblems(
  line: { sourceId: number; year: number },
  known: { sourceIds: readonly number[]; years: readonly number[] },
): FormErrors {
  const problems: FormErrors = {};
  if (!known.sourceIds.includes(line.sourceId)) problems.sourceId = ["funding.error.source"];
  if (!known.years.includes(line.year)) problems.year = ["funding.error.yearOutsidePlan"];
  return problems;
}

/** The years a plan runs, from its first to its last: the years its activities' funding lines may be for. */
export function planYears(plan: { startsOn: string; endsOn: string }): number[] {
  const years: number[] = [];
  for (let y = yearOf(plan.startsOn); y <= yearOf(plan.endsOn); y++) years.push(y);
  return years;
}
