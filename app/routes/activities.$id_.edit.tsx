import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";

import { ActivityForm, DeleteActivity } from "../components/activity/activity-form";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { ConflictNotice, ErrorSummary } from "../components/forms";
import { StateConflictError, VersionConflictError } from "../domain/errors";
import { ActivityEditSchema, type ActivityRefusal, activityWriteOf, refuseActivityInput } from "../forms/activity.server";
import { parseFormData, readForm, refuse } from "../forms/form.server";
import { formatDate, formatMoney } from "../i18n/format";
import { useTranslation } from "../i18n/use-translation";
import {
  type ActivityForEdit,
  activityFormOptions,
  deleteActivity,
  getActivityForEdit,
  isMistakenEntry,
  updateActivity,
} from "../models/activity.server";
import { requirePermission, requireUser, type SessionUser } from "../utils/auth.server";
import { httpError, invariantResponse, redirectSaved, requireId } from "../utils/http.server";
import { pageTitle } from "../utils/meta";
import { can, mayDeleteActivity, mayWriteActivity } from "../utils/permissions";
import { activityChoicesFor } from "../views/activity-form.server";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, (t) => (data ? t("activityForm.editTitle", { title: data.activity.title }) : undefined));

/** An activity as its edit form sends it, to start the form from and to compare with after a conflict. */
function asFormValues(a: ActivityForEdit): Record<string, string> {
  return {
    title: a.title,
    planId: String(a.planId),
    focus: a.focus,
    areaIds: [...a.areaIds].sort((x, y) => x - y).join(", "),
    budget: String(a.budget),
    startsOn: a.startsOn ?? "",
    endsOn: a.endsOn ?? "",
    purpose: a.purpose,
    targetGroup: a.targetGroup,
    content: a.content,
    partners: a.partners,
    responsible: a.responsible,
  };
}

/** Sign-in, then 404 for an unknown activity, then 403 unless the user may edit it. */
async function requireEditableActivity(request: Request, idParam: string | undefined) {
  const user = await requireUser(request);
  const activity = getActivityForEdit(requireId(idParam));
  invariantResponse(activity, 404);
  requirePermission(user, "activity:edit", activity);
  return { user, activity };
}

/** The form's choices for this user and activity; what a manager may not change is shown, not offered. */
function formFor(user: SessionUser, activity: ActivityForEdit) {
  const choices = activityChoicesFor(user);
  const mayBudget = can(user, "activity:budget");
  if (mayBudget) return { ...choices, mayBudget, fixed: null };
  const plan = activityFormOptions().plans.find((p) => p.id === activity.planId);
  const inPlan = new Map(plan?.areas.map((a) => [a.id, a.name]));
  const mine = new Set(choices.areas.map((a) => a.id));
  return {
    ...choices,
    // The plan stays, so a manager is offered only their own areas that it covers.
    areas: choices.areas.filter((a) => inPlan.has(a.id)),
    mayBudget,
    fixed: {
      plan: { name: plan?.name ?? "" },
      budget: activity.budget,
      otherAreas: activity.areaIds.filter((id) => !mine.has(id)).map((id) => ({ id, name: inPlan.get(id) ?? String(id) })),
    },
  };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, activity } = await requireEditableActivity(request, params.id);
  const values = asFormValues(activity);
  return json({
    activity: { id: activity.id, title: activity.title, version: activity.version },
    values: { ...values, areaIds: activity.areaIds.map(String) },
    ...formFor(user, activity),
    deletion: mayDeleteActivity(user, activity) ? { allowed: isMistakenEntry(activity.records) } : null,
    mayReport: can(user, "activity:report", activity),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, activity } = await requireEditableActivity(request, params.id);
  const formData = await readForm(request);
  // Who may write what is decided on what was sent, before it is validated (decision 011).
  const permitted =
    formData.get("intent") === "delete" ? mayDeleteActivity(user, activity) : mayWriteActivity(user, activityWriteOf(formData, activity));
  invariantResponse(permitted, 403, "Forbidden");
  const form = parseFormData(formData, ActivityEditSchema);
  if (!form.ok) return refuse<ActivityRefusal>(form, {}, 400, { intent: formData.get("intent") === "delete" ? "delete" : "update" });

  if (form.value.intent === "delete") {
    try {
      const { title } = deleteActivity(activity.id, form.value.version, user.id);
      return redirectSaved("/activities", "activityDeleted", { name: title });
    } catch (error) {
      if (error instanceof StateConflictError)
        return refuse<ActivityRefusal>(form, { _form: ["activityForm.delete.refused"] }, 409, { intent: "delete" });
      if (error instanceof VersionConflictError)
        return refuse<ActivityRefusal>(form, { _form: ["conflict.activityDelete"] }, 409, { intent: "delete" });
      throw httpError(error);
    }
  }

  const { intent: _intent, ...change } = form.value;
  try {
    updateActivity(activity.id, change, user.id);
    return redirectSaved(`/activities/${activity.id}`, "activity");
  } catch (error) {
    const refusal = refuseActivityInput(form, error);
    if (refusal) return refusal;
    if (error instanceof VersionConflictError) {
      const current = getActivityForEdit(activity.id);
      invariantResponse(current, 404);
      const choices = activityFormOptions();
      return refuse<ActivityRefusal>(form, {}, 409, {
        intent: "update",
        current: asFormValues(current),
        currentNames: {
          planId: choices.plans.find((p) => p.id === current.planId)?.name ?? "",
          areaIds: choices.areas
            .filter((a) => current.areaIds.includes(a.id))
            .map((a) => a.name)
            .join(", "),
        },
      });
    }
    throw httpError(error);
  }
}

export default function EditActivity() {
  const { activity, values, plans, focusAreas, areas, mayBudget, fixed, deletion, mayReport } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, lang } = useTranslation();
  // A refused delete leaves the edit form as it was loaded; a refused edit shows what was typed.
  const edited = result?.intent === "update";
  const typed = edited ? result?.values : undefined;
  const current = result?.current;
  const focusName = (code: string | undefined) => {
    const f = focusAreas.find((x) => x.code === code);
    return f ? (lang === "da" ? f.nameDa : f.nameEn) : (code ?? "");
  };
  return (
    <>
      <p>
        <Link to={`/activities/${activity.id}`}>{t("activityForm.backTo", { title: activity.title })}</Link>
      </p>
      <h1>{t("activityForm.editTitle", { title: activity.title })}</h1>
      <p>{t("activityForm.editIntro")}</p>
      {current ? (
        <ConflictNotice
          message={t("conflict.activity")}
          current={current}
          typed={typed ? { ...typed, areaIds: sortedIds(typed.areaIds) } : undefined}
          display={{
            ...result?.currentNames,
            focus: focusName(current.focus),
            budget: current.budget ? formatMoney(lang, Number(current.budget)) : "",
            startsOn: current.startsOn ? formatDate(lang, current.startsOn) : "",
            endsOn: current.endsOn ? formatDate(lang, current.endsOn) : "",
          }}
          labels={{
            title: t("activityForm.field.title"),
            ...(mayBudget ? { planId: t("activityForm.field.plan") } : {}),
            focus: t("activityForm.field.focus"),
            areaIds: t("activityForm.field.areas"),
            ...(mayBudget ? { budget: t("activityForm.field.budget") } : {}),
            startsOn: t("activityForm.field.startsOn"),
            endsOn: t("activityForm.field.endsOn"),
            purpose: t("activityForm.field.purpose"),
            targetGroup: t("activityForm.field.targetGroup"),
            content: t("activityForm.field.content"),
            partners: t("activityForm.field.partners"),
            responsible: t("activityForm.field.responsible"),
          }}
        />
      ) : null}
      {/* After a conflict the form carries the stored version, so saving again is a deliberate overwrite. */}
      <ActivityForm
        key={activity.version}
        values={typed ?? values}
        errors={edited ? result?.errors : undefined}
        plans={plans}
        focusAreas={focusAreas}
        areas={areas}
        fixed={fixed ?? undefined}
        mayBudget={mayBudget}
        version={activity.version}
        outside={edited ? result?.outside : undefined}
        submitLabel={t("activityForm.save")}
      />
      {deletion ? (
        <>
          {result?.intent === "delete" ? <ErrorSummary errors={result.errors} /> : null}
          <DeleteActivity activityId={activity.id} version={activity.version} deletable={deletion.allowed} mayReport={mayReport} />
        </>
      ) : null}
    </>
  );
}

/** Area ids in one order, so the conflict notice compares sets, not the order of the checkboxes. */
function sortedIds(value: string | string[] | undefined): string {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  return [...list].sort((a, b) => Number(a) - Number(b)).join(", ");
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
