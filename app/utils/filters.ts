import {
  ACTIVITY_STATUSES,
  type ActivityStatus,
  FUNDING_STATES,
  type FundingState,
  type Health,
  HEALTHS,
  MEETING_BODIES,
  type MeetingBody,
} from "../domain/constants";
import { type ActivityFilters } from "../domain/filters";
import { isPageNumber } from "../domain/pagination";
import { isIsoDate } from "./dates";

export { type ActivityFilters, PAGE_SIZE } from "../domain/filters";

export type IgnoredFilter = { param: string; value: string };

/** Longer searches are cut, not refused: the page must answer normally whatever is typed. */
export const MAX_QUERY_LENGTH = 200;
/** A filter that repeats more than this is surely not a person's choice; the rest is ignored. */
const MAX_VALUES_PER_FILTER = 50;

/** The known values of a (repeatable, or comma-separated) URL filter; unknown ones go to `ignored`. */
function pickValues<T extends string>(params: URLSearchParams, name: string, known: ReadonlySet<string>, ignored: IgnoredFilter[]): T[] {
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
  known: { areaSlugs: readonly string[]; focusCodes: readonly string[]; planSlugs?: readonly string[] },
): { filters: ActivityFilters; ignored: IgnoredFilter[] } {
  const ignored: IgnoredFilter[] = [];
  const areas = pickValues<string>(params, "area", new Set(known.areaSlugs), ignored);
  const focus = pickValues<string>(params, "focus", new Set(known.focusCodes), ignored);
  const statuses = pickValues<ActivityStatus>(params, "status", new Set(ACTIVITY_STATUSES), ignored);
  const health = pickValues<Health>(params, "health", new Set(HEALTHS), ignored);
  const funding = pickValues<FundingState>(params, "funding", new Set(FUNDING_STATES), ignored);
  const plans = pickValues<string>(params, "plan", new Set(known.planSlugs ?? []), ignored);

  const q = (params.get("q") ?? "").normalize("NFC").trim().slice(0, MAX_QUERY_LENGTH);
  const flagged = pickValues<string>(params, "flagged", new Set(["1", "true"]), ignored).length > 0;
  const date = (name: string) => {
    const value = params.get(name)?.trim();
    if (!value) return null;
    if (isIsoDate(value)) return value;
    ignored.push({ param: name, value: value.slice(0, 60) });
    return null;
  };
  const from = date("from");
  const to = date("to");

  let page = 1;
  const rawPage = params.get("page");
  if (rawPage !== null && rawPage !== "") {
    if (isPageNumber(rawPage)) page = Number(rawPage);
    else ignored.push({ param: "page", value: rawPage.slice(0, 60) });
  }

  return { filters: { areas, focus, statuses, health, funding, plans, q, flagged, from, to, page }, ignored };
}

/** The query string for a set of filters, without the page unless asked; for links and the CSV. */
export function filtersToSearch(filters: Partial<ActivityFilters>, options: { page?: number } = {}): string {
  const params = new URLSearchParams();
  for (const area of filters.areas ?? []) params.append("area", area);
  for (const code of filters.focus ?? []) params.append("focus", code);
  for (const status of filters.statuses ?? []) params.append("status", status);
  for (const h of filters.health ?? []) params.append("health", h);
  for (const state of filters.funding ?? []) params.append("funding", state);
  for (const plan of filters.plans ?? []) params.append("plan", plan);
  if (filters.q) params.set("q", filters.q);
  if (filters.flagged) params.set("flagged", "1");
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
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

/** The /dashboard, /compare and /board-pack filters: plan, areas, period, and per-1,000-residents. */
export type DashboardPageFilters = {
  plans: string[];
  areas: string[];
  from: string | null;
  to: string | null;
  per1000: boolean;
};

export function parseDashboardFilters(
  params: URLSearchParams,
  known: { areaSlugs: readonly string[]; planSlugs: readonly string[] },
  options: { areaParam?: string } = {},
): { filters: DashboardPageFilters; ignored: IgnoredFilter[] } {
  const ignored: IgnoredFilter[] = [];
  const plans = pickValues<string>(params, "plan", new Set(known.planSlugs), ignored);
  const areas = pickValues<string>(params, options.areaParam ?? "area", new Set(known.areaSlugs), ignored);
  const date = (name: string) => {
    const value = params.get(name)?.trim();
    if (!value) return null;
    if (isIsoDate(value)) return value;
    ignored.push({ param: name, value: value.slice(0, 60) });
    return null;
  };
  let from = date("from");
  let to = date("to");
  if (from && to && from > to) [from, to] = [to, from];
  const per = params.get("per");
  if (per !== null && per !== "" && per !== "1000") ignored.push({ param: "per", value: per.slice(0, 60) });
  return { filters: { plans, areas, from, to, per1000: per === "1000" }, ignored };
}

export function dashboardFiltersToSearch(filters: DashboardPageFilters, overrides: Partial<DashboardPageFilters> = {}): string {
  const f = { ...filters, ...overrides };
  const params = new URLSearchParams();
  for (const p of f.plans) params.append("plan", p);
  for (const a of f.areas) params.append("area", a);
  if (f.from) params.set("from", f.from);
  if (f.to) params.set("to", f.to);
  if (f.per1000) params.set("per", "1000");
  const search = params.toString();
  return search ? `?${search}` : "";
}

/**
 * A `/compare` link for `areas` (its columns follow their order) under the plan, period and per-1,000 choice of
 * `filters`, and the statistics year and measure when given. The areas stay comma-separated, as people type them.
 */
export function compareSearch(
  areas: readonly string[],
  filters: Omit<DashboardPageFilters, "areas">,
  extra: { year?: number | null; measure?: string | null } = {},
): string {
  const params = new URLSearchParams();
  for (const p of filters.plans) params.append("plan", p);
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  if (filters.per1000) params.set("per", "1000");
  if (extra.year) params.set("year", String(extra.year));
  if (extra.measure) params.set("measure", extra.measure);
  const rest = params.toString();
  return `?areas=${areas.map(encodeURIComponent).join(",")}${rest ? `&${rest}` : ""}`;
}

/** The /meetings filters: which bodies and which years (none chosen: all). */
export type MeetingPageFilters = { bodies: MeetingBody[]; years: number[] };

export function parseMeetingFilters(
  params: URLSearchParams,
  knownYears: readonly number[],
): { filters: MeetingPageFilters; ignored: IgnoredFilter[] } {
  const ignored: IgnoredFilter[] = [];
  const bodies = pickValues<MeetingBody>(params, "body", new Set(MEETING_BODIES), ignored);
  const years = pickValues<string>(params, "year", new Set(knownYears.map(String)), ignored).map(Number);
  return { filters: { bodies, years }, ignored };
}
