import { getDb } from "../../db/client.server";
import { type Lang, translator } from "../i18n/i18n";
import { type Dashboard, dashboardOptions, getDashboard } from "../models/dashboard.server";
import { cachedUntilWrite } from "../models/figures-cache.server";
import { coFinancingWarnings } from "../models/funding.server";
import { parseDashboardFilters } from "../utils/filters";
import { today } from "../utils/today.server";
import { buildTables } from "./dashboard-tables.server";

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
 * What the dashboard and the board pack draw from the figures, and no more: their pages send it to the
 * browser (for hydration) with every request, and the full figures of 30 areas are over 100 KB of JSON.
 * The tables (sent beside) carry the rest.
 */
export function dashboardForPage(d: Dashboard) {
  return {
    areas: d.areas,
    focusAreas: d.focusAreas,
    total: d.total,
    byFocus: d.byFocus,
    matrix: Object.fromEntries(
      Object.entries(d.matrix).map(([focus, row]) => [
        focus,
        Object.fromEntries(
          Object.entries(row).map(([area, f]) => [area, { activities: f.activities, budget: f.budget, health: f.health }]),
        ),
      ]),
    ),
  };
}
