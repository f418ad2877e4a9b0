import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";

import { MilestoneForm } from "../components/activity/definition-forms";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { isMessageKey } from "../i18n/i18n";
import { useTranslation } from "../i18n/use-translation";
import { pageTitle } from "../utils/meta";
import { completeMilestone, createMilestone } from "../models/indicator.server";
import { MilestoneCreateSchema, MilestoneDoneSchema } from "../utils/definition-forms.server";
import { fieldErrors, readForm, type FieldErrors } from "../utils/forms.server";
import { invariantResponse } from "../utils/http.server";
import { today } from "../utils/today.server";
import { formToObject } from "../utils/user-forms.server";
import { requireReportableActivity } from "../utils/activity-access.server";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, (t) => (data ? `${t("milestone.add")}: ${data.activity.title}` : undefined));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { activity } = await requireReportableActivity(request, params.id);
  return json({ activity: { id: activity.id, title: activity.title } });
}

type ActionData = { errors: FieldErrors; values: Record<string, string> };

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, activity } = await requireReportableActivity(request, params.id);
  const raw = formToObject(await readForm(request));
  const values = Object.fromEntries(Object.entries(raw).filter(([, v]) => typeof v === "string")) as Record<string, string>;

  if (raw.intent === "done") {
    const parsed = MilestoneDoneSchema.safeParse(raw);
    if (!parsed.success) return json<ActionData>({ errors: fieldErrors(parsed.error, isMessageKey), values }, { status: 400 });
    if (parsed.data.doneOn > today()) {
      return json<ActionData>({ errors: { doneOn: ["update.error.dateFuture"] }, values }, { status: 400 });
    }
    const outcome = completeMilestone(
      { activityId: activity.id, milestoneId: parsed.data.milestoneId, doneOn: parsed.data.doneOn },
      user.id,
    );
    // Another activity's milestone is none of this page's business.
    invariantResponse(outcome !== "not-found", 404);
    // A double click, or a colleague first: it is done either way, so say so.
    if (outcome === "already-done") return redirect(`/activities/${activity.id}?saved=milestone`, 303);
    return redirect(`/activities/${activity.id}?saved=milestone`, 303);
  }

  const parsed = MilestoneCreateSchema.safeParse(raw);
  if (!parsed.success) return json<ActionData>({ errors: fieldErrors(parsed.error, isMessageKey), values }, { status: 400 });
  createMilestone({ activityId: activity.id, title: parsed.data.title, dueOn: parsed.data.dueOn }, user.id);
  return redirect(`/activities/${activity.id}?saved=milestone`, 303);
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
