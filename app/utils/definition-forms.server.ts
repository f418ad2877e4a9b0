import { z } from "zod";

import { isIsoDate } from "./dates";
import { INDICATOR_DIRECTIONS, INDICATOR_KINDS } from "./domain";
import { parseIndicatorValue } from "./numbers";

const numberField = z.string().transform((value, ctx) => {
  const parsed = parseIndicatorValue(value);
  if (parsed.ok) return parsed.value;
  const message =
    parsed.reason === "empty"
      ? "form.required"
      : parsed.reason === "ambiguous"
        ? "update.error.indicatorAmbiguous"
        : parsed.reason === "too-large"
          ? "update.error.indicatorTooLarge"
          : "update.error.indicatorNotNumber";
  ctx.addIssue({ code: "custom", message });
  return z.NEVER;
});

export const IndicatorSchema = z
  .object({
    name: z.string().trim().min(1, "form.required").max(120, "form.tooLong"),
    unit: z.string().trim().min(1, "form.required").max(40, "form.tooLong"),
    baseline: numberField,
    target: numberField,
    direction: z.enum(INDICATOR_DIRECTIONS, { message: "form.invalid" }),
    kind: z.enum(INDICATOR_KINDS, { message: "form.invalid" }),
  })
  .superRefine((v, ctx) => {
    if (v.target === v.baseline) ctx.addIssue({ code: "custom", path: ["target"], message: "indicator.error.targetEqualsBaseline" });
    else if (v.direction === "higher" && v.target < v.baseline) {
      ctx.addIssue({ code: "custom", path: ["direction"], message: "indicator.error.directionHigher" });
    } else if (v.direction === "lower" && v.target > v.baseline) {
      ctx.addIssue({ code: "custom", path: ["direction"], message: "indicator.error.directionLower" });
    }
  });

const dateField = z
  .string()
  .trim()
  .refine(isIsoDate, "update.error.date")
  .refine((d) => d >= "2000-01-01" && d <= "2100-12-31", "update.error.date");

export const MilestoneCreateSchema = z.object({
  intent: z.literal("create"),
  title: z.string().trim().min(1, "form.required").max(200, "form.tooLong"),
  dueOn: dateField,
});

export const MilestoneDoneSchema = z.object({
  intent: z.literal("done"),
  milestoneId: z
    .string()
    .regex(/^\d{1,9}$/, "form.invalid")
    .transform(Number),
  doneOn: dateField,
});
