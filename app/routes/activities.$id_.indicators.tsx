import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";

import { IndicatorForm } from "../components/activity/definition-forms";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { isMessageKey } from "../i18n/i18n";
import { useTranslation } from "../i18n/use-translation";
import { pageTitle } from "../utils/meta";
import { createIndicator } from "../models/indicator.server";
import { IndicatorSchema } from "../utils/definition-forms.server";
import { fieldErrors, readForm, type FieldErrors } from "../utils/forms.server";
import { formToObject } from "../utils/user-forms.server";
import { requireReportableActivity } from "../utils/activity-access.server";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, (t) => (data ? `${t("indicator.add")}: ${data.activity.title}` : undefined));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { activity } = await requireReportableActivity(request, params.id);
  return json({ activity: { id: activity.id, title: activity.title } });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, activity } = await requireReportableActivity(request, params.id);
  const raw = formToObject(await readForm(request));
  const values = Object.fromEntries(Object.entries(raw).filter(([, v]) => typeof v === "string")) as Record<string, string>;
  const parsed = IndicatorSchema.safeParse(raw);
  if (!parsed.success) {
    return json<{ errors: FieldErrors; values: Record<string, string> }>(
      { errors: fieldErrors(parsed.error, isMessageKey), values },
      { status: 400 },
    );
  }
  createIndicator({ activityId: activity.id, ...parsed.data }, user.id);
  return redirect(`/activities/${activity.id}?saved=indicator`, 303);
}

export default function IndicatorPage() {
  const { activity } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <>
      <p>
        <Link to={`/activities/${activity.id}`}>{t("update.backTo", { title: activity.title })}</Link>
      </p>
      <h1>{t("indicator.add")}</h1>
      <IndicatorForm activityId={activity.id} values={result?.values} errors={result?.errors} open />
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
