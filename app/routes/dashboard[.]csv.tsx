import type { LoaderFunctionArgs } from "@remix-run/node";

import { getLang } from "../i18n/lang.server";
import { requireUserWith } from "../utils/auth.server";
import { csvResponse } from "../utils/csv.server";
import { loadDashboardPage } from "../views/dashboard-page.server";
import { CHART_IDS, type ChartId, tableToCsvRows } from "../views/dashboard-tables.server";
import { OUTCOME_CHART_IDS, type OutcomeChartId, outcomeCharts } from "../views/outcomes.server";

/** One dashboard chart's figures as CSV (`?chart=...` plus the dashboard's own filters; `measure` for the trend). */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWith(request, "portfolio:read");
  const url = new URL(request.url);
  const chart = url.searchParams.get("chart");
  const lang = await getLang(request);
  if (OUTCOME_CHART_IDS.includes(chart as OutcomeChartId)) {
    const page = loadDashboardPage(url, lang);
    const outcomes = outcomeCharts(url, page.filters, page.dashboard.areas, lang, []);
    const table = chart === "shared-outcomes" ? outcomes.shared : outcomes.trend?.table;
    if (!table) throw new Response("Nothing to show for this chart", { status: 404 });
    return csvResponse(tableToCsvRows(table), `overblik-${chart}${chart === "measure-trend" ? `-${outcomes.measure}` : ""}.csv`);
  }
  if (!CHART_IDS.includes(chart as ChartId)) {
    throw new Response(`Unknown chart; one of: ${[...CHART_IDS, ...OUTCOME_CHART_IDS].join(", ")}`, { status: 404 });
  }
  // The CSV has every area's figures, also where the page's chart shows fewer.
  const { tables } = loadDashboardPage(url, lang, { everyArea: true });
  return csvResponse(tableToCsvRows(tables[chart as ChartId]), `overblik-${chart}.csv`);
}
