import { z } from "zod";

import type { ActivityForReport } from "../models/status-update.server";
import { isIsoDate } from "./dates";
import { ACTIVITY_STATUSES, HEALTHS } from "./domain";
import type { FieldErrors } from "./forms.server";
import { isMessageKey, type MessageKey } from "../i18n/i18n";
import { parseIndicatorValue } from "./numbers";
import { checkTransition } from "./transitions";

const MAX_NOTE_LENGTH = 2000;

/** The status update form (`/activities/:id/updates`). Indicator actuals arrive as `indicator-<id>`. */
const StatusUpdateSchema = z
  .object({
    status: z.enum(ACTIVITY_STATUSES, { message: "update.error.status" }),
    health: z.enum(HEALTHS, { message: "update.error.health" }),
    healthReason: z.string().trim().max(500, "update.error.reasonTooLong").default(""),
    note: z
      .string()
      .transform((s) => s.replace(/\r\n/g, "\n").trim())
      .pipe(z.string().max(MAX_NOTE_LENGTH, "update.error.noteTooLong"))
      .default(""),
    reportedOn: z.string().trim().refine(isIsoDate, "update.error.date"),
    version: z
      .string()
      .regex(/^\d{1,9}$/, "update.error.version")
      .transform(Number),
  })
  .superRefine((value, ctx) => {
    if (value.health !== "green" && value.healthReason === "") {
      ctx.addIssue({ code: "custom", path: ["healthReason"], message: "update.error.reasonRequired" });
    }
  });

export type StatusUpdateInput = z.infer<typeof StatusUpdateSchema>;

const NUMBER_MESSAGES: Record<string, MessageKey> = {
  "not-a-number": "update.error.indicatorNotNumber",
  ambiguous: "update.error.indicatorAmbiguous",
  "too-large": "update.error.indicatorTooLarge",
};

/**
 * Parses and checks a status update against its activity: the schema, then the rules that need the
 * activity (dates, transitions, which indicators exist). Returns field errors keyed by field name.
 */
export function validateStatusUpdate(
  raw: Record<string, unknown>,
  activity: ActivityForReport,
  context: { today: string; mayReopen: boolean },
):
  | { ok: true; value: StatusUpdateInput; actuals: { indicatorId: number; value: number }[] }
  | { ok: false; errors: FieldErrors; transitionRefused?: boolean } {
  const errors: FieldErrors = {};
  const add = (field: string, key: MessageKey) => {
    errors[field] = [...(errors[field] ?? []), key];
  };

  const parsed = StatusUpdateSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      add(String(issue.path[0] ?? "_form"), isMessageKey(issue.message) ? issue.message : "form.invalid");
    }
  }

  const actuals: { indicatorId: number; value: number }[] = [];
  const known = new Set(activity.indicators.map((i) => i.id));
  const seen = new Set<number>();
  for (const [key, rawValue] of Object.entries(raw)) {
    if (!key.startsWith("indicator-")) continue;
    // Canonical ids only: "indicator-01" would be a second value for indicator 1.
    const match = key.match(/^indicator-([1-9]\d{0,8})$/);
    const indicatorId = match ? Number(match[1]) : NaN;
    if (!known.has(indicatorId) || seen.has(indicatorId)) {
      add("_form", "update.error.indicatorUnknown");
      continue;
    }
    seen.add(indicatorId);
    if (typeof rawValue !== "string" || rawValue.trim() === "") continue; // no new figure: allowed
    const number = parseIndicatorValue(rawValue);
    if (number.ok) actuals.push({ indicatorId, value: number.value });
    else add(key, NUMBER_MESSAGES[number.reason] ?? "update.error.indicatorNotNumber");
  }

  let transitionRefused = false;
  if (parsed.success) {
    const v = parsed.data;
    if (v.reportedOn > context.today) add("reportedOn", "update.error.dateFuture");
    else if (activity.startsOn && v.reportedOn < activity.startsOn) add("reportedOn", "update.error.dateBeforeStart");
    else if (activity.latestReportedOn && v.reportedOn < activity.latestReportedOn) add("reportedOn", "update.error.dateBeforeLatest");
    const transition = checkTransition(activity.status, v.status, { mayReopen: context.mayReopen });
    if (!transition.ok) {
      transitionRefused = true;
      add("status", transition.reason === "final" ? "update.error.transitionFinal" : "update.error.transition");
    }
  }

  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors, transitionRefused };
  return { ok: true, value: parsed.data, actuals };
}
