import { type Lang, translator } from "../i18n/i18n";
import { dashboardOptions, getDashboard } from "../models/dashboard.server";
import { coFinancingWarnings } from "../models/funding.server";
import { parseDashboardFilters } from "../utils/filters";
import { today } from "../utils/today.server";
import { buildTables } from "./dashboard-tables.server";

/**
 * Everything /dashboard (and its CSV) shows, from the URL's filters. With `inChosenOrder` the areas come in the
 * order the URL names them (/compare's columns), else by name.
 */
export function loadDashboardPage(url: URL, lang: Lang, options: { areaParam?: string; inChosenOrder?: boolean } = {}) {
  const known = dashboardOptions();
  const { filters, ignored } = parseDashboardFilters(
    url.searchParams,
    { areaSlugs: known.areas.map((a) => a.slug), planSlugs: known.plans.map((p) => p.slug) },
    options,
  );
  const dashboard = getDashboard(filters, today());
  if (options.inChosenOrder) dashboard.areas.sort((a, b) => filters.areas.indexOf(a.slug) - filters.areas.indexOf(b.slug));
  return {
    filters,
    ignored,
    options: known,
    dashboard,
    tables: buildTables(dashboard, filters, lang, filters.per1000),
    warnings: coFinancingWarnings(filters.plans),
    t: translator(lang).t,
  };
}

/** /compare, /compare.csv and /compare.xlsx: the chosen `areas` side by side, in the order the URL names them. */
export function loadComparePage(url: URL, lang: Lang) {
  return loadDashboardPage(url, lang, { areaParam: "areas", inChosenOrder: true });
}
