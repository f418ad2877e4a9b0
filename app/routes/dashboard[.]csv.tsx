import type { LoaderFunctionArgs } from "@remix-run/node";

import { getLang } from "../i18n/lang.server";
import { requireUserWith } from "../utils/auth.server";
import { csvResponse } from "../utils/csv.server";
import { loadDashboardPage } from "../views/dashboard-page.server";
import { CHART_IDS, type ChartId, tableToCsvRows } from "../views/dashboard-tables.server";

/** One dashboard chart's figures as CSV (`?chart=...` plus the dashboard's own filters). */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWith(request, "portfolio:read");
  const url = new URL(request.url);
  const chart = url.searchParams.get("chart");
  if (!CHART_IDS.includes(chart as ChartId)) {
    throw new Response(`Unknown chart; one of: ${CHART_IDS.join(", ")}`, { status: 404 });
  }
  // The CSV has every area's figures, also where the page's chart shows fewer.
  const { tables } = loadDashboardPage(url, await getLang(request), { everyArea: true });
  return csvResponse(tableToCsvRows(tables[chart as ChartId]), `overblik-${chart}.csv`);
}
