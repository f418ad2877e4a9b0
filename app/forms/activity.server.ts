import { z } from "zod";

import { FOCUS_AREA_CODES } from "../domain/constants";
import { NotFoundError, OutsidePlanError } from "../domain/errors";
import { parseKroner } from "../domain/numbers";
import { INITIAL_STATUSES } from "../domain/transitions";
import type { MessageKey } from "../i18n/i18n";
import type { ActivityWrite } from "../utils/permissions";
import {
  choice,
  endNotBeforeStart,
  id,
  ids,
  kroner,
  optionalIsoDate,
  optionalLine,
  optionalText,
  requiredLine,
  version,
} from "./fields.server";
import { refuse } from "./form.server";
import type { FormErrors, FormValues } from "./types";

const planId = id("activityForm.error.plan");

/** The fields both activity forms share: everything but plan, budget and status. */
const activityFields = {
  title: requiredLine(200),
  focus: choice(FOCUS_AREA_CODES, "activityForm.error.focus"),
  areaIds: ids("form.areaUnknown").refine((list) => list.length > 0, "activityForm.error.areasRequired"),
  startsOn: optionalIsoDate(),
  endsOn: optionalIsoDate(),
  purpose: optionalText(4000),
  targetGroup: optionalText(2000),
  content: optionalText(4000),
  partners: optionalText(2000),
  responsible: optionalLine(200),
};

/**
 * A new activity (`/activities/new`). The budget may be left empty (0 kr.); a new activity starts as an idea,
 * planned or active. Plan, focus area and areas are checked against the database after parsing.
 */
export const ActivityCreateSchema = z
  .object({
    ...activityFields,
    planId,
    budget: kroner()
      .optional()
      .transform((v) => v ?? 0),
    status: choice(INITIAL_STATUSES, "activityForm.error.status"),
  })
  .superRefine(endNotBeforeStart);

/**
 * The edit page (`/activities/:id/edit`): a change against the version it was loaded with (no status: that
 * changes only through status updates; budget and plan unchanged when not sent), or deleting a mistaken entry.
 */
export const ActivityEditSchema = z.discriminatedUnion("intent", [
  z
    .object({ intent: z.literal("update"), ...activityFields, planId: planId.optional(), budget: kroner().optional(), version })
    .superRefine(endNotBeforeStart),
  z.object({ intent: z.literal("delete"), version }),
]);

/** An id as a form sends it ("07" is 7); anything else is NaN, an area or plan nobody has. */
function sentId(value: FormDataEntryValue): number {
  return typeof value === "string" && /^\d{1,9}$/.test(value) ? Number(value) : Number.NaN;
}

/** A field that was left out or sent empty: "unchanged" on edit, the default on create. */
function given(formData: FormData, name: string): string | null {
  const value = formData.get(name);
  return typeof value === "string" && value.trim() !== "" ? value : null;
}

/**
 * What a posted activity form would change, for the permission check that comes before validation
 * (`mayWriteActivity`): the areas sent, and whether the budget or plan differ from the stored ones (a new
 * activity's budget from 0). A value that cannot be read counts as a change: a forbidden write is refused
 * whatever it sends.
 */
export function activityWriteOf(
  formData: FormData,
  stored: { areaIds: readonly number[]; budget: number; planId: number } | null,
): ActivityWrite {
  const budget = given(formData, "budget");
  const parsedBudget = budget === null ? null : parseKroner(budget);
  const plan = given(formData, "planId");
  return {
    current: stored ? { areaIds: stored.areaIds } : null,
    areaIds: formData.getAll("areaIds").map(sentId),
    changesBudget: parsedBudget !== null && !(parsedBudget.ok && parsedBudget.value === (stored?.budget ?? 0)),
    changesPlan: stored !== null && plan !== null && sentId(plan) !== stored.planId,
  };
}

/** What an activity form's page shows beside a refusal: the areas outside the plan, or the stored activity after a conflict. */
export type ActivityRefusal = {
  intent: "update" | "delete";
  outside: string[];
  current: Record<string, string>;
  currentNames: Record<string, string>;
};

/** The field, and what to say there, for each thing a model may not find. */
const UNKNOWN: Partial<Record<string, { field: string; message: MessageKey }>> = {
  plan: { field: "planId", message: "activityForm.error.plan" },
  focus: { field: "focus", message: "activityForm.error.focus" },
  area: { field: "areaIds", message: "form.areaUnknown" },
};

/**
 * The answer to a model's refusal of an activity write that is the person's to correct (an unknown plan,
 * focus area or area, areas outside the plan): 400 beside the field; null for anything else.
 */
export function refuseActivityInput(form: { values: FormValues; errors?: FormErrors }, error: unknown) {
  const problem = activityInputErrors(error);
  if (!problem) return null;
  return refuse<ActivityRefusal>(form, problem.errors, 400, { intent: "update", ...(problem.outside ? { outside: problem.outside } : {}) });
}

/**
 * A model's refusal of an activity write that is the person's to correct, as field errors (and the areas
 * outside the plan, by name); null for anything else. The forms and the import say the same.
 */
export function activityInputErrors(error: unknown): { errors: FormErrors; outside?: string[] } | null {
  if (error instanceof OutsidePlanError) return { errors: { areaIds: ["activityForm.error.outsidePlan"] }, outside: error.names };
  const unknown = error instanceof NotFoundError ? UNKNOWN[error.entity] : undefined;
  return unknown ? { errors: { [unknown.field]: [unknown.message] } } : null;
}
