import { getDb } from "../../db/client.server";
import { isPageNumber, type Page, pageOf, pageParam } from "../domain/pagination";
import { type Lang, translator } from "../i18n/i18n";
import { type Dashboard, dashboardOptions, getDashboard } from "../models/dashboard.server";
import { cachedUntilWrite } from "../models/figures-cache.server";
import { coFinancingWarnings } from "../models/funding.server";
import { type IgnoredFilter, parseDashboardFilters } from "../utils/filters";
import { today } from "../utils/today.server";
import { buildTables, type ChartId, type FigureTable } from "./dashboard-tables.server";

/**
 * Everything /dashboard (and its CSV) shows, from the URL's filters. With `inChosenOrder` the areas come in the
 * order the URL names them (/compare's columns), else by name.
 */
export function loadDashboardPage(
  url: URL,
  lang: Lang,
  options: { areaParam?: string; inChosenOrder?: boolean; everyArea?: boolean } = {},
) {
  const known = cachedUntilWrite(getDb(), "dashboardOptions", () => dashboardOptions());
  const { filters, ignored } = parseDashboardFilters(
    url.searchParams,
    { areaSlugs: known.areas.map((a) => a.slug), planSlugs: known.plans.map((p) => p.slug) },
    options,
  );
  const figures = getDashboard(filters, today());
  // The figures are shared until the next write (and frozen outside production): order a copy.
  const dashboard = options.inChosenOrder
    ? { ...figures, areas: [...figures.areas].sort((a, b) => filters.areas.indexOf(a.slug) - filters.areas.indexOf(b.slug)) }
    : figures;
  return {
    filters,
    ignored,
    options: known,
    dashboard,
    // The tables are built from the (cached) figures, so they hold as long as those do.
    tables: cachedUntilWrite(
      getDb(),
      JSON.stringify(["dashboardTables", filters, lang, today(), options.everyArea === true, options.inChosenOrder === true]),
      () => buildTables(dashboard, filters, lang, filters.per1000, { everyArea: options.everyArea }),
    ),
    warnings: coFinancingWarnings(filters.plans),
    t: translator(lang).t,
  };
}

/** /compare, /compare.csv and /compare.xlsx: the chosen `areas` side by side, in the order the URL names them. */
export function loadComparePage(url: URL, lang: Lang) {
  return loadDashboardPage(url, lang, { areaParam: "areas", inChosenOrder: true });
}

/**
 * What the dashboard and the board pack draw from the figures (the matrix for `d.areas` only), and no more: their pages send it to the
 * browser (for hydration) with every request, and the full figures of 30 areas are over 100 KB of JSON.
 * The tables (sent beside) carry the rest.
 */
export function dashboardForPage(d: Dashboard) {
  const shown = new Set(d.areas.map((a) => a.slug));
  return {
    areas: d.areas,
    focusAreas: d.focusAreas,
    total: d.total,
    byFocus: d.byFocus,
    matrix: Object.fromEntries(
      Object.entries(d.matrix).map(([focus, row]) => [
        focus,
        Object.fromEntries(
          Object.entries(row)
            .filter(([area]) => shown.has(area))
            .map(([area, f]) => [area, { activities: f.activities, budget: f.budget, health: f.health }]),
        ),
      ]),
    ),
  };
}

/**
 * How many areas the dashboard's matrix and its comparisons by area show at a time: as many columns as fit a
 * laptop's screen beside the focus areas (12rem each), and all of Odense's six. Areas grow with the
 * portfolio: at national scale thirty columns of a matrix, and thirty rows in each of four tables, were most
 * of a 270 KB page that nobody could read at a glance (docs/decisions/016-fast-at-national-scale.md). The key
 * figures and the table by focus area stay over every chosen area; the CSV and the workbook keep every area.
 */
export const DASHBOARD_AREAS_PER_PAGE = 6;

/** The tables with a row per area, which show the page's areas. */
const TABLES_BY_AREA: readonly ChartId[] = ["budget-by-focus", "secured-gap", "health-mix"];

/** One page of the dashboard's areas (`?areapage=`): a value that is no page number is ignored, and said so. */
export function dashboardAreaPage<A extends { slug: string }>(
  url: URL,
  areas: readonly A[],
  ignored: IgnoredFilter[],
): Page<A> & { first: number } {
  const raw = url.searchParams.get("areapage");
  if (raw && !isPageNumber(raw)) ignored.push({ param: "areapage", value: raw.slice(0, 60) });
  const page = pageOf(areas, pageParam(raw), DASHBOARD_AREAS_PER_PAGE);
  // The first area's place in all of them, from 1: "areas 11–20 of 30".
  return { ...page, first: (page.page - 1) * DASHBOARD_AREAS_PER_PAGE + 1 };
}

/** The tables with only the rows of the page's areas; the other tables (by focus area, by quarter) whole. */
export function tablesForAreaPage(tables: Record<ChartId, FigureTable>, areas: readonly { slug: string }[]): Record<ChartId, FigureTable> {
  const shown = new Set(areas.map((a) => a.slug));
  return Object.fromEntries(
    Object.entries(tables).map(([id, table]) => [
      id,
      TABLES_BY_AREA.includes(id as ChartId) ? { ...table, rows: table.rows.filter((r) => shown.has(r.key)) } : table,
    ]),
  ) as Record<ChartId, FigureTable>;
}
