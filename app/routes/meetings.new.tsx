import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData } from "@remix-run/react";

import { GeneralErrorBoundary } from "../components/error-boundary";
import { MeetingForm } from "../components/meetings/meeting-form";
import { parseForm, refuse } from "../forms/form.server";
import { MeetingSchema } from "../forms/meetings.server";
import { useTranslation } from "../i18n/use-translation";
import { createMeeting } from "../models/meeting.server";
import { requireUserWith } from "../utils/auth.server";
import { redirectSaved } from "../utils/http.server";
import { pageTitle } from "../utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("meetings.new"));

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWith(request, "meetings:manage");
  return json({});
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUserWith(request, "meetings:manage");
  const form = await parseForm(request, MeetingSchema);
  if (!form.ok) return refuse(form);
  const { date, ...meeting } = form.value;
  const id = createMeeting({ ...meeting, heldOn: date }, user.id);
  return redirectSaved(`/meetings/${id}`, "meetingCreated");
}

export default function NewMeeting() {
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <>
      <p>
        <Link to="/meetings">{t("meeting.back")}</Link>
      </p>
      <h1>{t("meetings.new")}</h1>
      <MeetingForm values={result?.values} errors={result?.errors} submitLabel={t("meetings.new")} />
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
