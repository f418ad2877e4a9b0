import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";

import { GeneralErrorBoundary } from "../components/error-boundary";
import { AgendaItemForm } from "../components/meetings/agenda-item-form";
import { DuplicateError, NotFoundError } from "../domain/errors";
import { parseForm, refuse } from "../forms/form.server";
import { AgendaItemSchema } from "../forms/meetings.server";
import { useTranslation } from "../i18n/use-translation";
import { createAgendaItem, getMeeting, linkableActivities } from "../models/meeting.server";
import { requireUserWith } from "../utils/auth.server";
import { httpError, invariantResponse, redirectSaved, requireId } from "../utils/http.server";
import { pageTitle } from "../utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, (t) => (data ? `${t("meeting.addItem")}: ${data.meeting.title}` : undefined));

async function load(request: Request, idParam: string | undefined) {
  const user = await requireUserWith(request, "meetings:manage");
  const meeting = getMeeting(requireId(idParam));
  invariantResponse(meeting, 404);
  return { user, meeting };
}

/** Adds an item to a meeting's agenda; the next free number is suggested. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { meeting } = await load(request, params.id);
  const next = Math.max(0, ...meeting.items.map((i) => i.number)) + 1;
  return json({ meeting: { id: meeting.id, title: meeting.title }, next, activityGroups: linkableActivities() });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, meeting } = await load(request, params.id);
  const form = await parseForm(request, AgendaItemSchema);
  if (!form.ok) return refuse(form);
  try {
    const itemId = createAgendaItem(meeting.id, form.value, user.id);
    return redirectSaved(`/meetings/${meeting.id}#item-${itemId}`, "agendaItem");
  } catch (error) {
    if (error instanceof DuplicateError) return refuse(form, { number: ["meeting.error.numberTaken"] });
    if (error instanceof NotFoundError && error.entity === "activity")
      return refuse(form, { activityIds: ["meeting.error.activityUnknown"] });
    throw httpError(error);
  }
}

export default function NewAgendaItem() {
  const { meeting, next, activityGroups } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <>
      <p>
        <Link to={`/meetings/${meeting.id}`}>{t("meeting.backTo", { title: meeting.title })}</Link>
      </p>
      <h1>{t("meeting.addItem")}</h1>
      <AgendaItemForm
        values={result?.values ?? { number: String(next) }}
        errors={result?.errors}
        activityGroups={activityGroups}
        submitLabel={t("meeting.addItem")}
      />
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
