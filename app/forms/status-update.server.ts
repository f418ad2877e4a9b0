import { unstable_coerceFormValue as coerceFormValue } from "@conform-to/zod/v4";
import { z } from "zod";

import { ACTIVITY_STATUSES, HEALTHS } from "../domain/constants";
import type { NumberLocale } from "../domain/numbers";
import { checkTransition } from "../domain/transitions";
import type { ActivityForReport } from "../models/status-update.server";
import { choice, isoDate, optionalDecimal, optionalText, version } from "./fields.server";
import { parseFormData } from "./form.server";

const MAX_NOTE_LENGTH = 2000;
const INDICATOR_FIELD = /^indicator-/;

type Report = { activity: ActivityForReport; today: string; mayReopen: boolean };

/**
 * What the parse under way checks against: the activity, today, whether the user may reopen. The schema is
 * built once per locale, not per request (building a zod 4 schema costs more than validating with it: each
 * new object schema is compiled on its first use, and Conform derives its coercion of each new schema), and
 * zod hands its checks no context of their own. Parsing is synchronous, so the parse that sets this is the
 * one that reads it.
 */
let report: Report | null = null;

function current(): Report {
  if (!report) throw new Error("a status update is parsed with parseStatusUpdate");
  return report;
}

/** The activity's indicators that take figures, as form fields (`indicator-<id>`). */
const indicatorFields = (activity: ActivityForReport) => activity.indicators.map((i) => ({ id: i.id, key: `indicator-${i.id}` }));

/**
 * The status update form for one locale (how its numbers are written). Indicator actuals arrive as
 * `indicator-<id>`; an empty one means "no new figure"; one for a retired indicator is refused. The
 * activity's indicator fields are validated as if they were fields of the form: their errors come with the
 * others', and any of them stops the rules that need the activity (dates, allowed transitions, which
 * indicators exist), as a field of the form does.
 */
function statusUpdateSchema(locale: NumberLocale) {
  // An indicator's field as the form would read it (Conform's coercion: an empty field is "not given").
  const actual = coerceFormValue(optionalDecimal(locale));
  return z
    .object({
      status: choice(ACTIVITY_STATUSES, "update.error.status"),
      health: choice(HEALTHS, "update.error.health"),
      healthReason: optionalText(500, "update.error.reasonTooLong"),
      note: optionalText(MAX_NOTE_LENGTH, "update.error.noteTooLong"),
      reportedOn: isoDate(),
      version,
    })
    .catchall(z.unknown())
    .superRefine(
      (value, ctx) => {
        for (const { key } of indicatorFields(current().activity)) {
          const parsed = actual.safeParse(value[key]);
          if (parsed.success) continue;
          for (const { path, message } of parsed.error.issues) ctx.addIssue({ code: "custom", path: [key, ...path], message, fatal: true });
        }
      },
      // Checked even when other fields are wrong, as a field of the form would be.
      { when: () => true },
    )
    .superRefine((value, ctx) => {
      const { activity, today, mayReopen } = current();
      const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
      if (value.health !== "green" && value.healthReason === "") issue("healthReason", "update.error.reasonRequired");
      // Only this activity's indicators, each named canonically once ("indicator-01" would be a second value for 1).
      // A retired one takes no new figures: said beside its field (and in the summary, as its field is not shown);
      // left empty (a form opened before it was retired), it is no figure and nothing to refuse.
      const known = new Set(indicatorFields(activity).map((f) => f.key));
      const retiredFields = new Set(activity.retiredIndicatorIds.map((id) => `indicator-${id}`));
      const unknown = Object.keys(value).filter((key) => INDICATOR_FIELD.test(key) && !known.has(key));
      const retired = unknown.filter((key) => retiredFields.has(key));
      for (const key of retired) if (value[key] !== undefined && value[key] !== "") issue(key, "indicatorEdit.error.takesNoActuals");
      if (unknown.length > retired.length) issue("_form", "update.error.indicatorUnknown");
      if (value.reportedOn > today) issue("reportedOn", "update.error.dateFuture");
      else if (activity.startsOn && value.reportedOn < activity.startsOn) issue("reportedOn", "update.error.dateBeforeStart");
      else if (activity.latestReportedOn && value.reportedOn < activity.latestReportedOn)
        issue("reportedOn", "update.error.dateBeforeLatest");
      const transition = checkTransition(activity.status, value.status, { mayReopen });
      if (!transition.ok) issue("status", transition.reason === "final" ? "update.error.transitionFinal" : "update.error.transition");
    })
    .transform((value) => ({
      status: value.status,
      health: value.health,
      healthReason: value.health === "green" ? "" : value.healthReason,
      note: value.note,
      reportedOn: value.reportedOn,
      version: value.version,
      actuals: indicatorFields(current().activity).flatMap(({ id, key }) => {
        const figure = actual.parse(value[key]);
        return typeof figure === "number" ? [{ indicatorId: id, value: figure }] : [];
      }),
    }));
}

const SCHEMAS: Record<NumberLocale, ReturnType<typeof statusUpdateSchema>> = { da: statusUpdateSchema("da"), en: statusUpdateSchema("en") };

/** Reads and checks the status update form (`/activities/:id/updates`) sent for an activity. */
export function parseStatusUpdate(
  formData: FormData,
  activity: ActivityForReport,
  context: Omit<Report, "activity"> & { locale: NumberLocale },
) {
  report = { activity, today: context.today, mayReopen: context.mayReopen };
  try {
    return parseFormData(formData, SCHEMAS[context.locale]);
  } finally {
    report = null;
  }
}
