import type { LoaderFunctionArgs } from "@remix-run/node";

import { getLang } from "../i18n/lang.server";
import { requireUserWith } from "../utils/auth.server";
import { xlsxResponse } from "../utils/spreadsheet.server";
import { loadDashboardPage } from "../views/dashboard-page.server";
import { CHART_IDS } from "../views/dashboard-tables.server";
import { figureSheet } from "../views/exports.server";

/** Every dashboard table, a sheet each, with the dashboard's own filters (as `/dashboard.csv?chart=…` one by one). */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWith(request, "portfolio:read");
  const lang = await getLang(request);
  const { tables } = loadDashboardPage(new URL(request.url), lang);
  return xlsxResponse(
    CHART_IDS.map((id) => figureSheet(tables[id])),
    "overblik-dashboard.xlsx",
    lang,
  );
}
