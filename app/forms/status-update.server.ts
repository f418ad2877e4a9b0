import { z } from "zod";

import { ACTIVITY_STATUSES, HEALTHS } from "../domain/constants";
import type { NumberLocale } from "../domain/numbers";
import { checkTransition } from "../domain/transitions";
import type { ActivityForReport } from "../models/status-update.server";
import { choice, isoDate, optionalDecimal, optionalText, version } from "./fields.server";

const MAX_NOTE_LENGTH = 2000;
const INDICATOR_FIELD = /^indicator-/;

/**
 * The status update form (`/activities/:id/updates`) for one activity: the fields, then the rules that need
 * the activity (dates, allowed transitions, which indicators exist and take figures). Indicator actuals
 * arrive as `indicator-<id>`; an empty one means "no new figure"; one for a retired indicator is refused.
 */
export function statusUpdateSchema(activity: ActivityForReport, context: { today: string; mayReopen: boolean; locale: NumberLocale }) {
  const indicatorFields = Object.fromEntries(activity.indicators.map((i) => [`indicator-${i.id}`, optionalDecimal(context.locale)]));
  const retiredFields = new Set(activity.retiredIndicatorIds.map((id) => `indicator-${id}`));
  return z
    .object({
      status: choice(ACTIVITY_STATUSES, "update.error.status"),
      health: choice(HEALTHS, "update.error.health"),
      healthReason: optionalText(500, "update.error.reasonTooLong"),
      note: optionalText(MAX_NOTE_LENGTH, "update.error.noteTooLong"),
      reportedOn: isoDate(),
      version,
      ...indicatorFields,
    })
    .catchall(z.unknown())
    .superRefine((value, ctx) => {
      const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
      if (value.health !== "green" && value.healthReason === "") issue("healthReason", "update.error.reasonRequired");
      // Only this activity's indicators, each named canonically once ("indicator-01" would be a second value for 1).
      // A retired one takes no new figures: said beside its field (and in the summary, as its field is not shown);
      // left empty (a form opened before it was retired), it is no figure and nothing to refuse.
      const unknown = Object.keys(value).filter((key) => INDICATOR_FIELD.test(key) && !(key in indicatorFields));
      const retired = unknown.filter((key) => retiredFields.has(key));
      for (const key of retired) if (value[key] !== undefined && value[key] !== "") issue(key, "indicatorEdit.error.takesNoActuals");
      if (unknown.length > retired.length) issue("_form", "update.error.indicatorUnknown");
      if (value.reportedOn > context.today) issue("reportedOn", "update.error.dateFuture");
      else if (activity.startsOn && value.reportedOn < activity.startsOn) issue("reportedOn", "update.error.dateBeforeStart");
      else if (activity.latestReportedOn && value.reportedOn < activity.latestReportedOn)
        issue("reportedOn", "update.error.dateBeforeLatest");
      const transition = checkTransition(activity.status, value.status, { mayReopen: context.mayReopen });
      if (!transition.ok) issue("status", transition.reason === "final" ? "update.error.transitionFinal" : "update.error.transition");
    })
    .transform((value) => ({
      status: value.status,
      health: value.health,
      healthReason: value.health === "green" ? "" : value.healthReason,
      note: value.note,
      reportedOn: value.reportedOn,
      version: value.version,
      actuals: activity.indicators.flatMap((i) => {
        const actual = value[`indicator-${i.id}`];
        return typeof actual === "number" ? [{ indicatorId: i.id, value: actual }] : [];
      }),
    }));
}
