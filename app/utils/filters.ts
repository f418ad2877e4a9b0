import {
  ACTIVITY_STATUSES,
  FUNDING_STATES,
  type ActivityStatus,
  type FundingState,
} from "./domain";

/** The `/activities` filters, also used by `/activities.csv` and linked to from dashboards: keep names stable. */
export type ActivityFilters = {
  areas: string[];
  focus: string[];
  statuses: ActivityStatus[];
  funding: FundingState[];
  q: string;
  /** Only activities with an open fundraising flag. */
  flagged: boolean;
  page: number;
};

export type IgnoredFilter = { param: string; value: string };

export const PAGE_SIZE = 50;
/** Longer searches are cut, not refused: the page must answer normally whatever is typed. */
export const MAX_QUERY_LENGTH = 200;
/** A filter that repeats more than this is surely not a person's choice; the rest is ignored. */
const MAX_VALUES_PER_FILTER = 50;

/** The known values of a (repeatable, or comma-separated) URL filter; unknown ones go to `ignored`. */
export function pickValues<T extends string>(
  params: URLSearchParams,
  name: string,
  known: ReadonlySet<string>,
  ignored: IgnoredFilter[],
): T[] {
  const chosen: T[] = [];
  for (const raw of params.getAll(name)) {
    // A comma-separated list is accepted too, as dashboards may build one.
    for (const part of raw.split(",")) {
      const value = part.trim();
      if (value === "") continue;
      if (known.has(value) && chosen.length < MAX_VALUES_PER_FILTER) {
        if (!chosen.includes(value as T)) chosen.push(value as T);
      } else {
        ignored.push({ param: name, value: value.slice(0, 60) });
      }
    }
  }
  return chosen;
}

/**
 * Reads the list filters from a URL. Unknown values are not errors: they are left out and reported,
 * so a stale bookmark still opens the list and says what it ignored.
 */
export function parseActivityFilters(
  params: URLSearchParams,
  known: { areaSlugs: readonly string[]; focusCodes: readonly string[] },
): { filters: ActivityFilters; ignored: IgnoredFilter[] } {
  const ignored: IgnoredFilter[] = [];
  const areas = pickValues<string>(params, "area", new Set(known.areaSlugs), ignored);
  const focus = pickValues<string>(params, "focus", new Set(known.focusCodes), ignored);
  const statuses = pickValues<ActivityStatus>(params, "status", new Set(ACTIVITY_STATUSES), ignored);
  const funding = pickValues<FundingState>(params, "funding", new Set(FUNDING_STATES), ignored);

  const q = (params.get("q") ?? "").normalize("NFC").trim().slice(0, MAX_QUERY_LENGTH);
  const flagged = pickValues<string>(params, "flagged", new Set(["1", "true"]), ignored).length > 0;

  let page = 1;
  const rawPage = params.get("page");
  if (rawPage !== null && rawPage !== "") {
    if (/^\d{1,6}$/.test(rawPage) && Number(rawPage) >= 1) page = Number(rawPage);
    else ignored.push({ param: "page", value: rawPage.slice(0, 60) });
  }

  return { filters: { areas, focus, statuses, funding, q, flagged, page }, ignored };
}

/** The query string for a set of filters, without the page unless asked; for links and the CSV. */
export function filtersToSearch(filters: Partial<ActivityFilters>, options: { page?: number } = {}): string {
  const params = new URLSearchParams();
  for (const area of filters.areas ?? []) params.append("area", area);
  for (const code of filters.focus ?? []) params.append("focus", code);
  for (const status of filters.statuses ?? []) params.append("status", status);
  for (const state of filters.funding ?? []) params.append("funding", state);
  if (filters.q) params.set("q", filters.q);
  if (filters.flagged) params.set("flagged", "1");
  if (options.page && options.page > 1) params.set("page", String(options.page));
  const search = params.toString();
  return search ? `?${search}` : "";
}

/** The `/funding` filters (also `/funding.csv`): area, focus area, plan, and only flagged activities. */
export type FundingPageFilters = { areas: string[]; focus: string[]; plans: string[]; flagged: boolean };

export function parseFundingFilters(
  params: URLSearchParams,
  known: { areaSlugs: readonly string[]; focusCodes: readonly string[]; planSlugs: readonly string[] },
): { filters: FundingPageFilters; ignored: IgnoredFilter[] } {
  const ignored: IgnoredFilter[] = [];
  const areas = pickValues<string>(params, "area", new Set(known.areaSlugs), ignored);
  const focus = pickValues<string>(params, "focus", new Set(known.focusCodes), ignored);
  const plans = pickValues<string>(params, "plan", new Set(known.planSlugs), ignored);
  const flaggedValues = pickValues<string>(params, "flagged", new Set(["1", "true"]), ignored);
  return { filters: { areas, focus, plans, flagged: flaggedValues.length > 0 }, ignored };
}

export function fundingFiltersToSearch(filters: FundingPageFilters): string {
  const params = new URLSearchParams();
  for (const a of filters.areas) params.append("area", a);
  for (const f of filters.focus) params.append("focus", f);
  for (const p of filters.plans) params.append("plan", p);
  if (filters.flagged) params.set("flagged", "1");
  const search = params.toString();
  return search ? `?${search}` : "";
}
