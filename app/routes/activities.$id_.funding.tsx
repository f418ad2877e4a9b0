import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";

import { GeneralErrorBoundary } from "../components/error-boundary";
import { ErrorSummary } from "../components/forms";
import { FundingLineForm } from "../components/funding/funding-line-form";
import { FundingLinesTable } from "../components/funding/funding-lines";
import { VersionConflictError } from "../domain/errors";
import { parseForm, refuse } from "../forms/form.server";
import { fundingLineProblems, FundingLineSchema, planYears } from "../forms/funding.server";
import { formValue } from "../forms/types";
import { useTranslation } from "../i18n/use-translation";
import { getActivity } from "../models/activity.server";
import {
  activityPlan,
  createFundingLine,
  listFundingLines,
  listFundingSources,
  updateFundingLine,
  withdrawFundingLine,
} from "../models/funding.server";
import { requireUserWith } from "../utils/auth.server";
import { httpError, invariantResponse, redirectSaved, requireId } from "../utils/http.server";
import { pageTitle } from "../utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, (t) => (data ? t("funding.pageTitle", { title: data.activity.title }) : undefined));

async function load(request: Request, idParam: string | undefined) {
  const user = await requireUserWith(request, "funding:write");
  const activity = getActivity(requireId(idParam));
  invariantResponse(activity, 404);
  const plan = activityPlan(activity.id);
  invariantResponse(plan, 404);
  return { user, activity, plan, years: planYears(plan) };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { activity, plan, years } = await load(request, params.id);
  const lines = listFundingLines(activity.id);
  const lineParam = new URL(request.url).searchParams.get("line");
  const editing = lineParam ? (lines.find((l) => String(l.id) === lineParam) ?? null) : null;
  return json({
    activity: { id: activity.id, title: activity.title },
    plan,
    years,
    sources: listFundingSources(),
    lines,
    editing,
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, activity, years } = await load(request, params.id);
  const form = await parseForm(request, FundingLineSchema);
  if (!form.ok) return refuse(form);

  const value = form.value;
  if (value.intent === "withdraw") {
    try {
      withdrawFundingLine(activity.id, value.lineId, value.version, user.id);
    } catch (error) {
      if (error instanceof VersionConflictError) return refuse(form, { _form: ["withdraw.error.stale"] }, 409);
      // A line of another activity (or none) is none of this page's business: 404.
      throw httpError(error);
    }
    return redirectSaved(`/activities/${activity.id}`, "fundingWithdrawn");
  }
  const problems = fundingLineProblems(value, { sourceIds: listFundingSources().map((s) => s.id), years });
  if (Object.keys(problems).length > 0) return refuse(form, problems);

  try {
    if (value.intent === "update") {
      const { intent: _intent, lineId, ...change } = value;
      updateFundingLine(activity.id, lineId, change, user.id);
    } else {
      const { intent: _intent, ...line } = value;
      createFundingLine(activity.id, line, user.id);
    }
  } catch (error) {
    if (error instanceof VersionConflictError) return refuse(form, { _form: ["funding.error.stale"] }, 409);
    throw httpError(error);
  }
  return redirectSaved(`/activities/${activity.id}`, "funding");
}

export default function FundingPage() {
  const { activity, plan, years, sources, lines, editing } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const editValues = editing
    ? {
        sourceId: String(editing.sourceId),
        year: String(editing.year),
        amount: String(editing.amount),
        stage: editing.stage,
        deadline: editing.deadline ?? "",
        decidedOn: editing.decidedOn ?? "",
        note: editing.note,
      }
    : undefined;
  // A refused withdrawal is said above the lines; the line form below is not about it.
  const withdrawal = formValue(result?.values, "intent") === "withdraw" ? result : undefined;
  const lineResult = withdrawal ? undefined : result;
  const resultIsUpdate = formValue(lineResult?.values, "intent") === "update";
  const lineInResult = resultIsUpdate ? lines.find((l) => String(l.id) === formValue(lineResult?.values, "lineId")) : undefined;
  const lineForm = lineInResult ?? editing ?? undefined;
  return (
    <>
      <p>
        <Link to={`/activities/${activity.id}`}>{t("update.backTo", { title: activity.title })}</Link>
      </p>
      <h1>{t("funding.pageTitle", { title: activity.title })}</h1>
      <p>{t("funding.planPeriod", { plan: plan.name, from: String(years[0]), to: String(years[years.length - 1]) })}</p>
      <ErrorSummary errors={withdrawal?.errors} />
      <FundingLinesTable
        lines={lines}
        editBase={`/activities/${activity.id}/funding`}
        withdrawAction={`/activities/${activity.id}/funding`}
      />
      {lines.length > 0 ? <p className="form-hint">{t("withdraw.hint")}</p> : null}
      <h2>{lineForm ? t("funding.editLine") : t("funding.addLine")}</h2>
      <FundingLineForm
        activityId={activity.id}
        sources={sources}
        years={years}
        // After a refusal the form keeps the version it was loaded with, so a change made meanwhile by someone
        // else is still detected on the next save.
        line={lineForm ? { id: lineForm.id, version: Number(formValue(lineResult?.values, "version")) || lineForm.version } : undefined}
        values={lineResult?.values ?? editValues}
        errors={lineResult?.errors}
      />
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
