import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";

import { GeneralErrorBoundary } from "../components/error-boundary";
import { FundingLineForm } from "../components/funding/funding-line-form";
import { FundingLinesTable } from "../components/funding/funding-lines";
import { isMessageKey } from "../i18n/i18n";
import { useTranslation } from "../i18n/use-translation";
import { pageTitle } from "../utils/meta";
import {
  activityPlan,
  createFundingLine,
  listFundingLines,
  listFundingSources,
  StaleLineError,
  updateFundingLine,
} from "../models/funding.server";
import { requireUserWith } from "../utils/auth.server";
import { yearOf } from "../utils/dates";
import { fieldErrors, readForm, type FieldErrors } from "../utils/forms.server";
import { FundingLineSchema, FundingLineUpdateSchema } from "../utils/funding-forms.server";
import { invariantResponse, requireId } from "../utils/http.server";
import { formToObject } from "../utils/user-forms.server";
import { getActivity } from "../models/activity.server";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, (t) => (data ? t("funding.pageTitle", { title: data.activity.title }) : undefined));

async function load(request: Request, idParam: string | undefined) {
  const user = await requireUserWith(request, "funding:write");
  const activity = getActivity(requireId(idParam));
  invariantResponse(activity, 404);
  const plan = activityPlan(activity.id);
  invariantResponse(plan, 404);
  const years: number[] = [];
  for (let y = yearOf(plan.startsOn); y <= yearOf(plan.endsOn); y++) years.push(y);
  return { user, activity, plan, years };
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

type ActionData = { errors: FieldErrors; values: Record<string, string>; lineId?: number };

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, activity, years } = await load(request, params.id);
  const raw = formToObject(await readForm(request));
  const values = Object.fromEntries(Object.entries(raw).filter(([, v]) => typeof v === "string")) as Record<string, string>;
  const update = raw.intent === "update" ? FundingLineUpdateSchema.safeParse(raw) : null;
  const parsed = update ?? FundingLineSchema.safeParse(raw);
  if (!parsed.success) return json<ActionData>({ errors: fieldErrors(parsed.error, isMessageKey), values }, { status: 400 });

  const errors: FieldErrors = {};
  if (!listFundingSources().some((s) => s.id === parsed.data.sourceId)) errors.sourceId = ["funding.error.source"];
  if (!years.includes(parsed.data.year)) errors.year = ["funding.error.yearOutsidePlan"];
  if (Object.keys(errors).length > 0) return json<ActionData>({ errors, values }, { status: 400 });

  const line = {
    sourceId: parsed.data.sourceId,
    year: parsed.data.year,
    amount: parsed.data.amount,
    stage: parsed.data.stage,
    deadline: parsed.data.deadline,
    decidedOn: parsed.data.decidedOn,
    note: parsed.data.note,
  };
  if (update?.success) {
    try {
      const found = updateFundingLine(activity.id, update.data.lineId, { ...line, version: update.data.version }, user.id);
      invariantResponse(found, 404);
    } catch (error) {
      if (error instanceof StaleLineError) {
        return json<ActionData>({ errors: { _form: ["funding.error.stale"] }, values }, { status: 409 });
      }
      throw error;
    }
  } else {
    createFundingLine(activity.id, line, user.id);
  }
  return redirect(`/activities/${activity.id}?saved=funding`, 303);
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
  const resultIsUpdate = result?.values.intent === "update";
  const lineInResult = resultIsUpdate ? lines.find((l) => String(l.id) === result?.values.lineId) : undefined;
  const lineForm = lineInResult ?? editing ?? undefined;
  return (
    <>
      <p>
        <Link to={`/activities/${activity.id}`}>{t("update.backTo", { title: activity.title })}</Link>
      </p>
      <h1>{t("funding.pageTitle", { title: activity.title })}</h1>
      <p>{t("funding.planPeriod", { plan: plan.name, from: String(years[0]), to: String(years[years.length - 1]) })}</p>
      <FundingLinesTable lines={lines} editBase={`/activities/${activity.id}/funding`} />
      <h2>{lineForm ? t("funding.editLine") : t("funding.addLine")}</h2>
      <FundingLineForm
        activityId={activity.id}
        sources={sources}
        years={years}
        // After a refusal the form keeps the version it was loaded with, so a change made meanwhile by someone
        // else is still detected on the next save.
        line={lineForm ? { id: lineForm.id, version: Number(result?.values.version ?? lineForm.version) || lineForm.version } : undefined}
        values={result?.values ?? editValues}
        errors={result?.errors}
      />
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
