import type { LoaderFunctionArgs } from "@remix-run/node";

import { getLang } from "../i18n/lang.server";
import { requireUserWith } from "../utils/auth.server";
import { csvResponse } from "../utils/csv.server";
import { loadDashboardPage } from "../views/dashboard-page.server";
import { buildCompareTable, tableToCsvRows } from "../views/dashboard-tables.server";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWith(request, "portfolio:read");
  const lang = await getLang(request);
  const page = loadDashboardPage(new URL(request.url), lang, { areaParam: "areas" });
  return csvResponse(
    tableToCsvRows(buildCompareTable(page.dashboard, page.filters, lang, page.filters.per1000)),
    "overblik-sammenligning.csv",
  );
}
