import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";

import { GeneralErrorBoundary } from "../components/error-boundary";
import { FlagPanel } from "../components/funding/flag-panel";
import { StateConflictError } from "../domain/errors";
import { parseForm, refuse } from "../forms/form.server";
import { FlagSchema } from "../forms/funding.server";
import { useTranslation } from "../i18n/use-translation";
import { getActivity } from "../models/activity.server";
import { flagActivity, listFlags, resolveFlag } from "../models/funding.server";
import { requireUserWith } from "../utils/auth.server";
import { httpError, invariantResponse, redirectSaved, requireId } from "../utils/http.server";
import { pageTitle } from "../utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, (t) => (data ? t("flag.pageTitle", { title: data.activity.title }) : undefined));

async function load(request: Request, idParam: string | undefined) {
  const user = await requireUserWith(request, "flag:write");
  const activity = getActivity(requireId(idParam));
  invariantResponse(activity, 404);
  return { user, activity };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { activity } = await load(request, params.id);
  return json({ activity: { id: activity.id, title: activity.title }, flags: listFlags(activity.id) });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, activity } = await load(request, params.id);
  const form = await parseForm(request, FlagSchema);
  if (!form.ok) return refuse(form);
  const value = form.value;
  try {
    if (value.intent === "resolve") resolveFlag(activity.id, value.flagId, user.id);
    else flagActivity(activity.id, { priority: value.priority, note: value.note }, user.id);
  } catch (error) {
    if (error instanceof StateConflictError) return refuse(form, { _form: ["flag.error.exists"] }, 409);
    throw httpError(error);
  }
  return redirectSaved(`/activities/${activity.id}`, "flag");
}

export default function FlagPage() {
  const { activity, flags } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <>
      <p>
        <Link to={`/activities/${activity.id}`}>{t("update.backTo", { title: activity.title })}</Link>
      </p>
      <h1>{t("flag.pageTitle", { title: activity.title })}</h1>
      <FlagPanel activityId={activity.id} flags={flags} canEdit values={result?.values} errors={result?.errors} />
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
