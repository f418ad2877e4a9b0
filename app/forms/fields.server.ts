/**
 * Field schemas shared by every form. Values arrive as strings; Conform's parser has already turned an
 * empty field into "not given". Messages are catalogue keys, shown beside the field in the reader's language.
 */
import { z } from "zod";

import { type NumberLocale, parseKroner, parseMeasured } from "../domain/numbers";
import { MAX_SLUG_LENGTH, SLUG_PATTERN, slugify } from "../domain/slug";
import type { MessageKey } from "../i18n/i18n";
import { isIsoDate } from "../utils/dates";

const problem = (key: MessageKey) => ({ error: key });

/**
 * Text as we store it: Unicode NFC, line breaks as LF, and no control characters but tab and line feed
 * (a NUL or an escape sequence typed or pasted into a form is dropped, never stored or sent back raw).
 */
export function cleanText(value: string): string {
  return value
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/[^\P{Cc}\t\n]/gu, "")
    .trim();
}

/** One line of text: tabs and line breaks become spaces. */
function cleanLine(value: string): string {
  return cleanText(value).replace(/\s*[\t\n]+\s*/g, " ");
}

/** Required single-line text, at most `max` characters. */
export function requiredLine(max: number) {
  return z
    .string(problem("form.required"))
    .transform(cleanLine)
    .pipe(z.string(problem("form.required")).min(1, "form.required").max(max, "form.tooLong"));
}

/** Optional single-line text ("" when not given). */
export function optionalLine(max: number) {
  return z.string().transform(cleanLine).pipe(z.string().max(max, "form.tooLong")).optional().default("");
}

/** Optional text of several lines ("" when not given). */
export function optionalText(max: number, tooLong: MessageKey = "form.tooLong") {
  return z.string().transform(cleanText).pipe(z.string().max(max, tooLong)).optional().default("");
}

/** A record id (from a select, a hidden field or a checkbox): a positive whole number ("07" is 7). */
export function id(message: MessageKey = "form.invalid") {
  return z
    .string(problem(message))
    .regex(/^\d{1,9}$/, message)
    .transform(Number)
    .refine((n) => n >= 1, message);
}

/** Repeated ids (checkboxes), each once; none is an empty list. */
export function ids(message: MessageKey = "form.invalid", max = 200) {
  return z
    .array(id(message))
    .max(max, message)
    .default([])
    .transform((list) => [...new Set(list)]);
}

/** The version a form was loaded with, for the compare-and-set that detects a second writer. */
export const version = id("form.version");

/** A choice from a fixed list (a select or radio buttons). */
export function choice<const T extends readonly [string, ...string[]]>(values: T, message: MessageKey = "form.invalid") {
  return z.enum(values, problem(message));
}

/** A checkbox: ticked or not. */
export const checkbox = z.boolean(problem("form.invalid")).optional().default(false);

const EARLIEST_DATE = "2000-01-01";
const LATEST_DATE = "2100-12-31";

/** A calendar date as the date input sends it (YYYY-MM-DD), between 2000 and 2100. */
export function isoDate(message: MessageKey = "form.date") {
  return z
    .string(problem(message))
    .trim()
    .refine((d) => isIsoDate(d) && d >= EARLIEST_DATE && d <= LATEST_DATE, message);
}

/** An optional date: null when not given. */
export function optionalIsoDate(message: MessageKey = "form.date") {
  return isoDate(message)
    .optional()
    .transform((d) => d ?? null);
}

const KRONER_MESSAGES: Record<string, MessageKey> = {
  empty: "form.required",
  decimals: "form.kroner.decimals",
  "too-large": "form.kroner.tooLarge",
};

/** Whole kroner, as people type them (`1.234.567`, `1 234 567`, `1234567 kr.`), from 0 to `max`. */
export function kroner(max = 1_000_000_000) {
  return z.string(problem("form.required")).transform((value, ctx) => {
    const parsed = parseKroner(value);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: KRONER_MESSAGES[parsed.reason] ?? "form.kroner.invalid" });
      return z.NEVER;
    }
    if (parsed.value < 0) {
      ctx.addIssue({ code: "custom", message: "form.kroner.negative" });
      return z.NEVER;
    }
    if (parsed.value > max) {
      ctx.addIssue({ code: "custom", message: "form.kroner.tooLarge" });
      return z.NEVER;
    }
    return parsed.value;
  });
}

/** An optional whole number of things (residents, homes), Danish thousands separators allowed: null when not given. */
export function optionalCount(max = 10_000_000) {
  return z
    .string()
    .transform((value, ctx) => {
      const parsed = parseKroner(value);
      if (!parsed.ok || parsed.value < 0 || parsed.value > max) {
        ctx.addIssue({ code: "custom", message: parsed.ok || parsed.reason !== "decimals" ? "form.count.invalid" : "form.count.decimals" });
        return z.NEVER;
      }
      return parsed.value;
    })
    .optional()
    .transform((v) => v ?? null);
}

/** An optional slug (`korsloekken`); "" when not given, for the form to derive one from the name. */
export const optionalSlug = z
  .string()
  .trim()
  .toLowerCase()
  .max(MAX_SLUG_LENGTH, "form.slug.invalid")
  .regex(SLUG_PATTERN, "form.slug.invalid")
  .optional()
  .default("");

/** The slug given, or one made from the name; refused (on `slug`) when neither gives one. */
export function withSlug<T extends { name: string; slug: string }>(value: T, ctx: z.RefinementCtx): T {
  const slug = value.slug || slugify(value.name);
  if (slug === "") ctx.addIssue({ code: "custom", path: ["slug"], message: "form.slug.required" });
  return { ...value, slug };
}

/** A period's end may not lie before its start (both given). */
export function endNotBeforeStart(value: { startsOn: string | null; endsOn: string | null }, ctx: z.RefinementCtx) {
  if (value.startsOn && value.endsOn && value.endsOn < value.startsOn) {
    ctx.addIssue({ code: "custom", path: ["endsOn"], message: "form.period.endBeforeStart" });
  }
}

const NUMBER_MESSAGES: Record<string, MessageKey> = {
  empty: "form.required",
  ambiguous: "form.number.ambiguous",
  "too-large": "form.number.tooLarge",
};

/**
 * A measured number (indicator baselines, targets and actuals) as written in the reader's language: in Danish
 * `12,5` and `1.050`, in English `12.5` and `1,050`; anything ambiguous refused with an example, never guessed.
 */
export function decimal(locale: NumberLocale) {
  return z.string(problem("form.required")).transform((value, ctx) => {
    const parsed = parseMeasured(value, locale);
    if (parsed.ok) return parsed.value;
    ctx.addIssue({ code: "custom", message: NUMBER_MESSAGES[parsed.reason] ?? "form.number.invalid" });
    return z.NEVER;
  });
}

/** An optional measured number: null when not given. */
export function optionalDecimal(locale: NumberLocale) {
  return decimal(locale)
    .optional()
    .transform((v) => v ?? null);
}
