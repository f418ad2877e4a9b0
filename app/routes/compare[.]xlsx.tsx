import type { LoaderFunctionArgs } from "@remix-run/node";

import { getLang } from "../i18n/lang.server";
import { requireUserWith } from "../utils/auth.server";
import { xlsxResponse } from "../utils/spreadsheet.server";
import { loadDashboardPage } from "../views/dashboard-page.server";
import { buildCompareTable } from "../views/dashboard-tables.server";
import { figureSheet } from "../views/exports.server";

/** /compare's table (chosen areas side by side) as an Excel workbook, each figure with its own number format. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWith(request, "portfolio:read");
  const lang = await getLang(request);
  const page = loadDashboardPage(new URL(request.url), lang, { areaParam: "areas" });
  return xlsxResponse(
    [figureSheet(buildCompareTable(page.dashboard, page.filters, lang, page.filters.per1000))],
    "overblik-sammenligning.xlsx",
    lang,
  );
}
