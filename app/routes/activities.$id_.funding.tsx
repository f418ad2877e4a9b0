import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";

import { GeneralErrorBoundary } from "../components/error-boundary";
import { ConflictNotice, ErrorSummary } from "../components/forms";
import { ApplicationForm, WithdrawApplication } from "../components/funding/application-form";
import { FundingLineForm } from "../components/funding/funding-line-form";
import { FundingLinesTable } from "../components/funding/funding-lines";
import { formatYears } from "../components/funding/years";
import { DuplicateError, VersionConflictError } from "../domain/errors";
import { amountField } from "../forms/application-fields";
import { parseForm, refuse } from "../forms/form.server";
import { fundingLineProblems, FundingLineSchema } from "../forms/funding.server";
import { type FormErrors, formValue, type FormValues } from "../forms/types";
import { formatDate, formatMoney } from "../i18n/format";
import { useTranslation } from "../i18n/use-translation";
import { getActivity } from "../models/activity.server";
import {
  activityFundingYears,
  createFundingApplication,
  createFundingLine,
  type FundingLineView,
  listFundingLines,
  listFundingSources,
  updateFundingApplication,
  updateFundingLine,
  withdrawFundingApplication,
  withdrawFundingLine,
} from "../models/funding.server";
import { requireUserWith } from "../utils/auth.server";
import { httpError, invariantResponse, redirectSaved, requireId } from "../utils/http.server";
import { pageTitle } from "../utils/meta";
import { today } from "../utils/today.server";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, (t) => (data ? t("funding.pageTitle", { title: data.activity.title }) : undefined));

async function load(request: Request, idParam: string | undefined) {
  const user = await requireUserWith(request, "funding:write");
  const activity = getActivity(requireId(idParam));
  invariantResponse(activity, 404);
  const period = activityFundingYears(activity.id);
  invariantResponse(period, 404);
  return { user, activity, plan: period.plan, years: period.years, planYears: period.planYears };
}

/** An application's lines as its form was loaded: `id:version` pairs, for the compare-and-set on saving. */
const linesToken = (lines: FundingLineView[]) => lines.map((l) => `${l.id}:${l.version}`).join(" ");

/** An application as its form shows it: the terms of its first line and each year's amount. */
function applicationValues(lines: FundingLineView[], todayIso: string): Record<string, string> {
  const first = lines[0];
  if (!first) return {};
  return {
    sourceId: String(first.sourceId),
    stage: first.stage,
    deadline: first.deadline ?? "",
    expectedAnswerOn: first.expectedAnswerOn ?? "",
    decidedOn: first.decidedOn ?? todayIso,
    note: first.note,
    ...Object.fromEntries(lines.map((l) => [amountField(l.year), String(l.amount)])),
  };
}

/** The lines of the application with this key ("" or unknown: none). */
const linesOf = (lines: FundingLineView[], key: string | number | null | undefined) =>
  lines.filter((l) => String(l.application.key) === String(key ?? ""));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { activity, plan, years, planYears } = await load(request, params.id);
  const lines = listFundingLines(activity.id);
  const search = new URL(request.url).searchParams;
  const lineParam = search.get("line");
  const applicationParam = search.get("application");
  // A link to a line or application withdrawn meanwhile finds nothing to edit: 404, not a blank form.
  const editing = lineParam === null ? null : (lines.find((l) => String(l.id) === lineParam) ?? null);
  invariantResponse(lineParam === null || editing, 404);
  const application = applicationParam === null ? [] : linesOf(lines, applicationParam);
  invariantResponse(applicationParam === null || application.length > 0, 404);
  return json({
    activity: { id: activity.id, title: activity.title },
    plan,
    years,
    planYears,
    today: today(),
    sources: listFundingSources(),
    lines,
    editing,
    editingApplication: application.length > 0 ? application[0]?.application.key : null,
  });
}

type Refusal = {
  /** After a conflict: the application as stored now, and as this person sent it, in the form's terms. */
  current: Record<string, string>;
  mine: Record<string, string>;
  /** The stored lines (`id:version`), for saving again over them deliberately. */
  currentLines: string;
};

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, activity, years } = await load(request, params.id);
  const form = await parseForm(request, FundingLineSchema);
  if (!form.ok) return refuse<Refusal>(form);

  const value = form.value;
  if (value.intent === "withdraw") {
    try {
      withdrawFundingLine(activity.id, value.lineId, value.version, user.id);
    } catch (error) {
      if (error instanceof VersionConflictError) return refuse<Refusal>(form, { _form: ["withdraw.error.stale"] }, 409);
      // A line of another activity (or none) is none of this page's business: 404.
      throw httpError(error);
    }
    return redirectSaved(`/activities/${activity.id}`, "fundingWithdrawn");
  }
  if (value.intent === "withdrawApplication") {
    try {
      withdrawFundingApplication(activity.id, value.applicationId, value.lines, user.id);
    } catch (error) {
      if (error instanceof VersionConflictError) return refuse<Refusal>(form, { _form: ["application.error.staleWithdraw"] }, 409);
      throw httpError(error);
    }
    return redirectSaved(`/activities/${activity.id}`, "applicationWithdrawn");
  }

  const problems = fundingLineProblems(value, { sourceIds: listFundingSources().map((s) => s.id), years });
  if (Object.keys(problems).length > 0) return refuse<Refusal>(form, problems);

  try {
    switch (value.intent) {
      case "create": {
        const { intent: _intent, ...line } = value;
        createFundingLine(activity.id, line, user.id);
        break;
      }
      case "update": {
        const { intent: _intent, lineId, ...change } = value;
        updateFundingLine(activity.id, lineId, change, user.id);
        break;
      }
      case "createApplication": {
        const { intent: _intent, ...application } = value;
        createFundingApplication(activity.id, application, user.id);
        return redirectSaved(`/activities/${activity.id}`, "application");
      }
      case "updateApplication": {
        const { intent: _intent, applicationId, ...application } = value;
        updateFundingApplication(activity.id, applicationId, application, user.id);
        return redirectSaved(`/activities/${activity.id}`, "application");
      }
    }
  } catch (error) {
    if (error instanceof DuplicateError) return refuse<Refusal>(form, { year: ["funding.error.yearTaken"] });
    if (error instanceof VersionConflictError && value.intent === "updateApplication") {
      const stored = linesOf(listFundingLines(activity.id), value.applicationId);
      // Withdrawn meanwhile: nothing left to save over.
      invariantResponse(stored.length > 0, 404);
      const mine: Record<string, string> = {
        sourceId: String(value.sourceId),
        stage: value.stage,
        deadline: value.deadline ?? "",
        expectedAnswerOn: value.expectedAnswerOn ?? "",
        decidedOn: value.decidedOn ?? "",
        note: value.note,
        ...Object.fromEntries(value.amounts.map((a) => [amountField(a.year), String(a.amount)])),
      };
      const current = { ...applicationValues(stored, ""), decidedOn: stored[0]?.decidedOn ?? "" };
      return refuse<Refusal>(form, { _form: ["application.error.stale"] }, 409, { current, mine, currentLines: linesToken(stored) });
    }
    if (error instanceof VersionConflictError) return refuse<Refusal>(form, { _form: ["funding.error.stale"] }, 409);
    throw httpError(error);
  }
  return redirectSaved(`/activities/${activity.id}`, "funding");
}

export default function FundingPage() {
  const { activity, plan, years, planYears, today: todayIso, sources, lines, editing, editingApplication } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, lang } = useTranslation();
  const intent = formValue(result?.values, "intent");
  const base = `/activities/${activity.id}/funding`;

  // Which form the page shows: the one a refused answer was about, else the one the address asks for.
  const withdrawal = intent === "withdraw" ? result : undefined;
  const applicationResult =
    intent === "createApplication" || intent === "updateApplication" || intent === "withdrawApplication" ? result : undefined;
  const lineResult = intent === "update" || intent === "create" ? result : undefined;
  const lineInResult = intent === "update" ? lines.find((l) => String(l.id) === formValue(result?.values, "lineId")) : undefined;
  const line = lineInResult ?? (applicationResult ? undefined : (editing ?? undefined));
  const applicationKey = applicationResult ? formValue(result?.values, "applicationId") : line ? "" : String(editingApplication ?? "");
  const application = linesOf(lines, applicationKey);

  return (
    <>
      <p>
        <Link to={`/activities/${activity.id}`}>{t("update.backTo", { title: activity.title })}</Link>
      </p>
      <h1>{t("funding.pageTitle", { title: activity.title })}</h1>
      <p>
        {t("funding.planPeriod", {
          plan: plan.name,
          from: String(planYears[0]),
          to: String(planYears[planYears.length - 1]),
          years: formatYears(lang, years),
        })}
      </p>
      <ErrorSummary errors={withdrawal?.errors} />
      <FundingLinesTable lines={lines} editBase={base} withdrawAction={base} />
      {lines.length > 0 ? <p className="form-hint">{t("withdraw.hint")}</p> : null}

      {line ? (
        <section aria-labelledby="line-form-heading">
          <h2 id="line-form-heading">{t("funding.editTitle", { source: line.source, year: String(line.year) })}</h2>
          <FundingLineForm
            activityId={activity.id}
            sources={sources}
            years={years}
            planYears={planYears}
            today={todayIso}
            // After a refusal the form keeps the version it was loaded with, so a change made meanwhile by
            // someone else is still detected on the next save.
            line={{ id: line.id, version: Number(formValue(lineResult?.values, "version")) || line.version }}
            values={lineResult?.values ?? lineValues(line, todayIso)}
            errors={lineResult?.errors}
          />
          {line.application.lines === 1 ? (
            <p>
              <Link to={`${base}?application=${line.application.key}`}>{t("application.asApplication")}</Link>
            </p>
          ) : null}
        </section>
      ) : application.length > 0 ? (
        <EditApplication
          activityId={activity.id}
          lines={application}
          sources={sources}
          years={years}
          planYears={planYears}
          today={todayIso}
          result={applicationResult}
        />
      ) : (
        <section aria-labelledby="application-form-heading">
          <h2 id="application-form-heading">{t("funding.addLine")}</h2>
          <ApplicationForm
            activityId={activity.id}
            sources={sources}
            years={years}
            planYears={planYears}
            today={todayIso}
            values={applicationResult?.values ?? lineResult?.values}
            errors={applicationResult?.errors ?? lineResult?.errors}
          />
        </section>
      )}
    </>
  );
}

function lineValues(line: FundingLineView, todayIso: string): FormValues {
  return {
    sourceId: String(line.sourceId),
    year: String(line.year),
    amount: String(line.amount),
    stage: line.stage,
    deadline: line.deadline ?? "",
    expectedAnswerOn: line.expectedAnswerOn ?? "",
    decidedOn: line.decidedOn ?? todayIso,
    note: line.note,
  };
}

type ApplicationResult = { errors: FormErrors; values: FormValues } & Partial<Refusal>;

/** The form for an application over several years, its conflict notice, and its withdrawal. */
function EditApplication({
  activityId,
  lines,
  sources,
  years,
  planYears,
  today: todayIso,
  result,
}: {
  activityId: number;
  lines: FundingLineView[];
  sources: { id: number; name: string }[];
  years: number[];
  planYears: number[];
  today: string;
  result: ApplicationResult | undefined;
}) {
  const { t, lang } = useTranslation();
  const first = lines[0];
  if (!first) return null;
  const key = first.application.key;
  const span = formatYears(
    lang,
    lines.map((l) => l.year),
  );
  const sameTerms = (l: FundingLineView) =>
    l.sourceId === first.sourceId &&
    l.stage === first.stage &&
    l.deadline === first.deadline &&
    l.expectedAnswerOn === first.expectedAnswerOn &&
    l.decidedOn === first.decidedOn &&
    l.note === first.note;
  // A refused save keeps the lines it was loaded with (a change meanwhile is still detected); after a
  // conflict the form carries the stored lines, so saving again is a deliberate overwrite.
  const loaded = result?.currentLines ?? formValue(result?.values, "lines", linesToken(lines));
  const amountLabels = Object.fromEntries(years.map((y) => [amountField(y), `${t("funding.amount")} ${y}`]));
  const display = (values: Record<string, string>) =>
    Object.fromEntries(
      Object.entries(values).map(([k, v]) => {
        if (!v) return [k, ""];
        if (k === "sourceId") return [k, sources.find((s) => String(s.id) === v)?.name ?? v];
        if (k === "stage") return [k, t(`stage.${v}` as "stage.applied")];
        if (k.startsWith("amount-")) return [k, formatMoney(lang, Number(v))];
        if (k === "deadline" || k === "expectedAnswerOn" || k === "decidedOn") return [k, formatDate(lang, v)];
        return [k, v];
      }),
    );
  return (
    <section aria-labelledby="application-form-heading">
      <h2 id="application-form-heading">
        {lines.length > 1
          ? t("application.editTitle", { source: first.source, years: span })
          : t("funding.editTitle", { source: first.source, year: span })}
      </h2>
      {result?.current ? (
        <ConflictNotice
          message={t("application.error.stale")}
          current={result.current}
          typed={result.mine}
          labels={{
            sourceId: t("funding.source"),
            stage: t("funding.stage"),
            deadline: t("funding.deadline"),
            expectedAnswerOn: t("funding.expectedAnswerOn"),
            decidedOn: t("funding.decidedOn"),
            note: t("funding.note"),
            ...amountLabels,
          }}
          display={display(result.current)}
        />
      ) : null}
      {lines.every(sameTerms) ? null : (
        <div className="alert alert-info">
          <div className="alert-body">
            <p className="alert-text">{t("application.mixed")}</p>
          </div>
        </div>
      )}
      <ApplicationForm
        activityId={activityId}
        sources={sources}
        years={years}
        planYears={planYears}
        today={todayIso}
        application={{ key, lines: loaded }}
        values={result && formValue(result.values, "intent") === "updateApplication" ? result.values : applicationValues(lines, todayIso)}
        errors={result?.current ? { ...result.errors, _form: [] } : result?.errors}
      />
      <WithdrawApplication activityId={activityId} application={{ key, lines: loaded }} years={span} lineCount={lines.length} />
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
