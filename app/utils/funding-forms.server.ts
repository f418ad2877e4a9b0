import { z } from "zod";

import { isIsoDate } from "./dates";
import { FLAG_PRIORITIES, FUNDING_SOURCE_KINDS, FUNDING_STAGES } from "./domain";
import { parseKroner } from "./numbers";

const MAX_AMOUNT = 1_000_000_000; // a billion kroner: anything above is a typing error, not a grant

const optionalDate = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || (isIsoDate(v) && v >= "2000-01-01" && v <= "2100-12-31"), "update.error.date");

const amountField = z.string().transform((value, ctx) => {
  const parsed = parseKroner(value);
  if (!parsed.ok) {
    const message =
      parsed.reason === "empty"
        ? "form.required"
        : parsed.reason === "decimals"
          ? "funding.error.decimals"
          : parsed.reason === "too-large"
            ? "funding.error.tooLarge"
            : "funding.error.amount";
    ctx.addIssue({ code: "custom", message });
    return z.NEVER;
  }
  if (parsed.value < 0) {
    ctx.addIssue({ code: "custom", message: "funding.error.negative" });
    return z.NEVER;
  }
  if (parsed.value > MAX_AMOUNT) {
    ctx.addIssue({ code: "custom", message: "funding.error.tooLarge" });
    return z.NEVER;
  }
  return parsed.value;
});

/** The funding line form (`/activities/:id/funding`). The plan period and known sources are checked after. */
export const FundingLineSchema = z.object({
  sourceId: z
    .string()
    .regex(/^\d{1,9}$/, "funding.error.source")
    .transform(Number),
  year: z
    .string()
    .trim()
    .regex(/^\d{4}$/, "funding.error.year")
    .transform(Number),
  amount: amountField,
  stage: z.enum(FUNDING_STAGES, { message: "funding.error.stage" }),
  deadline: optionalDate,
  decidedOn: optionalDate,
  note: z.string().trim().max(1000, "form.tooLong").default(""),
});

export const FundingLineUpdateSchema = FundingLineSchema.extend({
  lineId: z
    .string()
    .regex(/^\d{1,9}$/, "form.invalid")
    .transform(Number),
  version: z
    .string()
    .regex(/^\d{1,9}$/, "update.error.version")
    .transform(Number),
});

export const FlagSchema = z.object({
  priority: z.enum(FLAG_PRIORITIES, { message: "flag.error.priority" }),
  note: z.string().trim().max(1000, "form.tooLong").default(""),
});

export const ResolveFlagSchema = z.object({
  flagId: z
    .string()
    .regex(/^\d{1,9}$/, "form.invalid")
    .transform(Number),
});

export const FundingSourceSchema = z.object({
  id: z
    .string()
    .regex(/^\d{1,9}$/, "form.invalid")
    .transform(Number)
    .optional(),
  name: z.string().trim().min(1, "form.required").max(120, "form.tooLong"),
  kind: z.enum(FUNDING_SOURCE_KINDS, { message: "sources.error.kind" }),
  countsAsLocal: z
    .literal("on")
    .optional()
    .transform((v) => v === "on"),
});
