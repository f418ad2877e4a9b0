import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";

import { GeneralErrorBoundary } from "../components/error-boundary";
import { ConflictNotice } from "../components/forms";
import { MeetingForm } from "../components/meetings/meeting-form";
import { VersionConflictError } from "../domain/errors";
import { parseForm, refuse } from "../forms/form.server";
import { MeetingUpdateSchema } from "../forms/meetings.server";
import { useTranslation } from "../i18n/use-translation";
import { getMeeting, type MeetingDetail, updateMeeting } from "../models/meeting.server";
import { requireUserWith } from "../utils/auth.server";
import { httpError, invariantResponse, redirectSaved, requireId } from "../utils/http.server";
import { pageTitle } from "../utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, (t) => (data ? t("meeting.editTitle", { title: data.meeting.title }) : undefined));

function asFormValues(m: MeetingDetail): Record<string, string> {
  return {
    body: m.body,
    date: m.heldOn,
    dateNote: m.dateNote,
    title: m.title,
    place: m.place,
    previousMinutesApproved: m.previousMinutesApproved === null ? "" : m.previousMinutesApproved ? "yes" : "no",
  };
}

async function load(request: Request, idParam: string | undefined) {
  const user = await requireUserWith(request, "meetings:manage");
  const meeting = getMeeting(requireId(idParam));
  invariantResponse(meeting, 404);
  return { user, meeting };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { meeting } = await load(request, params.id);
  return json({ meeting: { id: meeting.id, title: meeting.title, version: meeting.version }, values: asFormValues(meeting) });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, meeting } = await load(request, params.id);
  const form = await parseForm(request, MeetingUpdateSchema);
  if (!form.ok) return refuse<{ current: Record<string, string> }>(form);
  const { date, ...values } = form.value;
  try {
    updateMeeting(meeting.id, { ...values, heldOn: date }, user.id);
  } catch (error) {
    if (error instanceof VersionConflictError) {
      const current = getMeeting(meeting.id);
      return refuse<{ current: Record<string, string> }>(form, {}, 409, { current: current ? asFormValues(current) : {} });
    }
    throw httpError(error);
  }
  return redirectSaved(`/meetings/${meeting.id}`, "meeting");
}

export default function EditMeeting() {
  const { meeting, values } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <>
      <p>
        <Link to={`/meetings/${meeting.id}`}>{t("meeting.backTo", { title: meeting.title })}</Link>
      </p>
      <h1>{t("meeting.editTitle", { title: meeting.title })}</h1>
      {result?.current ? (
        <ConflictNotice
          message={t("conflict.meeting")}
          current={result.current}
          typed={result.values}
          labels={{
            body: t("field.body"),
            date: t("field.date"),
            dateNote: t("field.dateNote"),
            title: t("field.title"),
            place: t("field.place"),
          }}
        />
      ) : null}
      <MeetingForm
        key={meeting.version}
        values={result?.values ?? values}
        errors={result?.errors}
        version={meeting.version}
        submitLabel={t("admin.save")}
      />
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
