import { z } from "zod";

import { INDICATOR_DIRECTIONS, INDICATOR_KINDS } from "../domain/constants";
import type { NumberLocale } from "../domain/numbers";
import { choice, decimal, id, isoDate, optionalLine, requiredLine, version } from "./fields.server";

/** The indicator_revisions table holds a reason of at most this many characters. */
const MAX_REASON_LENGTH = 1000;

/** Baseline and target are read as the reader writes numbers (their UI language). */
const indicatorFields = (locale: NumberLocale) => ({
  name: requiredLine(120),
  unit: requiredLine(40),
  baseline: decimal(locale),
  target: decimal(locale),
  direction: choice(INDICATOR_DIRECTIONS),
  kind: choice(INDICATOR_KINDS),
  /** The shared indicator its figures add up to (a select; empty: none). Checked against the database after parsing. */
  sharedIndicatorId: id("shared.error.unknown")
    .optional()
    .transform((v) => v ?? null),
});

type Definition = { baseline: number; target: number; direction: (typeof INDICATOR_DIRECTIONS)[number] };

/** A target must differ from the baseline and lie on the side the direction calls better. */
function checkDefinition(v: Definition, ctx: z.RefinementCtx) {
  if (v.target === v.baseline) ctx.addIssue({ code: "custom", path: ["target"], message: "indicator.error.targetEqualsBaseline" });
  else if (v.direction === "higher" && v.target < v.baseline) {
    ctx.addIssue({ code: "custom", path: ["direction"], message: "indicator.error.directionHigher" });
  } else if (v.direction === "lower" && v.target > v.baseline) {
    ctx.addIssue({ code: "custom", path: ["direction"], message: "indicator.error.directionLower" });
  }
}

/** An indicator's definition: what is measured, from where to where, and which way is better. */
export const indicatorSchema = (locale: NumberLocale) => z.object(indicatorFields(locale)).superRefine(checkDefinition);

/**
 * An indicator's own page (`/activities/:id/indicators/:indicatorId`): change its definition (a new baseline
 * or target needs a reason, checked against the stored values after parsing), or retire it (with a reason).
 * Both against the version the page was loaded with.
 */
export const indicatorChangeSchema = (locale: NumberLocale) =>
  z.discriminatedUnion("intent", [
    z
      .object({ intent: z.literal("edit"), ...indicatorFields(locale), reason: optionalLine(MAX_REASON_LENGTH), version })
      .superRefine(checkDefinition),
    z.object({ intent: z.literal("retire"), reason: optionalLine(MAX_REASON_LENGTH), version }).superRefine((v, ctx) => {
      if (v.reason === "") ctx.addIssue({ code: "custom", path: ["reason"], message: "indicatorEdit.error.retireReasonRequired" });
    }),
  ]);

/** Milestones: add one, or mark one done. */
export const MilestoneSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("create"), title: requiredLine(200), dueOn: isoDate() }),
  z.object({ intent: z.literal("done"), milestoneId: id(), doneOn: isoDate() }),
]);

/** A milestone's own page (`/activities/:id/milestones/:milestoneId`): edit, delete (not done) or reopen (done). */
export const MilestoneChangeSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("edit"), title: requiredLine(200), dueOn: isoDate(), version }),
  z.object({ intent: z.literal("delete"), version }),
  z.object({ intent: z.literal("reopen"), version }),
]);
