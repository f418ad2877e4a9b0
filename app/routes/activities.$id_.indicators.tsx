import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";

import { IndicatorForm } from "../components/activity/definition-forms";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { indicatorSchema } from "../forms/definitions.server";
import { parseForm, refuse } from "../forms/form.server";
import { getLang } from "../i18n/lang.server";
import { useTranslation } from "../i18n/use-translation";
import { createIndicator } from "../models/indicator.server";
import { sharedIndicatorOptions } from "../models/shared-indicator.server";
import { requireReportableActivity } from "../utils/activity-access.server";
import { redirectSaved } from "../utils/http.server";
import { pageTitle } from "../utils/meta";
import { sharedLinkError } from "../views/indicator-link.server";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, (t) => (data ? `${t("indicator.add")}: ${data.activity.title}` : undefined));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { activity } = await requireReportableActivity(request, params.id);
  return json({ activity: { id: activity.id, title: activity.title }, sharedOptions: sharedIndicatorOptions() });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, activity } = await requireReportableActivity(request, params.id);
  const form = await parseForm(request, indicatorSchema(await getLang(request)));
  if (!form.ok) return refuse(form);
  const linkError = sharedLinkError(form.value.sharedIndicatorId, form.value);
  if (linkError) return refuse(form, { sharedIndicatorId: [linkError] });
  createIndicator({ activityId: activity.id, ...form.value }, user.id);
  return redirectSaved(`/activities/${activity.id}`, "indicator");
}

export default function IndicatorPage() {
  const { activity, sharedOptions } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <>
      <p>
        <Link to={`/activities/${activity.id}`}>{t("update.backTo", { title: activity.title })}</Link>
      </p>
      <h1>{t("indicator.add")}</h1>
      <IndicatorForm activityId={activity.id} sharedOptions={sharedOptions} values={result?.values} errors={result?.errors} open />
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
