import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, isRouteErrorResponse, Link, useActionData, useLoaderData, useRouteError } from "@remix-run/react";

import { PrintButton } from "../components/board-pack";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { SavedNotice } from "../components/forms";
import { CoFinancingLine, ReportFocusSection, ReportSummary } from "../components/outcomes/lbf-report";
import { ScrollArea } from "../components/scroll-area";
import { VersionConflictError } from "../domain/errors";
import { parseForm, refuse } from "../forms/form.server";
import { NarrativeSchema } from "../forms/outcomes.server";
import { formatDate } from "../i18n/format";
import { translator } from "../i18n/i18n";
import { getLang } from "../i18n/lang.server";
import { useTranslation } from "../i18n/use-translation";
import { getLbfReport, getReportPlan, type ReportPlan, reportPlans, saveNarrative } from "../models/lbf-report.server";
import { requireUserWith } from "../utils/auth.server";
import { yearOf } from "../utils/dates";
import { httpError, redirectSaved } from "../utils/http.server";
import { pageTitle } from "../utils/meta";
import { can } from "../utils/permissions";
import { today } from "../utils/today.server";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, (t) =>
    data?.report ? t("lbf.reportTitle", { year: String(data.report.year), plan: data.report.plan.name }) : t("lbf.title"),
  );

/** The year a plan's report opens on: this year while the plan runs, else its last (or first) year. */
function defaultYear(plan: ReportPlan, now: string): number {
  const year = yearOf(now);
  const first = plan.years[0] ?? year;
  const last = plan.years[plan.years.length - 1] ?? year;
  return Math.min(Math.max(year, first), last);
}

/**
 * The plan and year a report is for, from `?plan=<slug>&year=<year>`: an unknown plan is a 404 and a year that
 * is not one of the plan's a 400, each with a message in the reader's language; no year: the default one.
 */
async function reportKey(request: Request): Promise<{ plan: ReportPlan; year: number } | null> {
  const url = new URL(request.url);
  const slug = url.searchParams.get("plan");
  if (slug === null || slug === "") return null;
  const { t } = translator(await getLang(request));
  const plan = getReportPlan(slug);
  if (!plan) throw json({ message: t("lbf.error.plan", { plan: slug.slice(0, 80) }) }, { status: 404 });
  const yearParam = url.searchParams.get("year");
  if (yearParam === null || yearParam === "") {
    throw redirect(`/reports/lbf?${new URLSearchParams({ plan: plan.slug, year: String(defaultYear(plan, today())) })}`);
  }
  const year = /^\d{4}$/.test(yearParam) ? Number(yearParam) : NaN;
  if (!plan.years.includes(year)) {
    const first = String(plan.years[0] ?? "");
    const last = String(plan.years[plan.years.length - 1] ?? "");
    throw json({ message: t("lbf.error.year", { year: yearParam.slice(0, 20), plan: plan.name, from: first, to: last }) }, { status: 400 });
  }
  return { plan, year };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWith(request, "portfolio:read");
  const key = await reportKey(request);
  const now = today();
  if (!key) return json({ report: null, plans: reportPlans(), currentYear: yearOf(now), canWrite: false });
  return json({
    report: getLbfReport(key.plan.slug, key.year, now),
    plans: reportPlans(),
    currentYear: yearOf(now),
    canWrite: can(user, "reports:write"),
  });
}

type Refusal = { focus: string; conflict: string | null };

/** Administrators write a focus area's narrative for the plan and year in the URL. */
export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUserWith(request, "reports:write");
  const key = await reportKey(request);
  if (!key) throw new Response("Not found", { status: 404 });
  const form = await parseForm(request, NarrativeSchema);
  const focus = typeof form.values.focus === "string" ? form.values.focus : "";
  if (!form.ok) return refuse<Refusal>(form, {}, 400, { focus });
  const { focus: code, text, version } = form.value;
  try {
    saveNarrative({ planId: key.plan.id, year: key.year, focus: code, text, version }, user.id);
    return redirectSaved(`/reports/lbf?plan=${key.plan.slug}&year=${key.year}#lbf-${code}`, "narrative");
  } catch (error) {
    if (error instanceof VersionConflictError) {
      const current = getLbfReport(key.plan.slug, key.year, today()).sections.find((s) => s.code === code)?.narrative;
      return refuse<Refusal>(form, {}, 409, { focus: code, conflict: current?.text ?? "" });
    }
    throw httpError(error);
  }
}

export default function LbfReportPage() {
  const { report, plans, currentYear, canWrite } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, lang } = useTranslation();

  if (!report) {
    return (
      <>
        <h1>{t("lbf.title")}</h1>
        <p className="font-lead">{t("lbf.intro")}</p>
        {plans.length === 0 ? (
          <p>{t("lbf.noPlans")}</p>
        ) : (
          <ScrollArea label={t("lbf.plans")}>
            <table className="table table--compact">
              <thead>
                <tr>
                  <th scope="col">{t("col.plan")}</th>
                  <th scope="col">{t("col.period")}</th>
                  <th scope="col">{t("lbf.col.reports")}</th>
                </tr>
              </thead>
              <tbody>
                {plans.map((p) => (
                  <tr key={p.slug}>
                    <th scope="row">{p.name}</th>
                    <td>
                      {formatDate(lang, p.startsOn)}–{formatDate(lang, p.endsOn)}
                    </td>
                    <td>
                      <ul className="inline-list">
                        {p.years.map((y) => (
                          <li key={y}>
                            <Link
                              to={`/reports/lbf?plan=${p.slug}&year=${y}`}
                              aria-label={t("lbf.reportTitle", { year: String(y), plan: p.name })}
                            >
                              {y}
                            </Link>
                            {y === currentYear ? <span className="muted small"> ({t("lbf.thisYear")})</span> : null}
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollArea>
        )}
      </>
    );
  }

  const year = String(report.year);
  const refusedFocus = result && "focus" in result ? result.focus : null;
  return (
    <article className="board-pack lbf-report">
      <p className="screen-only">
        <Link to="/reports/lbf">{t("lbf.back")}</Link> · <PrintButton /> · {t("boardPack.printHint")} ·{" "}
        <a href={`/reports/lbf.xlsx?plan=${report.plan.slug}&year=${report.year}`} download>
          {t("lbf.download")}
        </a>
      </p>
      <Form method="get" className="screen-only pack-form" aria-label={t("lbf.choose")}>
        <div className="form-group">
          <label className="form-label" htmlFor="lbf-plan">
            {t("col.plan")}
          </label>
          <select className="form-select" id="lbf-plan" name="plan" defaultValue={report.plan.slug}>
            {plans.map((p) => (
              <option key={p.slug} value={p.slug}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="lbf-year">
            {t("lbf.year")}
          </label>
          <select className="form-select" id="lbf-year" name="year" defaultValue={report.year}>
            {report.plan.years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button-secondary">
          {t("lbf.show")}
        </button>
      </Form>
      <SavedNotice />
      <header className="pack-cover">
        <p className="pack-org">Boligsocialt Hus · Odense</p>
        <h1>{t("lbf.reportTitle", { year, plan: report.plan.name })}</h1>
        <p className="font-lead">
          {t("lbf.period", {
            from: formatDate(lang, report.plan.startsOn),
            to: formatDate(lang, report.plan.endsOn),
            areas: report.plan.areas.join(", "),
          })}
        </p>
        <p className="muted">{t("lbf.asOf", { date: formatDate(lang, report.asOf) })}</p>
      </header>

      <section aria-labelledby="lbf-summary">
        <h2 id="lbf-summary">{t("lbf.summary")}</h2>
        <ReportSummary report={report} />
        <CoFinancingLine coFinancing={report.total.coFinancing} year={year} />
        <p className="small">{t("lbf.rule")}</p>
        <p className="small">{t("lbf.definitions", { date: formatDate(lang, report.asOf) })}</p>
      </section>

      {report.sections.map((s) => (
        <ReportFocusSection
          key={s.code}
          report={report}
          section={s}
          canWrite={canWrite}
          form={
            refusedFocus === s.code && result
              ? { values: result.values, errors: result.errors, conflict: "conflict" in result ? result.conflict : undefined }
              : undefined
          }
        />
      ))}
    </article>
  );
}

/** 400 and 404 say what was wrong with the plan or year; anything else is the shared error page. */
export function ErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation();
  const message =
    isRouteErrorResponse(error) && typeof error.data === "object" && error.data !== null && "message" in error.data
      ? String((error.data as { message: unknown }).message)
      : null;
  return (
    <>
      <GeneralErrorBoundary />
      {message ? (
        <p className="lbf-error">
          {message} <Link to="/reports/lbf">{t("lbf.back")}</Link>
        </p>
      ) : null}
    </>
  );
}
