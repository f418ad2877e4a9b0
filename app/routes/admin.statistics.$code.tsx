import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";

import { GeneralErrorBoundary } from "../components/error-boundary";
import { ConflictNotice, SavedNotice } from "../components/forms";
import { MeasureForm } from "../components/outcomes/measure-form";
import { ScrollArea } from "../components/scroll-area";
import { VersionConflictError } from "../domain/errors";
import { STATISTIC_FIRST_YEAR, STATISTIC_LAST_YEAR } from "../domain/statistics";
import { parseForm, refuse } from "../forms/form.server";
import { measureUpdateSchema } from "../forms/statistics.server";
import { formatMeasure, formatNumberForInput } from "../i18n/format";
import type { Lang } from "../i18n/i18n";
import { getLang } from "../i18n/lang.server";
import { useTranslation } from "../i18n/use-translation";
import { getFilterOptions } from "../models/area.server";
import { getMeasure, type MeasureRecord, statisticsOfAreas, updateMeasure } from "../models/statistics.server";
import { requireUserWith } from "../utils/auth.server";
import { yearOf } from "../utils/dates";
import { httpError, invariantResponse, redirectSaved } from "../utils/http.server";
import { pageTitle } from "../utils/meta";
import { today } from "../utils/today.server";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, (t) => (data ? t("measure.editTitle", { name: data.measure.nameDa }) : undefined));

/** A measure as its form sends it, numbers in the reader's language. */
function asFormValues(m: MeasureRecord, lang: Lang): Record<string, string> {
  return {
    nameDa: m.nameDa,
    nameEn: m.nameEn,
    unit: m.unit,
    direction: m.direction,
    threshold: m.threshold === null ? "" : formatNumberForInput(lang, m.threshold),
    thresholdInclusive: m.thresholdInclusive ? "on" : "",
    thresholdSource: m.thresholdSource,
    descriptionDa: m.descriptionDa,
    descriptionEn: m.descriptionEn,
  };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUserWith(request, "statistics:manage");
  const measure = getMeasure(params.code ?? "");
  invariantResponse(measure, 404);
  const lang = await getLang(request);
  const { values } = statisticsOfAreas([]);
  const mine = values.filter((v) => v.measureId === measure.id);
  // The years with figures, and last year (the one usually added next).
  const lastYear = yearOf(today()) - 1;
  const years = [...new Set([...mine.map((v) => v.year), lastYear])].sort((a, b) => a - b);
  return json({
    measure,
    values: asFormValues(measure, lang),
    areas: getFilterOptions().areas,
    figures: mine.map(({ area, year, value }) => ({ area, year, value })),
    years,
    defaultYear: lastYear,
  });
}

type Conflict = { current: Record<string, string> };

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUserWith(request, "statistics:manage");
  const measure = getMeasure(params.code ?? "");
  invariantResponse(measure, 404);
  const lang = await getLang(request);
  const form = await parseForm(request, measureUpdateSchema(lang));
  if (!form.ok) return refuse<Conflict>(form);
  try {
    updateMeasure(measure.id, form.value, user.id);
    return redirectSaved(`/admin/statistics/${measure.code}`, "measure");
  } catch (error) {
    if (error instanceof VersionConflictError) {
      const current = getMeasure(measure.code);
      return refuse<Conflict>(form, {}, 409, { current: current ? asFormValues(current, lang) : {} });
    }
    throw httpError(error);
  }
}

export default function AdminMeasure() {
  const { measure, values, areas, figures, years, defaultYear } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, lang } = useTranslation();
  const name = lang === "da" ? measure.nameDa : measure.nameEn;
  const valueHref = (area: string, year: number) => `/admin/statistics/${measure.code}/value?area=${area}&year=${year}`;
  return (
    <>
      <p>
        <Link to="/admin/statistics">{t("measure.back")}</Link>
      </p>
      <h1>{t("measure.editTitle", { name })}</h1>
      <SavedNotice />
      <section aria-labelledby="values-heading">
        <h2 id="values-heading">{t("measure.valuesHeading")}</h2>
        <p>{t("measure.valuesHint")}</p>
        <ScrollArea label={t("measure.valuesHeading")}>
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">{t("col.area")}</th>
                {years.map((y) => (
                  <th scope="col" className="num" key={y}>
                    {y}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {areas.map((a) => (
                <tr key={a.slug}>
                  <th scope="row">{a.name}</th>
                  {years.map((y) => {
                    const figure = figures.find((f) => f.area === a.slug && f.year === y);
                    return (
                      <td className="num" key={y}>
                        <Link
                          to={valueHref(a.slug, y)}
                          aria-label={t(figure ? "measure.editValue" : "measure.addValueFor", { area: a.name, year: String(y) })}
                        >
                          {figure ? formatMeasure(lang, figure.value, measure.unit) : t("measure.add")}
                        </Link>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
        <Form method="get" action={`/admin/statistics/${measure.code}/value`} className="pack-form" aria-label={t("measure.otherYear")}>
          <div className="form-group">
            <label className="form-label" htmlFor="value-area">
              {t("col.area")}
            </label>
            <select className="form-select" id="value-area" name="area">
              {areas.map((a) => (
                <option key={a.slug} value={a.slug}>
                  {a.name}
                </option>
              ))}
            </select>
          </div>
          <div className="form-group">
            <label className="form-label" htmlFor="value-year">
              {t("measure.year")}
            </label>
            <input
              className="form-input input-width-xs"
              id="value-year"
              name="year"
              type="number"
              min={STATISTIC_FIRST_YEAR}
              max={STATISTIC_LAST_YEAR}
              required
              defaultValue={defaultYear}
            />
          </div>
          <button type="submit" className="button button-secondary">
            {t("measure.otherYear")}
          </button>
        </Form>
      </section>
      <section aria-labelledby="definition-heading" className="form-section">
        <h2 id="definition-heading">{t("measure.definitionHeading")}</h2>
        <p className="muted">{t("measure.codeIs", { code: measure.code })}</p>
        {result?.current ? (
          <ConflictNotice
            message={t("conflict.measure")}
            current={result.current}
            typed={result.values}
            labels={{
              nameDa: t("measure.nameDa"),
              nameEn: t("measure.nameEn"),
              unit: t("measure.unit"),
              threshold: t("measure.threshold"),
              thresholdSource: t("measure.thresholdSource"),
            }}
          />
        ) : null}
        <MeasureForm
          key={measure.version}
          values={result?.values ?? values}
          errors={result?.errors}
          version={measure.version}
          submitLabel={t("admin.save")}
        />
      </section>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
