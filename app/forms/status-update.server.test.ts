import { describe, expect, it } from "vitest";

import type { ActivityForReport } from "../models/status-update.server";
import { parseStatusUpdate } from "./status-update.server";

/**
 * The status update form's schema is built once per locale and checks each activity's rules from the parse
 * under way (see status-update.server.ts): what a single schema built per activity gave must not change,
 * and one activity's rules must never be checked against another's form.
 */
function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(name, v);
  return data;
}

const indicator = (id: number) => ({
  id,
  name: `I${id}`,
  unit: "deltagere",
  target: 10,
  kind: "cumulative" as const,
  last: null,
  total: null,
});

function activity(patch: Partial<ActivityForReport> = {}): ActivityForReport {
  return {
    id: 1,
    title: "Lektiecafé",
    status: "active",
    health: "green",
    healthReason: "",
    version: 3,
    startsOn: "2025-01-01",
    areaIds: [1],
    latestReportedOn: "2026-03-01",
    indicators: [indicator(5)],
    retiredIndicatorIds: [7],
    ...patch,
  };
}

const valid = { status: "active", health: "green", healthReason: "", note: "", reportedOn: "2026-04-01", version: "3" };
const context: Parameters<typeof parseStatusUpdate>[2] = { today: "2026-06-15", mayReopen: false, locale: "da" };
const parse = (fields: Record<string, string | string[]>, a = activity(), c = context) => parseStatusUpdate(form(fields), a, c);
/** A refused form's errors (none for an accepted one). */
const errorsOf = (fields: Record<string, string | string[]>, a = activity()) => {
  const result = parse(fields, a);
  return result.ok ? {} : result.errors;
};

describe("parseStatusUpdate", () => {
  it("gives the update with the activity's indicator figures, in the reader's number format", () => {
    const result = parse({ ...valid, health: "amber", healthReason: "Få frivillige", "indicator-5": "1.050,5" });
    expect(result).toMatchObject({
      ok: true,
      value: { status: "active", health: "amber", healthReason: "Få frivillige", version: 3, actuals: [{ indicatorId: 5, value: 1050.5 }] },
    });
    expect(parse({ ...valid, "indicator-5": "1,050.5" }, activity(), { ...context, locale: "en" })).toMatchObject({
      value: { actuals: [{ indicatorId: 5, value: 1050.5 }] },
    });
    // Empty is no figure, as is an empty file field (a multipart form); green keeps no reason.
    expect(parse({ ...valid, healthReason: "Glemt", "indicator-5": "" })).toMatchObject({
      ok: true,
      value: { healthReason: "", actuals: [] },
    });
    const multipart = form(valid);
    multipart.append("indicator-5", new File([], ""));
    expect(parseStatusUpdate(multipart, activity(), context)).toMatchObject({ ok: true, value: { actuals: [] } });
  });

  it("reports an indicator's error beside its field, together with the other fields' errors", () => {
    const result = parse({ ...valid, status: "finished", "indicator-5": "12.5" });
    expect(result).toMatchObject({ ok: false, errors: { status: ["update.error.status"], "indicator-5": ["form.number.ambiguous"] } });
    expect(result.values).toMatchObject({ status: "finished", "indicator-5": "12.5" });
  });

  it("checks the activity's rules, all together, unless a field is unusable", () => {
    expect(parse({ ...valid, status: "idea", health: "red", reportedOn: "2026-07-01", "indicator-9": "1" })).toMatchObject({
      ok: false,
      errors: {
        healthReason: ["update.error.reasonRequired"],
        _form: ["update.error.indicatorUnknown"],
        reportedOn: ["update.error.dateFuture"],
        status: ["update.error.transition"],
      },
    });
    // A text too long or a malformed version still lets the rules be checked: every error at once.
    expect(errorsOf({ ...valid, health: "red", note: "x".repeat(2001), version: "v3" })).toEqual({
      note: ["update.error.noteTooLong"],
      version: ["form.version"],
      healthReason: ["update.error.reasonRequired"],
    });
    // An unknown status, or a figure that is not a number, leaves nothing to check the rules with.
    expect(errorsOf({ ...valid, status: "finished", health: "red" })).toEqual({ status: ["update.error.status"] });
    expect(errorsOf({ ...valid, health: "red", "indicator-5": "mange" })).toEqual({ "indicator-5": ["form.number.invalid"] });
  });

  it("refuses a figure for a retired indicator beside its field, and takes it left empty as no figure", () => {
    expect(errorsOf({ ...valid, "indicator-7": "4" })).toEqual({ "indicator-7": ["indicatorEdit.error.takesNoActuals"] });
    expect(parse({ ...valid, "indicator-7": "" })).toMatchObject({ ok: true, value: { actuals: [] } });
  });

  it("checks each form against its own activity, one parse after another", () => {
    const other = activity({ id: 2, status: "completed", startsOn: "2026-05-01", latestReportedOn: null, indicators: [indicator(6)] });
    expect(parse({ ...valid, "indicator-5": "2" })).toMatchObject({ ok: true, value: { actuals: [{ indicatorId: 5, value: 2 }] } });
    expect(errorsOf({ ...valid, "indicator-5": "2" }, other)).toEqual({
      _form: ["update.error.indicatorUnknown"],
      reportedOn: ["update.error.dateBeforeStart"],
      status: ["update.error.transitionFinal"],
    });
    expect(parse({ ...valid, status: "completed", reportedOn: "2026-05-02", "indicator-6": "2" }, other)).toMatchObject({
      ok: true,
      value: { actuals: [{ indicatorId: 6, value: 2 }] },
    });
    expect(parse({ ...valid, "indicator-5": "3" })).toMatchObject({ ok: true, value: { actuals: [{ indicatorId: 5, value: 3 }] } });
  });
});
