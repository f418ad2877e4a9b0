import { getFilterOptions } from "../models/area.server";
import { parseFundingFilters } from "../utils/filters";

/** The /funding filters (also /funding.csv) from a URL, against what exists; unknown values are ignored and named. */
export function fundingFiltersFromUrl(url: URL) {
  const options = getFilterOptions();
  const parsed = parseFundingFilters(url.searchParams, {
    areaSlugs: options.areas.map((a) => a.slug),
    focusCodes: options.focusAreas.map((f) => f.code),
    planSlugs: options.plans.map((p) => p.slug),
  });
  return { ...parsed, options };
}
