import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";

import { FigureChart } from "../components/charts/figure-chart";
import { FigureTable } from "../components/charts/figure-table";
import { IgnoredNotice } from "../components/filters";
import { getLang } from "../i18n/lang.server";
import { useTranslation } from "../i18n/use-translation";
import { requireUserWith } from "../utils/auth.server";
import { dashboardFiltersToSearch } from "../utils/filters";
import { pageTitle } from "../utils/meta";
import { loadDashboardPage } from "../views/dashboard-page.server";
import { buildCompareTable } from "../views/dashboard-tables.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("compare.title"));

/** `/compare?areas=vollsmose,korsloekken`: chosen areas side by side, every figure for each. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWith(request, "portfolio:read");
  const url = new URL(request.url);
  const lang = await getLang(request);
  const page = loadDashboardPage(url, lang, { areaParam: "areas" });
  const chosen = page.filters.areas;
  return json({
    filters: page.filters,
    ignored: page.ignored,
    options: page.options,
    // Fewer than two areas is nothing to compare: the page asks for them instead.
    table: chosen.length >= 2 ? buildCompareTable(page.dashboard, page.filters, lang, page.filters.per1000) : null,
    chart: chosen.length >= 2 ? page.tables["budget-by-focus"] : null,
  });
}

export default function Compare() {
  const { filters, ignored, options, table, chart } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  // Every link keeps the chosen areas, plan and period; only what it is about changes.
  const query = (overrides: Partial<typeof filters>) => {
    const f = { ...filters, ...overrides };
    const params = new URLSearchParams({ areas: f.areas.join(",") });
    for (const p of f.plans) params.append("plan", p);
    if (f.from) params.set("from", f.from);
    if (f.to) params.set("to", f.to);
    if (f.per1000) params.set("per", "1000");
    return `?${params}`;
  };
  const toggle = `/compare${query({ per1000: !filters.per1000 })}`;
  return (
    <>
      <h1>{t("compare.title")}</h1>
      <IgnoredNotice ignored={ignored} />
      <Form method="get" className="filter-bar" aria-label={t("compare.choose")}>
        <fieldset>
          <legend className="form-label">{t("compare.choose")}</legend>
          {options.areas.map((a) => (
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
        <fieldset>
          <legend className="form-label">{t("dashboard.figures")}</legend>
          <div className="form-group-checkbox">
            <input className="form-checkbox" type="checkbox" id="c-per" name="per" value="1000" defaultChecked={filters.per1000} />
            <label htmlFor="c-per">{t("dashboard.perThousand")}</label>
          </div>
        </fieldset>
        {filters.plans.map((p) => (
          <input key={p} type="hidden" name="plan" value={p} />
        ))}
        {filters.from ? <input type="hidden" name="from" value={filters.from} /> : null}
        {filters.to ? <input type="hidden" name="to" value={filters.to} /> : null}
        <div className="filter-bar-actions">
          <button type="submit" className="button button-primary">
            {t("compare.submit")}
          </button>
        </div>
      </Form>
      {table && chart ? (
        <>
          <p className="per-switch">
            <Link to={toggle}>{filters.per1000 ? t("dashboard.showAbsolute") : t("dashboard.showPerThousand")}</Link>
          </p>
          <section aria-labelledby="compare-table">
            <h2 id="compare-table">{table.title}</h2>
            <FigureTable table={table} />
            {table.note ? <p className="muted small">{table.note}</p> : null}
            <p className="small">
              <a href={`/compare.csv${query({})}`} download>
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
            csvHref={`/dashboard.csv${dashboardFiltersToSearch(filters)}${filters.areas.length || filters.plans.length || filters.per1000 || filters.from || filters.to ? "&" : "?"}chart=budget-by-focus`}
          />
        </>
      ) : (
        <p>{t("compare.needTwo")}</p>
      )}
    </>
  );
}
