import { type Lang, translator } from "../i18n/i18n";
import { dashboardOptions, getDashboard } from "../models/dashboard.server";
import { coFinancingWarnings } from "../models/funding.server";
import { parseDashboardFilters } from "../utils/filters";
import { today } from "../utils/today.server";
import { buildTables } from "./dashboard-tables.server";

/** Everything /dashboard (and its CSV) shows, from the URL's filters. */
export function loadDashboardPage(url: URL, lang: Lang, options: { areaParam?: string } = {}) {
  const known = dashboardOptions();
  const { filters, ignored } = parseDashboardFilters(
    url.searchParams,
    { areaSlugs: known.areas.map((a) => a.slug), planSlugs: known.plans.map((p) => p.slug) },
    options,
  );
  const dashboard = getDashboard(filters, today());
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
