import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";

import { HealthBadge, StatusBadge } from "../components/badges";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { ErrorSummary, Field, SavedNotice, useFreshFormKey } from "../components/forms";
import { FollowUpList } from "../components/meetings/follow-up-list";
import { NotFoundError, VersionConflictError } from "../domain/errors";
import { parseFormData, readForm, refuse } from "../forms/form.server";
import { FollowUpSchema } from "../forms/meetings.server";
import { formValue } from "../forms/types";
import { formatDate } from "../i18n/format";
import { useTranslation } from "../i18n/use-translation";
import { createFollowUp, followUpOwners, getFollowUp, getMeeting, setFollowUpDone } from "../models/meeting.server";
import { requireUser, requireUserWith } from "../utils/auth.server";
import { httpError, invariantResponse, redirectSaved, requireId } from "../utils/http.server";
import { pageTitle } from "../utils/meta";
import { can } from "../utils/permissions";
import { safeRedirectPath } from "../utils/redirect";
import { today } from "../utils/today.server";
import { useOptionalUser } from "../utils/user";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageTitle(matches, () => data?.meeting.title);

/** A meeting: its agenda with outcomes, the activities each item concerns, and the follow-ups. Everyone signed in reads it. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWith(request, "portfolio:read");
  const meeting = getMeeting(requireId(params.id));
  invariantResponse(meeting, 404);
  return json({ meeting, today: today(), owners: can(user, "meetings:manage") ? followUpOwners() : [] });
}

/**
 * Follow-ups of the meeting's items: administrators add them and mark them done or reopen them; a
 * follow-up's owner may mark their own done (or reopen it). Everyone else gets 403, whatever they send.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const meeting = getMeeting(requireId(params.id));
  invariantResponse(meeting, 404);
  const admin = can(user, "meetings:manage");
  const ownsOne = meeting.items.some((item) => item.followUps.some((f) => f.ownerId === user.id));
  if (!admin && !ownsOne) throw new Response("Forbidden", { status: 403 });

  const form = parseFormData(await readForm(request), FollowUpSchema);
  if (!form.ok) return refuse(form);
  const value = form.value;
  const back = safeRedirectPath(value.returnTo, `/meetings/${meeting.id}`);

  if (value.intent === "create") {
    if (!admin) throw new Response("Forbidden", { status: 403 });
    if (value.dueOn < meeting.heldOn) return refuse(form, { dueOn: ["meeting.error.dueBeforeMeeting"] });
    try {
      createFollowUp(meeting.id, { itemId: value.itemId, what: value.what, ownerId: value.ownerId, dueOn: value.dueOn }, user.id);
    } catch (error) {
      if (error instanceof NotFoundError && error.entity === "agenda_item") return refuse(form, { itemId: ["meeting.error.item"] });
      if (error instanceof NotFoundError && error.entity === "user") return refuse(form, { ownerId: ["meeting.error.owner"] });
      throw httpError(error);
    }
    return redirectSaved(back, "followUp");
  }

  const followUp = getFollowUp(value.followUpId);
  invariantResponse(followUp && followUp.meetingId === meeting.id, 404);
  if (!admin && followUp.ownerId !== user.id) throw new Response("Forbidden", { status: 403 });
  const doneOn = value.intent === "done" ? (value.doneOn ?? today()) : null;
  if (doneOn && doneOn > today()) return refuse(form, { doneOn: ["meeting.error.doneInFuture"] });
  try {
    setFollowUpDone(followUp.id, doneOn, value.version, user.id);
  } catch (error) {
    if (error instanceof VersionConflictError) return refuse(form, { _form: ["conflict.followUp"] }, 409);
    throw httpError(error);
  }
  return redirectSaved(back, "followUp");
}

export default function MeetingPage() {
  const { meeting, today: todayIso, owners } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, lang } = useTranslation();
  const formKey = useFreshFormKey();
  const user = useOptionalUser();
  const admin = can(user, "meetings:manage");
  const creating = formValue(result?.values, "intent") === "create";
  const errors = creating ? (result?.errors ?? {}) : {};
  const typed = (name: string, fallback = "") => (creating ? formValue(result?.values, name, fallback) : fallback);
  return (
    <>
      <p>
        <Link to="/meetings">{t("meeting.back")}</Link>
      </p>
      <h1>{meeting.title}</h1>
      <SavedNotice />
      {!creating && result?.errors ? <ErrorSummary errors={result.errors} /> : null}
      <dl className="meeting-facts">
        <div>
          <dt>{t("meeting.date")}</dt>
          <dd>
            {formatDate(lang, meeting.heldOn)}
            {meeting.dateNote ? <span className="muted"> ({t("meeting.dateApproximate", { note: meeting.dateNote })})</span> : null}
          </dd>
        </div>
        <div>
          <dt>{t("meeting.body")}</dt>
          <dd>{t(`body.${meeting.body}`)}</dd>
        </div>
        {meeting.place ? (
          <div>
            <dt>{t("meeting.place")}</dt>
            <dd>{meeting.place}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t("meeting.previousMinutes")}</dt>
          <dd>
            {meeting.previousMinutesApproved === null
              ? t("meeting.previousMinutes.unknown")
              : meeting.previousMinutesApproved
                ? t("meeting.previousMinutes.yes")
                : t("meeting.previousMinutes.no")}
          </dd>
        </div>
      </dl>
      <p className="meeting-actions">
        <Link to={`/meetings/${meeting.id}/board-pack`}>{t("meeting.boardPack")}</Link>
        {admin ? (
          <>
            {" · "}
            <Link to={`/meetings/${meeting.id}/edit`}>{t("meeting.edit")}</Link>
            {" · "}
            <Link to={`/meetings/${meeting.id}/items`}>{t("meeting.addItem")}</Link>
          </>
        ) : null}
      </p>

      <h2>{t("meeting.agenda")}</h2>
      {meeting.items.length === 0 ? <p>{t("meeting.noItems")}</p> : null}
      <ol className="agenda">
        {meeting.items.map((item) => (
          <li key={item.id} id={`item-${item.id}`} className={`agenda-item agenda-item-${item.kind}`}>
            <h3>{t("meeting.itemHeading", { number: String(item.number), title: item.title })}</h3>
            <p className="agenda-kind">{t(`itemKind.${item.kind}`)}</p>
            {item.summary ? (
              <div className="agenda-summary">
                <h4 className="h5">{t("meeting.summary")}</h4>
                <p className="preserve-lines">{item.summary}</p>
              </div>
            ) : null}
            <div className="agenda-outcome">
              <h4 className="h5">{t("meeting.outcome")}</h4>
              <p className="preserve-lines">{item.outcome || t("meeting.noOutcome")}</p>
            </div>
            {item.activities.length > 0 ? (
              <div className="agenda-activities">
                <h4 className="h5">{t("meeting.concerns")}</h4>
                <ul>
                  {item.activities.map((a) => (
                    <li key={a.id}>
                      <Link to={`/activities/${a.id}`}>{a.title}</Link> <StatusBadge status={a.status} /> <HealthBadge health={a.health} />
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            {item.followUps.length > 0 ? (
              <div className="agenda-follow-ups">
                <h4 className="h5">{t("meeting.followUps")}</h4>
                <FollowUpList meetingId={meeting.id} followUps={item.followUps} today={todayIso} />
              </div>
            ) : null}
            {admin ? (
              <p>
                <Link to={`/meetings/${meeting.id}/items/${item.id}`}>{t("meeting.editItem", { number: String(item.number) })}</Link>
              </p>
            ) : null}
          </li>
        ))}
      </ol>

      {admin && meeting.items.length > 0 ? (
        <section aria-labelledby="add-follow-up" className="form-section">
          <h2 id="add-follow-up">{t("meeting.addFollowUp")}</h2>
          <ErrorSummary errors={errors} />
          <Form method="post" noValidate className="admin-form" key={formKey}>
            <input type="hidden" name="intent" value="create" />
            <Field id="follow-up-item" label={t("field.followUpItem")} errors={errors.itemId}>
              {(aria) => (
                <select className="form-select" id="follow-up-item" name="itemId" defaultValue={typed("itemId")} {...aria}>
                  {meeting.items.map((item) => (
                    <option key={item.id} value={String(item.id)}>
                      {item.number}. {item.title}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field id="follow-up-what" label={t("field.what")} errors={errors.what}>
              {(aria) => (
                <input
                  className="form-input"
                  id="follow-up-what"
                  name="what"
                  required
                  maxLength={300}
                  defaultValue={typed("what")}
                  {...aria}
                />
              )}
            </Field>
            <Field id="follow-up-owner" label={t("field.owner")} errors={errors.ownerId}>
              {(aria) => (
                <select className="form-select" id="follow-up-owner" name="ownerId" defaultValue={typed("ownerId")} {...aria}>
                  {owners.map((o) => (
                    <option key={o.id} value={String(o.id)}>
                      {o.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field id="follow-up-due" label={t("field.dueOn")} errors={errors.dueOn}>
              {(aria) => (
                <input
                  className="form-input"
                  type="date"
                  id="follow-up-due"
                  name="dueOn"
                  required
                  min={meeting.heldOn}
                  defaultValue={typed("dueOn")}
                  {...aria}
                />
              )}
            </Field>
            <button type="submit" className="button button-primary">
              {t("meeting.addFollowUp")}
            </button>
          </Form>
        </section>
      ) : null}
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
