import type { LoaderFunctionArgs } from "@remix-run/node";

import { getLang } from "../i18n/lang.server";
import { requireUserWith } from "../utils/auth.server";
import { csvResponse } from "../utils/csv.server";
import { loadComparePage } from "../views/dashboard-page.server";
import { buildCompareTable, tableToCsvRows } from "../views/dashboard-tables.server";
import { chosenMeasure, measureTrendTable } from "../views/outcomes.server";

/**
 * `/compare.csv`: the compare table; `chart=measure-trend` (with `measure`): a measure's figures over the years;
 * `chart=budget-by-focus`: the budget chart. Areas in the order the URL names them, as on the page.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWith(request, "portfolio:read");
  const lang = await getLang(request);
  const url = new URL(request.url);
  const page = loadComparePage(url, lang);
  const chart = url.searchParams.get("chart");
  if (chart === "measure-trend") {
    const measure = chosenMeasure(url.searchParams.get("measure"), []);
    if (!measure) throw new Response("No measures", { status: 404 });
    return csvResponse(tableToCsvRows(measureTrendTable(measure, page.dashboard.areas, lang).table), `overblik-${measure.code}.csv`);
  }
  if (chart === "budget-by-focus") return csvResponse(tableToCsvRows(page.tables["budget-by-focus"]), "overblik-sammenligning-budget.csv");
  if (chart !== null) throw new Response("Unknown chart; measure-trend, budget-by-focus, or none for the compare table", { status: 404 });
  return csvResponse(
    tableToCsvRows(buildCompareTable(page.dashboard, page.filters, lang, page.filters.per1000)),
    "overblik-sammenligning.csv",
  );
}
