import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";

import { GeneralErrorBoundary } from "../components/error-boundary";
import { ConflictNotice, ErrorSummary, Field } from "../components/forms";
import { StateConflictError, VersionConflictError } from "../domain/errors";
import { MilestoneChangeSchema } from "../forms/definitions.server";
import { parseForm, refuse } from "../forms/form.server";
import { type FormErrors, formValue } from "../forms/types";
import { formatDate, formatDateLong } from "../i18n/format";
import type { MessageKey } from "../i18n/i18n";
import { useTranslation } from "../i18n/use-translation";
import { deleteMilestone, getMilestone, type MilestoneRecord, reopenMilestone, updateMilestone } from "../models/indicator.server";
import { requireReportableActivity } from "../utils/activity-access.server";
import { httpError, invariantResponse, redirectSaved, requireId } from "../utils/http.server";
import { pageTitle } from "../utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, (t) => (data ? t("milestoneEdit.title", { title: data.milestone.title }) : undefined));

/** Sign-in, the activity (404), the right to report on it (403), then its milestone (404 for another activity's). */
async function load(request: Request, params: LoaderFunctionArgs["params"]) {
  const { user, activity } = await requireReportableActivity(request, params.id);
  const milestone = getMilestone(activity.id, requireId(params.milestoneId));
  invariantResponse(milestone, 404);
  return { user, activity, milestone };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { activity, milestone } = await load(request, params);
  return json({ activity: { id: activity.id, title: activity.title }, milestone });
}

type Refusal = { current: MilestoneRecord };

/** What a refused change in state says: a done milestone is not deleted, an open one not reopened. */
const STATE_MESSAGES: Record<string, MessageKey> = {
  "milestone-done": "milestoneEdit.error.done",
  "milestone-open": "milestoneEdit.error.open",
};

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, activity, milestone } = await load(request, params);
  const form = await parseForm(request, MilestoneChangeSchema);
  if (!form.ok) return refuse<Refusal>(form);
  const value = form.value;
  const ref = { activityId: activity.id, milestoneId: milestone.id, version: value.version };
  try {
    if (value.intent === "delete") {
      deleteMilestone(ref, user.id);
      return redirectSaved(`/activities/${activity.id}`, "milestoneDeleted");
    }
    if (value.intent === "reopen") {
      reopenMilestone(ref, user.id);
      return redirectSaved(`/activities/${activity.id}`, "milestoneReopened");
    }
    const changed = updateMilestone({ ...ref, title: value.title, dueOn: value.dueOn }, user.id);
    return redirectSaved(`/activities/${activity.id}`, changed ? "milestoneEdited" : "definitionUnchanged");
  } catch (error) {
    if (error instanceof VersionConflictError) {
      return refuse<Refusal>(form, {}, 409, { current: getMilestone(activity.id, milestone.id) ?? milestone });
    }
    if (error instanceof StateConflictError) {
      return refuse<Refusal>(form, { _form: [STATE_MESSAGES[error.reason] ?? "form.invalid"] }, 409);
    }
    throw httpError(error);
  }
}

export default function MilestonePage() {
  const { activity, milestone } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, lang } = useTranslation();
  const intent = formValue(result?.values, "intent");
  // A refused form keeps the version it was loaded with; after a conflict it carries the new one.
  const version = result?.current ? milestone.version : Number(formValue(result?.values, "version")) || milestone.version;
  const errorsFor = (which: string): FormErrors => (intent === which ? (result?.errors ?? {}) : {});
  const edit = intent === "edit" ? result?.values : { title: milestone.title, dueOn: milestone.dueOn };
  return (
    <>
      <p>
        <Link to={`/activities/${activity.id}`}>{t("update.backTo", { title: activity.title })}</Link>
      </p>
      <h1>{t("milestoneEdit.title", { title: milestone.title })}</h1>
      {result?.current ? (
        <ConflictNotice
          message={t("conflict.milestone")}
          current={{ title: result.current.title, dueOn: result.current.dueOn, doneOn: result.current.doneOn ?? "" }}
          // Nobody types when a milestone was reached: shown whenever it is reached now.
          typed={{ ...result.values, doneOn: "" }}
          labels={{ title: t("milestone.title"), dueOn: t("milestone.dueOn"), doneOn: t("milestoneEdit.doneOn") }}
          display={{
            dueOn: formatDate(lang, result.current.dueOn),
            ...(result.current.doneOn ? { doneOn: formatDate(lang, result.current.doneOn) } : {}),
          }}
        />
      ) : null}
      <Form method="post" noValidate key={`edit-${version}`}>
        <ErrorSummary errors={errorsFor("edit")} />
        <input type="hidden" name="intent" value="edit" />
        <input type="hidden" name="version" value={version} />
        <Field id="milestone-title" label={t("milestone.title")} errors={errorsFor("edit").title}>
          {(aria) => (
            <input
              className="form-input"
              id="milestone-title"
              name="title"
              required
              maxLength={200}
              defaultValue={formValue(edit, "title")}
              {...aria}
            />
          )}
        </Field>
        <Field id="milestone-due" label={t("milestone.dueOn")} errors={errorsFor("edit").dueOn}>
          {(aria) => (
            <input
              className="form-input"
              type="date"
              id="milestone-due"
              name="dueOn"
              required
              defaultValue={formValue(edit, "dueOn")}
              {...aria}
            />
          )}
        </Field>
        <button type="submit" className="button button-primary">
          {t("milestone.save")}
        </button>
      </Form>
      {milestone.doneOn ? (
        <section aria-labelledby="reopen-heading">
          <h2 id="reopen-heading">{t("milestoneEdit.reopenHeading")}</h2>
          <p>{t("milestoneEdit.reopenText", { date: formatDateLong(lang, milestone.doneOn) })}</p>
          <Form method="post" key={`reopen-${version}`}>
            <ErrorSummary errors={errorsFor("reopen")} />
            <input type="hidden" name="intent" value="reopen" />
            <input type="hidden" name="version" value={version} />
            <button type="submit" className="button button-secondary">
              {t("milestoneEdit.reopen")}
            </button>
          </Form>
        </section>
      ) : (
        <section aria-labelledby="delete-heading">
          <h2 id="delete-heading">{t("milestoneEdit.deleteHeading")}</h2>
          <p>{t("milestoneEdit.deleteText")}</p>
          <Form method="post" key={`delete-${version}`}>
            <ErrorSummary errors={errorsFor("delete")} />
            <input type="hidden" name="intent" value="delete" />
            <input type="hidden" name="version" value={version} />
            <button type="submit" className="button button-secondary">
              {t("milestoneEdit.delete")}
            </button>
          </Form>
        </section>
      )}
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
