import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";

import { GeneralErrorBoundary } from "../components/error-boundary";
import { ConflictNotice, ErrorSummary, Field } from "../components/forms";
import { ThresholdText } from "../components/outcomes/measure-value";
import { NotFoundError, VersionConflictError } from "../domain/errors";
import { isStatisticYear } from "../domain/statistics";
import { parseForm, refuse } from "../forms/form.server";
import { statisticValueSchema } from "../forms/statistics.server";
import { type FormErrors, formValue, type FormValues } from "../forms/types";
import { formatNumberForInput } from "../i18n/format";
import type { Lang } from "../i18n/i18n";
import { getLang } from "../i18n/lang.server";
import { useTranslation } from "../i18n/use-translation";
import { getAreaForEdit } from "../models/area.server";
import { deleteStatistic, getMeasure, getStatistic, saveStatistic, type StatisticRecord } from "../models/statistics.server";
import { requireUserWith } from "../utils/auth.server";
import { httpError, invariantResponse, redirectSaved } from "../utils/http.server";
import { pageTitle } from "../utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, (t) =>
    data ? t("statistic.title", { measure: data.measure.nameDa, area: data.area.name, year: String(data.year) }) : undefined,
  );

/**
 * `/admin/statistics/:code/value?area=<slug>&year=<year>`: one figure of a measure. Administrators only
 * (checked first); an unknown measure or area is a 404, a year that is not one between 1990 and 2100 a 400.
 */
async function load(request: Request, code: string | undefined) {
  const user = await requireUserWith(request, "statistics:manage");
  const measure = getMeasure(code ?? "");
  invariantResponse(measure, 404);
  const url = new URL(request.url);
  const area = getAreaForEdit(url.searchParams.get("area") ?? "");
  invariantResponse(area, 404);
  const yearParam = url.searchParams.get("year") ?? "";
  const year = /^\d{4}$/.test(yearParam) ? Number(yearParam) : NaN;
  invariantResponse(isStatisticYear(year), 400, "Bad request: the year must be a year between 1990 and 2100");
  const key = { measureId: measure.id, areaId: area.id, year };
  return { user, measure, area: { id: area.id, slug: area.slug, name: area.name }, year, key };
}

function asFormValues(figure: StatisticRecord, lang: Lang): Record<string, string> {
  return { value: formatNumberForInput(lang, figure.value), source: figure.source, sourceDate: figure.sourceDate ?? "" };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { measure, area, year, key } = await load(request, params.code);
  const figure = getStatistic(key);
  const lang = await getLang(request);
  return json({ measure, area, year, figure, values: figure ? asFormValues(figure, lang) : undefined });
}

type Conflict = { current: Record<string, string> };

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, measure, area, key } = await load(request, params.code);
  const lang = await getLang(request);
  const form = await parseForm(request, statisticValueSchema(lang));
  if (!form.ok) return refuse<Conflict>(form);
  const back = `/admin/statistics/${measure.code}`;
  try {
    if (form.value.intent === "delete") {
      deleteStatistic(key, form.value.version, user.id);
      return redirectSaved(back, "statisticDeleted");
    }
    const { intent: _intent, ...figure } = form.value;
    saveStatistic({ ...key, ...figure }, user.id);
    return redirectSaved(back, "statistic", { name: `${area.name} ${key.year}` });
  } catch (error) {
    if (error instanceof VersionConflictError || (error instanceof NotFoundError && form.value.intent === "delete")) {
      const current = getStatistic(key);
      return refuse<Conflict>(form, {}, 409, { current: current ? asFormValues(current, lang) : {} });
    }
    throw httpError(error);
  }
}

export default function StatisticValuePage() {
  const { measure, area, year, figure, values } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, lang } = useTranslation();
  const intent = formValue(result?.values, "intent");
  const errorsFor = (which: string): FormErrors => (intent === which ? (result?.errors ?? {}) : {});
  const typed: FormValues | undefined = intent === "save" ? result?.values : undefined;
  const name = lang === "da" ? measure.nameDa : measure.nameEn;
  const fieldValue = (field: string) => formValue(typed ?? values, field);
  return (
    <>
      <p>
        <Link to={`/admin/statistics/${measure.code}`}>{t("statistic.back", { name })}</Link>
      </p>
      <h1>{t("statistic.title", { measure: name, area: area.name, year: String(year) })}</h1>
      <p className="muted">
        <ThresholdText measure={measure} />
      </p>
      {result?.current ? (
        <ConflictNotice
          message={t("conflict.statistic")}
          current={result.current}
          typed={result.values}
          labels={{ value: t("statistic.valueLabel"), source: t("statistic.source"), sourceDate: t("statistic.sourceDate") }}
        />
      ) : null}
      {figure ? null : <p>{t("statistic.none", { area: area.name, year: String(year) })}</p>}
      {/* After a conflict the form carries the stored version, so saving again is a deliberate overwrite. */}
      <Form method="post" noValidate className="admin-form" key={`save-${figure?.version ?? 0}`}>
        <ErrorSummary errors={errorsFor("save")} />
        <input type="hidden" name="intent" value="save" />
        {figure ? <input type="hidden" name="version" value={figure.version} /> : null}
        <Field
          id="statistic-value"
          label={t("statistic.value", { unit: measure.unit })}
          hint={t("statistic.valueHint")}
          errors={errorsFor("save").value}
        >
          {(aria) => (
            <input
              className="form-input input-width-s"
              id="statistic-value"
              name="value"
              inputMode="decimal"
              required
              maxLength={30}
              defaultValue={fieldValue("value")}
              {...aria}
            />
          )}
        </Field>
        <Field id="statistic-source" label={t("statistic.source")} hint={t("statistic.sourceHint")} errors={errorsFor("save").source}>
          {(aria) => (
            <input
              className="form-input"
              id="statistic-source"
              name="source"
              required
              maxLength={300}
              defaultValue={fieldValue("source")}
              {...aria}
            />
          )}
        </Field>
        <Field
          id="statistic-date"
          label={t("statistic.sourceDate")}
          hint={t("statistic.sourceDateHint")}
          errors={errorsFor("save").sourceDate}
        >
          {(aria) => (
            <input
              className="form-input"
              type="date"
              id="statistic-date"
              name="sourceDate"
              defaultValue={fieldValue("sourceDate")}
              {...aria}
            />
          )}
        </Field>
        <button type="submit" className="button button-primary">
          {t("statistic.save")}
        </button>
      </Form>
      {figure ? (
        <section aria-labelledby="delete-heading" className="form-section">
          <h2 id="delete-heading">{t("statistic.deleteHeading")}</h2>
          <p>{t("statistic.deleteText")}</p>
          <Form method="post" noValidate key={`delete-${figure.version}`}>
            <ErrorSummary errors={errorsFor("delete")} />
            <input type="hidden" name="intent" value="delete" />
            <input type="hidden" name="version" value={figure.version} />
            <button type="submit" className="button button-secondary">
              {t("statistic.delete")}
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
