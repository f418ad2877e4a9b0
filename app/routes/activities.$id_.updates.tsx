import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";

import { StatusUpdateForm } from "../components/activity/status-update-form";
import { Timeline } from "../components/activity/timeline";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { VersionConflictError } from "../domain/errors";
import { nextStatuses } from "../domain/transitions";
import { readForm, refuse, typedValues } from "../forms/form.server";
import { parseStatusUpdate } from "../forms/status-update.server";
import type { FormValues } from "../forms/types";
import { getLang } from "../i18n/lang.server";
import { useTranslation } from "../i18n/use-translation";
import { getTimeline, recordStatusUpdate, type TimelineEntry } from "../models/status-update.server";
import { requireReportableActivity } from "../utils/activity-access.server";
import { httpError, redirectSaved } from "../utils/http.server";
import { pageTitle } from "../utils/meta";
import { today } from "../utils/today.server";

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

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, activity, mayReopen } = await requireReportableActivity(request, params.id);
  const formData = await readForm(request);
  // A well-formed but old version is a conflict, whatever else is wrong; a missing or malformed one is a 400.
  const sentVersion = formData.get("version");
  if (typeof sentVersion === "string" && /^[1-9]\d{0,8}$/.test(sentVersion) && Number(sentVersion) !== activity.version) {
    return conflict(activity.id, { values: typedValues(formData) });
  }
  const form = parseStatusUpdate(formData, activity, { today: today(), mayReopen, locale: await getLang(request) });
  // What was typed goes back into the form on every refusal: nothing is lost.
  if (!form.ok) return refuse<Conflict>(form);

  try {
    recordStatusUpdate({
      activityId: activity.id,
      expectedVersion: form.value.version,
      status: form.value.status,
      health: form.value.health,
      healthReason: form.value.healthReason,
      note: form.value.note,
      reportedOn: form.value.reportedOn,
      actuals: form.value.actuals,
      user: { id: user.id, name: user.name },
    });
  } catch (error) {
    if (error instanceof VersionConflictError) return conflict(activity.id, form);
    throw httpError(error);
  }
  return redirectSaved(`/activities/${activity.id}`, "update");
}

type Conflict = { conflict: { timeline: TimelineEntry[] } };

/** 409: nothing saved; the page shows what the other person reported, and the form keeps what was typed. */
function conflict(activityId: number, form: { values: FormValues }) {
  return refuse<Conflict>(form, { _form: ["update.error.conflict"] }, 409, { conflict: { timeline: getTimeline(activityId).slice(0, 1) } });
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
