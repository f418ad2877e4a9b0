import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";

import { GeneralErrorBoundary } from "../components/error-boundary";
import { FlagPanel } from "../components/funding/flag-panel";
import { isMessageKey } from "../i18n/i18n";
import { useTranslation } from "../i18n/use-translation";
import { pageTitle } from "../utils/meta";
import { getActivity } from "../models/activity.server";
import { FlagExistsError, flagActivity, listFlags, resolveFlag } from "../models/funding.server";
import { requireUserWith } from "../utils/auth.server";
import { fieldErrors, readForm, type FieldErrors } from "../utils/forms.server";
import { FlagSchema, ResolveFlagSchema } from "../utils/funding-forms.server";
import { invariantResponse, requireId } from "../utils/http.server";
import { formToObject } from "../utils/user-forms.server";

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

type ActionData = { errors: FieldErrors; values: Record<string, string> };

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, activity } = await load(request, params.id);
  const raw = formToObject(await readForm(request));
  const values = Object.fromEntries(Object.entries(raw).filter(([, v]) => typeof v === "string")) as Record<string, string>;
  if (raw.intent === "resolve") {
    const parsed = ResolveFlagSchema.safeParse(raw);
    if (!parsed.success) return json<ActionData>({ errors: fieldErrors(parsed.error, isMessageKey), values }, { status: 400 });
    invariantResponse(resolveFlag(activity.id, parsed.data.flagId, user.id), 404);
    return redirect(`/activities/${activity.id}?saved=flag`, 303);
  }
  const parsed = FlagSchema.safeParse(raw);
  if (!parsed.success) return json<ActionData>({ errors: fieldErrors(parsed.error, isMessageKey), values }, { status: 400 });
  try {
    flagActivity(activity.id, parsed.data, user.id);
  } catch (error) {
    if (error instanceof FlagExistsError) return json<ActionData>({ errors: { _form: ["flag.error.exists"] }, values }, { status: 409 });
    throw error;
  }
  return redirect(`/activities/${activity.id}?saved=flag`, 303);
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
