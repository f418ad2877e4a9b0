import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";

import { GeneralErrorBoundary } from "../components/error-boundary";
import { ConflictNotice } from "../components/forms";
import { AgendaItemForm } from "../components/meetings/agenda-item-form";
import { DuplicateError, NotFoundError, VersionConflictError } from "../domain/errors";
import { parseForm, refuse } from "../forms/form.server";
import { AgendaItemUpdateSchema } from "../forms/meetings.server";
import { useTranslation } from "../i18n/use-translation";
import { type AgendaItemView, getMeeting, linkableActivities, updateAgendaItem } from "../models/meeting.server";
import { requireUserWith } from "../utils/auth.server";
import { httpError, invariantResponse, redirectSaved, requireId } from "../utils/http.server";
import { pageTitle } from "../utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, (t) => (data ? t("meeting.editItem", { number: String(data.item.number) }) : undefined));

function asFormValues(item: AgendaItemView) {
  return {
    number: String(item.number),
    kind: item.kind,
    title: item.title,
    summary: item.summary,
    outcome: item.outcome,
    activityIds: item.activities.map((a) => String(a.id)),
  };
}

async function load(request: Request, params: { id?: string; itemId?: string }) {
  const user = await requireUserWith(request, "meetings:manage");
  const meeting = getMeeting(requireId(params.id));
  invariantResponse(meeting, 404);
  const itemId = requireId(params.itemId);
  const item = meeting.items.find((i) => i.id === itemId);
  invariantResponse(item, 404);
  return { user, meeting, item };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { meeting, item } = await load(request, params);
  return json({
    meeting: { id: meeting.id, title: meeting.title },
    item: { id: item.id, number: item.number, version: item.version },
    values: asFormValues(item),
    activityGroups: linkableActivities(),
  });
}

type Conflict = { current: Record<string, string> };

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, meeting, item } = await load(request, params);
  const form = await parseForm(request, AgendaItemUpdateSchema);
  if (!form.ok) return refuse<Conflict>(form);
  try {
    updateAgendaItem(meeting.id, item.id, form.value, user.id);
  } catch (error) {
    if (error instanceof DuplicateError) return refuse<Conflict>(form, { number: ["meeting.error.numberTaken"] });
    if (error instanceof NotFoundError && error.entity === "activity") {
      return refuse<Conflict>(form, { activityIds: ["meeting.error.activityUnknown"] });
    }
    if (error instanceof VersionConflictError) {
      const current = getMeeting(meeting.id)?.items.find((i) => i.id === item.id);
      const values = current ? asFormValues(current) : null;
      return refuse<Conflict>(form, {}, 409, { current: values ? { ...values, activityIds: values.activityIds.join(", ") } : {} });
    }
    throw httpError(error);
  }
  return redirectSaved(`/meetings/${meeting.id}#item-${item.id}`, "agendaItem");
}

export default function EditAgendaItem() {
  const { meeting, item, values, activityGroups } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <>
      <p>
        <Link to={`/meetings/${meeting.id}`}>{t("meeting.backTo", { title: meeting.title })}</Link>
      </p>
      <h1>{t("meeting.editItem", { number: String(item.number) })}</h1>
      {result?.current ? (
        <ConflictNotice
          message={t("conflict.agendaItem")}
          current={result.current}
          typed={result.values}
          labels={{ number: t("field.itemNumber"), title: t("field.title"), summary: t("field.summary"), outcome: t("field.outcome") }}
        />
      ) : null}
      <AgendaItemForm
        key={item.version}
        values={result?.values ?? values}
        errors={result?.errors}
        version={item.version}
        activityGroups={activityGroups}
        submitLabel={t("admin.save")}
      />
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
