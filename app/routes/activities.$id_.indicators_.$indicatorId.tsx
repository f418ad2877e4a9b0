import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";

import { IndicatorFields } from "../components/activity/definition-forms";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { ConflictNotice, ErrorSummary, Field } from "../components/forms";
import { StateConflictError, VersionConflictError } from "../domain/errors";
import { definitionChange, needsReason } from "../domain/indicator-revisions";
import { indicatorChangeSchema } from "../forms/definitions.server";
import { parseForm, refuse } from "../forms/form.server";
import { type FormErrors, formValue, type FormValues } from "../forms/types";
import { formatDateLong, formatNumberForInput } from "../i18n/format";
import type { Lang } from "../i18n/i18n";
import { getLang } from "../i18n/lang.server";
import { useTranslation } from "../i18n/use-translation";
import { getIndicator, type IndicatorRecord, retireIndicator, updateIndicator } from "../models/indicator.server";
import { requireReportableActivity } from "../utils/activity-access.server";
import { httpError, invariantResponse, redirectSaved, requireId } from "../utils/http.server";
import { pageTitle } from "../utils/meta";
import { today } from "../utils/today.server";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, (t) => (data ? t("indicatorEdit.title", { name: data.indicator.name }) : undefined));

/** Sign-in, the activity (404), the right to report on it (403), then its indicator (404 for another activity's). */
async function load(request: Request, params: LoaderFunctionArgs["params"]) {
  const { user, activity } = await requireReportableActivity(request, params.id);
  const indicator = getIndicator(activity.id, requireId(params.indicatorId));
  invariantResponse(indicator, 404);
  return { user, activity, indicator };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { activity, indicator } = await load(request, params);
  return json({ activity: { id: activity.id, title: activity.title }, indicator });
}

type Refusal = { current: IndicatorRecord };

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, activity, indicator } = await load(request, params);
  const form = await parseForm(request, indicatorChangeSchema(await getLang(request)));
  if (!form.ok) return refuse<Refusal>(form);
  const value = form.value;
  // Someone else's change first: a reason is asked for against what is stored now, not what was loaded.
  if (value.version !== indicator.version) return refuse<Refusal>(form, {}, 409, { current: indicator });
  const change = { activityId: activity.id, indicatorId: indicator.id, version: value.version, reason: value.reason };
  const by = { changedOn: today(), user: { id: user.id, name: user.name } };
  try {
    if (value.intent === "retire") {
      retireIndicator({ ...change, ...by });
      return redirectSaved(`/activities/${activity.id}`, "indicatorRetired");
    }
    const { intent: _intent, reason: _reason, version: _version, ...definition } = value;
    if (indicator.retiredOn === null && needsReason(definitionChange(indicator, definition)) && value.reason === "") {
      return refuse<Refusal>(form, { reason: ["indicatorEdit.error.reasonRequired"] });
    }
    const changed = updateIndicator({ ...change, ...by, definition });
    return redirectSaved(`/activities/${activity.id}`, changed.length > 0 ? "indicatorEdited" : "definitionUnchanged");
  } catch (error) {
    if (error instanceof VersionConflictError) {
      return refuse<Refusal>(form, {}, 409, { current: getIndicator(activity.id, indicator.id) ?? indicator });
    }
    // Retired already: the page now says so, and has nothing left to change.
    if (error instanceof StateConflictError) return refuse<Refusal>(form, { _form: ["indicatorEdit.error.retired"] }, 409);
    throw httpError(error);
  }
}

/** The stored definition as its form sends it, numbers in the reader's language. */
function asFormValues(indicator: IndicatorRecord, lang: Lang): Record<string, string> {
  return {
    name: indicator.name,
    unit: indicator.unit,
    baseline: formatNumberForInput(lang, indicator.baseline),
    target: formatNumberForInput(lang, indicator.target),
    direction: indicator.direction,
    kind: indicator.kind,
  };
}

export default function IndicatorPage() {
  const { activity, indicator } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, lang } = useTranslation();
  const intent = formValue(result?.values, "intent");
  // A refused form keeps the version it was loaded with, so a change made meanwhile is still caught; after a
  // conflict it carries the new one, so saving again is a deliberate overwrite.
  const version = result?.current ? indicator.version : Number(formValue(result?.values, "version")) || indicator.version;
  const errorsFor = (which: string): FormErrors => (intent === which ? (result?.errors ?? {}) : {});
  const valuesFor = (which: string): FormValues | undefined => (intent === which ? result?.values : undefined);
  return (
    <>
      <p>
        <Link to={`/activities/${activity.id}`}>{t("update.backTo", { title: activity.title })}</Link>
      </p>
      <h1>{t("indicatorEdit.title", { name: indicator.name })}</h1>
      {result?.current ? (
        <ConflictNotice
          message={t("conflict.indicator")}
          current={asFormValues(result.current, lang)}
          typed={result.values}
          labels={{
            name: t("indicator.name"),
            unit: t("indicator.unit"),
            baseline: t("indicator.baseline"),
            target: t("indicator.target"),
            direction: t("indicator.directionLabel"),
            kind: t("indicator.kindLabel"),
          }}
          display={{
            direction: t(`indicator.direction.${result.current.direction}`),
            kind: t(`indicator.kind.${result.current.kind}`),
          }}
        />
      ) : null}
      {indicator.retiredOn ? (
        <>
          <ErrorSummary errors={result?.errors} />
          <div className="alert alert-info" role="status">
            <div className="alert-body">
              <p className="alert-text">{t("indicatorEdit.retiredNotice", { date: formatDateLong(lang, indicator.retiredOn) })}</p>
            </div>
          </div>
        </>
      ) : (
        <>
          <section aria-labelledby="edit-heading">
            <h2 id="edit-heading">{t("indicatorEdit.editHeading")}</h2>
            <Form method="post" noValidate key={`edit-${version}`}>
              <ErrorSummary errors={errorsFor("edit")} />
              <input type="hidden" name="intent" value="edit" />
              <input type="hidden" name="version" value={version} />
              <IndicatorFields values={valuesFor("edit") ?? asFormValues(indicator, lang)} errors={errorsFor("edit")} />
              <Field
                id="edit-reason"
                label={t("indicatorEdit.reason")}
                hint={t("indicatorEdit.reasonHint")}
                errors={errorsFor("edit").reason}
              >
                {(aria) => (
                  <input
                    className="form-input"
                    id="edit-reason"
                    name="reason"
                    maxLength={1000}
                    defaultValue={formValue(valuesFor("edit"), "reason")}
                    {...aria}
                  />
                )}
              </Field>
              <button type="submit" className="button button-primary">
                {t("indicatorEdit.save")}
              </button>
            </Form>
          </section>
          <section aria-labelledby="retire-heading">
            <h2 id="retire-heading">{t("indicatorEdit.retireHeading")}</h2>
            <p>{t("indicatorEdit.retireText")}</p>
            <Form method="post" noValidate key={`retire-${version}`}>
              <ErrorSummary errors={errorsFor("retire")} />
              <input type="hidden" name="intent" value="retire" />
              <input type="hidden" name="version" value={version} />
              <Field
                id="retire-reason"
                label={t("indicatorEdit.reason")}
                hint={t("indicatorEdit.retireReasonHint")}
                errors={errorsFor("retire").reason}
              >
                {(aria) => (
                  <input
                    className="form-input"
                    id="retire-reason"
                    name="reason"
                    required
                    maxLength={1000}
                    defaultValue={formValue(valuesFor("retire"), "reason")}
                    {...aria}
                  />
                )}
              </Field>
              <button type="submit" className="button button-secondary">
                {t("indicatorEdit.retire")}
              </button>
            </Form>
          </section>
        </>
      )}
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
