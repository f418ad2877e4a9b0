import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";

import { MilestoneForm } from "../components/activity/definition-forms";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { MilestoneSchema } from "../forms/definitions.server";
import { parseForm, refuse } from "../forms/form.server";
import { useTranslation } from "../i18n/use-translation";
import { completeMilestone, createMilestone } from "../models/indicator.server";
import { requireReportableActivity } from "../utils/activity-access.server";
import { httpError, redirectSaved } from "../utils/http.server";
import { pageTitle } from "../utils/meta";
import { today } from "../utils/today.server";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, (t) => (data ? `${t("milestone.add")}: ${data.activity.title}` : undefined));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { activity } = await requireReportableActivity(request, params.id);
  return json({ activity: { id: activity.id, title: activity.title } });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, activity } = await requireReportableActivity(request, params.id);
  const form = await parseForm(request, MilestoneSchema);
  if (!form.ok) return refuse(form);
  const value = form.value;
  if (value.intent === "create") {
    createMilestone({ activityId: activity.id, title: value.title, dueOn: value.dueOn }, user.id);
    return redirectSaved(`/activities/${activity.id}`, "milestone");
  }
  if (value.doneOn > today()) return refuse(form, { doneOn: ["update.error.dateFuture"] });
  try {
    // Done already (a double click, or a colleague first) is fine: it is done either way, so say so.
    completeMilestone({ activityId: activity.id, milestoneId: value.milestoneId, doneOn: value.doneOn }, user.id);
  } catch (error) {
    // Another activity's milestone is none of this page's business: 404.
    throw httpError(error);
  }
  return redirectSaved(`/activities/${activity.id}`, "milestone");
}

export default function MilestonePage() {
  const { activity } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <>
      <p>
        <Link to={`/activities/${activity.id}`}>{t("update.backTo", { title: activity.title })}</Link>
      </p>
      <h1>{t("milestone.add")}</h1>
      <MilestoneForm activityId={activity.id} values={result?.values} errors={result?.errors} open />
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
