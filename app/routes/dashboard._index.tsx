import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useRef } from "react";

import { healthMixLabel } from "../components/badges";
import { FigureChart } from "../components/charts/figure-chart";
import { useClientLinks } from "../components/client-links";
import { FilterCheckbox, FilterFieldset, IgnoredNotice } from "../components/filters";
import { FirstSteps } from "../components/first-steps";
import { CoFinancingWarnings } from "../components/funding/cofinancing-warnings";
import { Pager } from "../components/pager";
import { ScrollArea } from "../components/scroll-area";
import { perThousand } from "../domain/rates";
import { formatMoney, formatNumber, formatPercent } from "../i18n/format";
import { getLang } from "../i18n/lang.server";
import { useTranslation } from "../i18n/use-translation";
import { requireUserWith } from "../utils/auth.server";
import { compareSearch, dashboardFiltersToSearch, filtersToSearch } from "../utils/filters";
import { pageTitle } from "../utils/meta";
import { dashboardAreaPage, dashboardForPage, loadDashboardPage, tablesForAreaPage } from "../views/dashboard-page.server";
import { outcomeCharts } from "../views/outcomes.server";
import { setupIfEmpty } from "../views/setup.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("dashboard.title"));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWith(request, "portfolio:read");
  const url = new URL(request.url);
  const lang = await getLang(request);
  const { t: _t, dashboard, tables, ...page } = loadDashboardPage(url, lang);
  const ignored = [...page.ignored];
  const { rows: areas, ...areaPage } = dashboardAreaPage(url, dashboard.areas, ignored);
  // The outcomes by area, too, for the page's areas.
  const { measures, ...outcomes } = outcomeCharts(url, page.filters, areas, lang, ignored);
  return json({
    ...page,
    dashboard: dashboardForPage({ ...dashboard, areas }),
    tables: tablesForAreaPage(tables, areas),
    areaPage,
    ignored,
    outcomes,
    measures,
    setup: setupIfEmpty(user),
  });
}

export default function DashboardPage() {
  const { filters, ignored, options, dashboard: d, tables, areaPage, warnings, outcomes, measures, setup } = useLoaderData<typeof loader>();
  const { t, tn, lang } = useTranslation();
  const search = dashboardFiltersToSearch(filters);
  // Drill-down: the activities behind a figure, under the same plan and period.
  const list = (f: Parameters<typeof filtersToSearch>[0]) =>
    `/activities${filtersToSearch({ plans: filters.plans, from: filters.from, to: filters.to, ...f })}`;
  const name = (f: { nameDa: string; nameEn: string }) => (lang === "da" ? f.nameDa : f.nameEn);
  const share = (v: number | null) => (v === null ? t("common.none") : formatPercent(lang, v));
  const csv = (chart: string) => `/dashboard.csv${search ? `${search}&` : "?"}chart=${chart}`;
  const others = options.areas.filter((a) => a.slug !== "vollsmose");
  const compareLinks = useRef<HTMLUListElement>(null);
  useClientLinks(compareLinks);
  // The matrix and the comparisons by area show a page of the areas; both pagers lead to the same pages.
  const areaPageHref = (page: number) => `/dashboard${search ? `${search}&` : "?"}areapage=${page}`;
  const areaPageStatus = t("dashboard.areaPage", { from: areaPage.first, to: areaPage.first + d.areas.length - 1, total: areaPage.total });

  return (
    <>
      <h1>{t("dashboard.title")}</h1>
      <p className="font-lead">{t("dashboard.intro")}</p>
      <FirstSteps setup={setup} />
      <IgnoredNotice ignored={ignored} />
      <CoFinancingWarnings warnings={warnings} />

      <Form method="get" className="filter-bar" aria-label={t("activities.filters")}>
        <FilterFieldset
          legend={t("fundingPage.filter.plan")}
          name="plan"
          chosen={filters.plans}
          options={options.plans.map((p) => ({ value: p.slug, label: p.name }))}
        />
        <FilterFieldset
          legend={t("activities.filter.area")}
          name="area"
          chosen={filters.areas}
          options={options.areas.map((a) => ({ value: a.slug, label: a.name }))}
        />
        <fieldset>
          <legend className="form-label">{t("dashboard.period")}</legend>
          <div className="form-group">
            <label className="form-label" htmlFor="from">
              {t("dashboard.from")}
            </label>
            <input className="form-input" type="date" id="from" name="from" defaultValue={filters.from ?? ""} />
          </div>
          <div className="form-group">
            <label className="form-label" htmlFor="to">
              {t("dashboard.to")}
            </label>
            <input className="form-input" type="date" id="to" name="to" defaultValue={filters.to ?? ""} />
          </div>
        </fieldset>
        <fieldset>
          <legend className="form-label">{t("dashboard.figures")}</legend>
          <FilterCheckbox name="per" value="1000" label={t("dashboard.perThousand")} checked={filters.per1000} />
        </fieldset>
        <div className="filter-bar-actions">
          <button type="submit" className="button button-primary">
            {t("dashboard.apply")}
          </button>{" "}
          <Link to="/dashboard">{t("activities.filter.clear")}</Link>
        </div>
      </Form>

      <p className="per-switch">
        {filters.per1000 ? (
          <Link to={`/dashboard${dashboardFiltersToSearch(filters, { per1000: false })}`}>{t("dashboard.showAbsolute")}</Link>
        ) : (
          <Link to={`/dashboard${dashboardFiltersToSearch(filters, { per1000: true })}`}>{t("dashboard.showPerThousand")}</Link>
        )}
        {" · "}
        <Link to={`/board-pack${dashboardFiltersToSearch({ ...filters, per1000: false })}`}>{t("dashboard.boardPack")}</Link>
      </p>

      <section aria-labelledby="key-figures">
        <h2 id="key-figures">{t("dashboard.keyFigures")}</h2>
        <dl className="key-figures">
          <div>
            <dt>{t("dashboard.activeActivities")}</dt>
            <dd>
              <Link to={list({ statuses: ["active"], areas: filters.areas })}>{formatNumber(lang, d.total.active)}</Link>
            </dd>
          </div>
          <div>
            <dt>{t("dashboard.shareGreen")}</dt>
            <dd>{share(d.total.shareGreen)}</dd>
          </div>
          <div>
            <dt>{t("col.budget")}</dt>
            <dd>{formatMoney(lang, d.total.budget)}</dd>
          </div>
          <div>
            <dt>{t("col.secured")}</dt>
            <dd>{formatMoney(lang, d.total.secured)}</dd>
          </div>
          <div>
            <dt>{t("col.gap")}</dt>
            <dd>
              <Link to={list({ funding: ["unfunded", "partly"], areas: filters.areas })}>{formatMoney(lang, d.total.gap)}</Link>
            </dd>
          </div>
          <div className={d.total.coFinancing.warning ? "figure-warning" : undefined}>
            <dt>{t("cofinancing.share")}</dt>
            <dd>{d.total.coFinancing.share === null ? t("common.none") : formatPercent(lang, d.total.coFinancing.share, 1)}</dd>
          </div>
        </dl>

        <ScrollArea label={t("dashboard.byFocus")}>
          <table className="table table--compact focus-table">
            <caption className="sr-only">{t("dashboard.byFocus")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("col.focusArea")}</th>
                <th scope="col" className="num">
                  {t("dashboard.activeActivities")}
                </th>
                <th scope="col" className="num">
                  {t("dashboard.shareGreen")}
                </th>
                <th scope="col" className="num">
                  {t("dashboard.redAmber")}
                </th>
                <th scope="col" className="num">
                  {t("col.budget")}
                </th>
                <th scope="col" className="num">
                  {t("col.secured")}
                </th>
                <th scope="col" className="num">
                  {t("col.gap")}
                </th>
                <th scope="col" className="num">
                  {t("cofinancing.share")}
                </th>
              </tr>
            </thead>
            <tbody>
              {d.focusAreas.map((f) => {
                const fig = d.byFocus[f.code];
                if (!fig) return null;
                return (
                  <tr key={f.code}>
                    <th scope="row">
                      <Link to={list({ focus: [f.code], areas: filters.areas })}>{name(f)}</Link>
                    </th>
                    <td className="num">
                      <Link to={list({ focus: [f.code], statuses: ["active"], areas: filters.areas })}>
                        {formatNumber(lang, fig.active)}
                      </Link>
                    </td>
                    <td className="num">{share(fig.shareGreen)}</td>
                    <td className="num">
                      <Link
                        to={list({
                          focus: [f.code],
                          health: ["amber", "red"],
                          statuses: ["idea", "planned", "active", "paused"],
                          areas: filters.areas,
                        })}
                      >
                        {formatNumber(lang, fig.health.amber + fig.health.red)}
                      </Link>
                    </td>
                    <td className="num">{formatMoney(lang, fig.budget)}</td>
                    <td className="num">{formatMoney(lang, fig.secured)}</td>
                    <td className="num">
                      <Link to={list({ focus: [f.code], funding: ["unfunded", "partly"], areas: filters.areas })}>
                        {formatMoney(lang, fig.gap)}
                      </Link>
                    </td>
                    <td className="num">
                      {fig.coFinancing.share === null ? t("common.none") : formatPercent(lang, fig.coFinancing.share, 1)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollArea>
      </section>

      <section aria-labelledby="matrix-heading">
        <h2 id="matrix-heading">{t("dashboard.matrix")}</h2>
        <p className="muted small">{filters.per1000 ? t("dashboard.matrixNotePer") : t("dashboard.matrixNote")}</p>
        <Pager
          page={areaPage.page}
          pageCount={areaPage.pageCount}
          href={areaPageHref}
          label={t("dashboard.areaPagesMatrix")}
          status={areaPageStatus}
        />
        <ScrollArea label={t("dashboard.matrix")}>
          <table className="table table--compact matrix-table">
            <thead>
              <tr>
                <th scope="col">{t("col.focusArea")}</th>
                {d.areas.map((a) => (
                  <th scope="col" key={a.slug}>
                    <a href={`/areas/${a.slug}`}>{a.name}</a>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {d.focusAreas.map((f) => (
                <tr key={f.code}>
                  <th scope="row">{name(f)}</th>
                  {d.areas.map((a) => {
                    const cell = d.matrix[f.code]?.[a.slug];
                    if (!cell) return <td key={a.slug}>{t("common.none")}</td>;
                    const budget = filters.per1000 ? perThousand(cell.budget, a.residents) : cell.budget;
                    return (
                      <td key={a.slug} className="matrix-cell">
                        {/* Few elements per cell, and plain links (see ScrollArea): with 10 areas the matrix holds 50 cells. */}
                        <a href={list({ focus: [f.code], areas: [a.slug] })}>
                          {filters.per1000
                            ? a.residents
                              ? t("dashboard.cellRate", { rate: formatNumber(lang, (cell.activities * 1000) / a.residents, 2) })
                              : t("common.none")
                            : tn("dashboard.cellActivities", cell.activities)}
                        </a>
                        <span className="matrix-line small">
                          {budget === null ? t("common.none") : formatMoney(lang, Math.round(budget))}
                        </span>
                        {/* Read as one image with its words ("15 grønne, 11 gule, 3 røde"), not as shapes. */}
                        <span className="matrix-line health-mix small" role="img" aria-label={healthMixLabel({ t, tn }, cell.health)}>
                          <span className="hm-green">{`● ${cell.health.green}`}</span>{" "}
                          <span className="hm-amber">{`▲ ${cell.health.amber}`}</span>{" "}
                          <span className="hm-red">{`■ ${cell.health.red}`}</span>
                        </span>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      </section>

      <section aria-labelledby="charts-heading">
        <h2 id="charts-heading">{t("dashboard.compareAreas")}</h2>
        <p>
          <a href={`/dashboard.xlsx${search}`} download>
            {t("sheet.dashboardXlsx")}
          </a>
        </p>
        <Pager
          page={areaPage.page}
          pageCount={areaPage.pageCount}
          href={areaPageHref}
          label={t("dashboard.areaPagesCharts")}
          status={areaPageStatus}
        />
        <div className="chart-grid">
          <FigureChart table={tables["budget-by-focus"]} kind="bars" csvHref={csv("budget-by-focus")} />
          <FigureChart table={tables["secured-gap"]} kind="stacked" seriesKeys={["secured", "gap"]} csvHref={csv("secured-gap")} />
          <FigureChart table={tables["health-mix"]} kind="stacked" seriesKeys={["green", "amber", "red"]} csvHref={csv("health-mix")} />
          <FigureChart table={tables["green-by-quarter"]} kind="lines" csvHref={csv("green-by-quarter")} />
          <FigureChart table={tables.indicators} kind="bars" seriesKeys={["average"]} csvHref={csv("indicators")} />
        </div>
      </section>

      <section aria-labelledby="outcomes-heading">
        <h2 id="outcomes-heading">{t("outcomes.dashboardHeading")}</h2>
        <p>{t("outcomes.dashboardIntro")}</p>
        {areaPage.pageCount > 1 ? <p className="muted small">{areaPageStatus}</p> : null}
        {outcomes.trend || outcomes.shared ? (
          <Form method="get" className="pack-form" aria-label={t("outcomes.measureChoose")}>
            {filters.plans.map((p) => (
              <input key={p} type="hidden" name="plan" value={p} />
            ))}
            {filters.areas.map((a) => (
              <input key={a} type="hidden" name="area" value={a} />
            ))}
            {filters.from ? <input type="hidden" name="from" value={filters.from} /> : null}
            {filters.to ? <input type="hidden" name="to" value={filters.to} /> : null}
            {filters.per1000 ? <input type="hidden" name="per" value="1000" /> : null}
            <div className="form-group">
              <label className="form-label" htmlFor="d-measure">
                {t("outcomes.measureChoose")}
              </label>
              <select className="form-select" id="d-measure" name="measure" defaultValue={outcomes.measure ?? ""}>
                {measures.map((m) => (
                  <option key={m.code} value={m.code}>
                    {lang === "da" ? m.nameDa : m.nameEn}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="button button-secondary">
              {t("outcomes.show")}
            </button>
          </Form>
        ) : null}
        <div className="chart-grid">
          {outcomes.shared ? (
            <FigureChart table={outcomes.shared} kind="bars" seriesKeys={outcomes.sharedSeries} csvHref={`${csv("shared-outcomes")}`} />
          ) : (
            <p>{t("compare.noShared")}</p>
          )}
          {outcomes.trend ? (
            <div>
              <FigureChart
                table={outcomes.trend.table}
                kind="lines"
                csvHref={`${csv("measure-trend")}&measure=${outcomes.measure ?? ""}`}
              />
              <p className="small source-line">{t("statistics.sourcesOf", { sources: outcomes.trend.sources.join("; ") })}</p>
            </div>
          ) : (
            <p>{t("area.noStatistics")}</p>
          )}
        </div>
      </section>

      <section aria-labelledby="compare-heading">
        <h2 id="compare-heading">{t("dashboard.compareHeading")}</h2>
        <ul className="compare-links" ref={compareLinks}>
          {others.map((a) => (
            <li key={a.slug}>
              {/* /compare keeps the plan, period and per-1,000 choice made here. Plain links: see useClientLinks. */}
              <a href={`/compare${compareSearch(["vollsmose", a.slug], filters)}`}>{t("dashboard.compareWith", { area: a.name })}</a>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
