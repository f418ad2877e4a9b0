import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";

import { StatusUpdateForm } from "../components/activity/status-update-form";
import { Timeline } from "../components/activity/timeline";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { useTranslation } from "../i18n/use-translation";
import { pageTitle } from "../utils/meta";
import { getTimeline, recordStatusUpdate, VersionConflictError } from "../models/status-update.server";
import { readForm, type FieldErrors } from "../utils/forms.server";
import { validateStatusUpdate } from "../utils/status-update-form.server";
import { today } from "../utils/today.server";
import { nextStatuses } from "../utils/transitions";
import { formToObject } from "../utils/user-forms.server";
import { requireReportableActivity } from "../utils/activity-access.server";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, (t) => (data ? t("update.title", { title: data.activity.title }) : undefined));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { activity, mayReopen } = await requireReportableActivity(request, params.id);
  return json({
    activity,
    statuses: nextStatuses(activity.status, { mayReopen }),
    today: today(),
    values: { status: activity.status, health: activity.health, healthReason: activity.healthReason },
  });
}

type ActionData = {
  errors: FieldErrors;
  values: Record<string, string>;
  /** After a 409: the activity as the other person left it, and what they reported. */
  conflict?: { timeline: ReturnType<typeof getTimeline> };
};

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, activity, mayReopen } = await requireReportableActivity(request, params.id);
  const raw = formToObject(await readForm(request));
  // What was typed goes back into the form on every refusal: nothing is lost.
  const values = Object.fromEntries(Object.entries(raw).filter(([, v]) => typeof v === "string")) as Record<string, string>;

  // A well-formed but old version is a conflict; a missing or malformed one is a 400 from the schema.
  if (typeof raw.version === "string" && /^\d{1,9}$/.test(raw.version) && Number(raw.version) !== activity.version) {
    return conflict(activity.id, values);
  }
  const checked = validateStatusUpdate(raw, activity, { today: today(), mayReopen });
  if (!checked.ok) return json<ActionData>({ errors: checked.errors, values }, { status: 400 });

  try {
    recordStatusUpdate({
      activityId: activity.id,
      expectedVersion: checked.value.version,
      status: checked.value.status,
      health: checked.value.health,
      healthReason: checked.value.healthReason,
      note: checked.value.note,
      reportedOn: checked.value.reportedOn,
      actuals: checked.actuals,
      user: { id: user.id, name: user.name },
    });
  } catch (error) {
    if (error instanceof VersionConflictError) return conflict(activity.id, values);
    throw error;
  }
  return redirect(`/activities/${activity.id}?saved=update`, 303);
}

function conflict(activityId: number, values: Record<string, string>) {
  return json<ActionData>(
    { errors: { _form: ["update.error.conflict"] }, values, conflict: { timeline: getTimeline(activityId).slice(0, 1) } },
    { status: 409 },
  );
}

export default function StatusUpdatePage() {
  const { activity, statuses, today: todayIso, values } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <>
      <p>
        <Link to={`/activities/${activity.id}`}>{t("update.backTo", { title: activity.title })}</Link>
      </p>
      <h1>{t("update.title", { title: activity.title })}</h1>
      {result?.conflict ? (
        <section className="conflict" aria-labelledby="conflict-heading">
          <h2 id="conflict-heading" className="h3">
            {t("update.conflict.heading")}
          </h2>
          <p>{t("update.conflict.text")}</p>
          <Timeline entries={result.conflict.timeline} />
        </section>
      ) : null}
      <StatusUpdateForm
        activityId={activity.id}
        // After a conflict the form carries the new version, so saving again is a deliberate second try.
        version={activity.version}
        statuses={statuses}
        indicators={activity.indicators}
        today={todayIso}
        values={result?.values ?? values}
        errors={result?.errors}
      />
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
