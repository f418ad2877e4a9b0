import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";

import { FigureChart } from "../components/charts/figure-chart";
import { FigureTable } from "../components/charts/figure-table";
import { FilterFieldset, IgnoredNotice } from "../components/filters";
import { CompareSharedTable, CompareStatisticsTable } from "../components/outcomes/compare-outcomes";
import { getLang } from "../i18n/lang.server";
import { useTranslation } from "../i18n/use-translation";
import { listMeasures } from "../models/statistics.server";
import { requireUserWith } from "../utils/auth.server";
import { compareSearch } from "../utils/filters";
import { pageTitle } from "../utils/meta";
import { today } from "../utils/today.server";
import { loadComparePage } from "../views/dashboard-page.server";
import { buildCompareTable } from "../views/dashboard-tables.server";
import { chosenMeasure, compareStatistics, measureTrendTable, sharedOutcomeViews } from "../views/outcomes.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("compare.title"));

/**
 * `/compare?areas=vollsmose,korsloekken`: chosen areas side by side: the areas' statistics for a year
 * (`year`, each figure with its source), what the activities reached by shared indicator (total and per
 * 1,000 residents), a measure's trend (`measure`), and every activity and money figure for each.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWith(request, "portfolio:read");
  const url = new URL(request.url);
  const lang = await getLang(request);
  const page = loadComparePage(url, lang);
  const chosen = page.filters.areas;
  const ignored = [...page.ignored];
  const two = chosen.length >= 2;
  const statistics = two ? compareStatistics(chosen, url.searchParams.get("year"), lang, ignored) : null;
  const measure = two ? chosenMeasure(url.searchParams.get("measure"), ignored) : null;
  return json({
    filters: page.filters,
    ignored,
    options: page.options,
    areas: page.dashboard.areas,
    statistics,
    measures: listMeasures().map((m) => ({ code: m.code, nameDa: m.nameDa, nameEn: m.nameEn })),
    measure: measure?.code ?? null,
    trend: measure ? measureTrendTable(measure, page.dashboard.areas, lang) : null,
    outcomes: two ? sharedOutcomeViews(page.filters, page.dashboard.areas, lang) : null,
    today: today(),
    // Fewer than two areas is nothing to compare: the page asks for them instead.
    table: two ? buildCompareTable(page.dashboard, page.filters, lang, page.filters.per1000) : null,
    chart: two ? page.tables["budget-by-focus"] : null,
  });
}

export default function Compare() {
  const { filters, ignored, options, areas, statistics, measures, measure, trend, outcomes, today, table, chart } =
    useLoaderData<typeof loader>();
  const { t, lang } = useTranslation();
  // Every link keeps the chosen areas (in their order), plan, period, year and measure; only what it is about changes.
  const query = (overrides: Partial<typeof filters> = {}, extra: { year?: number | null; measure?: string | null } = {}) => {
    const f = { ...filters, ...overrides };
    return compareSearch(f.areas, f, {
      year: extra.year === undefined ? statistics?.year : extra.year,
      measure: extra.measure === undefined ? measure : extra.measure,
    });
  };
  const toggle = `/compare${query({ per1000: !filters.per1000 })}`;
  // The chosen areas first, in the URL's order, so that sending the form again keeps the columns' order.
  const areaOptions = [
    ...filters.areas.flatMap((slug) => options.areas.filter((a) => a.slug === slug)),
    ...options.areas.filter((a) => !filters.areas.includes(a.slug)),
  ];
  return (
    <>
      <h1>{t("compare.title")}</h1>
      <IgnoredNotice ignored={ignored} />
      <Form method="get" className="filter-bar" aria-label={t("compare.choose")}>
        <fieldset>
          <legend className="form-label">{t("compare.choose")}</legend>
          {areaOptions.map((a) => (
            <div className="form-group-checkbox" key={a.slug}>
              <input
                className="form-checkbox"
                type="checkbox"
                id={`c-${a.slug}`}
                name="areas"
                value={a.slug}
                defaultChecked={filters.areas.includes(a.slug)}
              />
              <label htmlFor={`c-${a.slug}`}>{a.name}</label>
            </div>
          ))}
        </fieldset>
        <FilterFieldset
          legend={t("fundingPage.filter.plan")}
          name="plan"
          chosen={filters.plans}
          options={options.plans.map((p) => ({ value: p.slug, label: p.name }))}
        />
        <fieldset>
          <legend className="form-label">{t("dashboard.period")}</legend>
          <div className="form-group">
            <label className="form-label" htmlFor="c-from">
              {t("dashboard.from")}
            </label>
            <input className="form-input" type="date" id="c-from" name="from" defaultValue={filters.from ?? ""} />
          </div>
          <div className="form-group">
            <label className="form-label" htmlFor="c-to">
              {t("dashboard.to")}
            </label>
            <input className="form-input" type="date" id="c-to" name="to" defaultValue={filters.to ?? ""} />
          </div>
        </fieldset>
        <fieldset>
          <legend className="form-label">{t("dashboard.figures")}</legend>
          <div className="form-group-checkbox">
            <input className="form-checkbox" type="checkbox" id="c-per" name="per" value="1000" defaultChecked={filters.per1000} />
            <label htmlFor="c-per">{t("dashboard.perThousand")}</label>
          </div>
          {statistics && statistics.years.length > 0 ? (
            <div className="form-group">
              <label className="form-label" htmlFor="c-year">
                {t("compare.statisticsYear")}
              </label>
              <select className="form-select" id="c-year" name="year" defaultValue={statistics.year ?? ""}>
                {statistics.years.map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          {measures.length > 0 && measure ? (
            <div className="form-group">
              <label className="form-label" htmlFor="c-measure">
                {t("outcomes.measureChoose")}
              </label>
              <select className="form-select" id="c-measure" name="measure" defaultValue={measure}>
                {measures.map((m) => (
                  <option key={m.code} value={m.code}>
                    {lang === "da" ? m.nameDa : m.nameEn}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
        </fieldset>
        <div className="filter-bar-actions">
          <button type="submit" className="button button-primary">
            {t("compare.submit")}
          </button>
          {filters.plans.length > 0 || filters.from || filters.to ? (
            <>
              {" "}
              <Link to={`/compare${query({ plans: [], from: null, to: null })}`}>{t("compare.clearPlanPeriod")}</Link>
            </>
          ) : null}
        </div>
      </Form>
      {table && chart && statistics && outcomes ? (
        <>
          <section aria-labelledby="compare-statistics">
            <h2 id="compare-statistics">
              {statistics.year === null ? t("compare.statistics") : t("compare.statisticsTitle", { year: String(statistics.year) })}
            </h2>
            <p className="muted small">{t("compare.statisticsNote")}</p>
            <CompareStatisticsTable areas={areas} statistics={statistics} />
          </section>
          <section aria-labelledby="compare-shared">
            <h2 id="compare-shared">{t("outcomes.sharedHeading")}</h2>
            <p className="muted small">{t("outcomes.sharedNote")}</p>
            <CompareSharedTable areas={areas} outcomes={outcomes} asOf={today} />
          </section>
          {trend && trend.table.columns.length > 0 ? (
            <section aria-label={trend.table.title}>
              <FigureChart table={trend.table} kind="lines" csvHref={`/compare.csv${query()}&chart=measure-trend`} />
              <p className="small source-line">{t("statistics.sourcesOf", { sources: trend.sources.join("; ") })}</p>
            </section>
          ) : null}
          <p className="per-switch">
            <Link to={toggle}>{filters.per1000 ? t("dashboard.showAbsolute") : t("dashboard.showPerThousand")}</Link>
          </p>
          <section aria-labelledby="compare-table">
            <h2 id="compare-table">{table.title}</h2>
            <FigureTable table={table} />
            {table.note ? <p className="muted small">{table.note}</p> : null}
            <p className="small">
              <a href={`/compare.csv${query({}, { year: null, measure: null })}`} download>
                {t("dashboard.downloadCsv", { title: table.title })}
              </a>{" "}
              ·{" "}
              <a href={`/compare.xlsx${query({})}`} download>
                {t("sheet.compareXlsx")}
              </a>
            </p>
          </section>
          <FigureChart
            table={chart}
            kind="bars"
            csvHref={`/compare.csv${query({}, { year: null, measure: null })}&chart=budget-by-focus`}
          />
        </>
      ) : (
        <p>{t("compare.needTwo")}</p>
      )}
    </>
  );
}
