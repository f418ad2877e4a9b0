import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";

import { GeneralErrorBoundary } from "../components/error-boundary";
import { SavedNotice } from "../components/forms";
import { MeasureForm } from "../components/outcomes/measure-form";
import { ThresholdText } from "../components/outcomes/measure-value";
import { ScrollArea } from "../components/scroll-area";
import { DuplicateError } from "../domain/errors";
import { parseForm, refuse } from "../forms/form.server";
import { measureCreateSchema } from "../forms/statistics.server";
import { formatNumber } from "../i18n/format";
import { getLang } from "../i18n/lang.server";
import { useTranslation } from "../i18n/use-translation";
import { createMeasure, measureOverview } from "../models/statistics.server";
import { requireUserWith } from "../utils/auth.server";
import { redirectSaved } from "../utils/http.server";
import { pageTitle } from "../utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("statistics.title"));

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWith(request, "statistics:manage");
  return json({ measures: measureOverview() });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUserWith(request, "statistics:manage");
  const form = await parseForm(request, measureCreateSchema(await getLang(request)));
  if (!form.ok) return refuse(form);
  try {
    const measure = createMeasure(form.value, user.id);
    return redirectSaved(`/admin/statistics/${measure.code}`, "measureCreated", { name: measure.nameDa });
  } catch (error) {
    if (error instanceof DuplicateError) return refuse(form, { code: ["measure.error.codeTaken"] });
    throw error;
  }
}

/** Administrators: the measures of area statistics, how many figures each has, and a form for a new one. */
export default function AdminStatistics() {
  const { measures } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, lang } = useTranslation();
  return (
    <>
      <p>
        <Link to="/admin">{t("admin.title")}</Link>
      </p>
      <h1>{t("statistics.title")}</h1>
      <p className="font-lead">{t("statistics.intro")}</p>
      <SavedNotice />
      <ScrollArea label={t("statistics.title")}>
        <table className="table table--compact">
          <thead>
            <tr>
              <th scope="col">{t("statistics.col.measure")}</th>
              <th scope="col">{t("statistics.col.unit")}</th>
              <th scope="col">{t("statistics.col.threshold")}</th>
              <th scope="col" className="num">
                {t("statistics.col.figures")}
              </th>
              <th scope="col">{t("statistics.col.years")}</th>
            </tr>
          </thead>
          <tbody>
            {measures.map((m) => (
              <tr key={m.code}>
                <th scope="row">
                  <Link to={`/admin/statistics/${m.code}`}>{lang === "da" ? m.nameDa : m.nameEn}</Link>
                  <br />
                  <span className="muted small">{m.code}</span>
                </th>
                <td>{m.unit}</td>
                <td>
                  <ThresholdText measure={m} />
                </td>
                <td className="num">{formatNumber(lang, m.figures)}</td>
                <td>
                  {m.firstYear === null ? t("common.none") : m.firstYear === m.lastYear ? m.firstYear : `${m.firstYear}–${m.lastYear}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>
      <p className="small">
        {t("sheet.statistics")}:{" "}
        <a href="/admin/statistics.xlsx" download>
          Excel
        </a>
        ,{" "}
        <a href="/admin/statistics.csv" download>
          {t("sheet.linesCsv")}
        </a>
        . <Link to="/import">{t("sheet.statisticsImport")}</Link>
      </p>
      <p>
        <Link to="/admin/shared-indicators">{t("shared.title")}</Link>: {t("shared.short")}
      </p>
      <section aria-labelledby="create-measure" className="form-section">
        <h2 id="create-measure">{t("statistics.createMeasure")}</h2>
        <details open={result ? true : undefined}>
          <summary>{t("statistics.createMeasureSummary")}</summary>
          <MeasureForm values={result?.values} errors={result?.errors} submitLabel={t("statistics.createMeasure")} />
        </details>
      </section>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
