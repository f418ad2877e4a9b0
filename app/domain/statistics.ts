/**
 * Area statistics (issue 14): figures that describe a housing area per year, such as the four criteria of
 * almenboligloven § 61 a. They sit beside what the activities report and are never mixed with it.
 */
import type { IndicatorDirection } from "./constants";

/** The years a figure may be for (a spreadsheet row outside them is refused). */
export const STATISTIC_FIRST_YEAR = 1990;
export const STATISTIC_LAST_YEAR = 2100;

export function isStatisticYear(year: number): boolean {
  return Number.isInteger(year) && year >= STATISTIC_FIRST_YEAR && year <= STATISTIC_LAST_YEAR;
}

/** What the threshold of a measure says about a value. */
export type MeasureThreshold = { threshold: number | null; inclusive: boolean; direction: IndicatorDirection };

/**
 * Whether a value meets a measure's criterion: lies on the worse side of its threshold (above it when lower is
 * better, below it when higher is better), or on it when the threshold itself counts ("mindst tre gange").
 * Null when the measure has no threshold.
 */
export function meetsCriterion(value: number, m: MeasureThreshold): boolean | null {
  if (m.threshold === null) return null;
  if (value === m.threshold) return m.inclusive;
  return m.direction === "lower" ? value > m.threshold : value < m.threshold;
}

export type YearValue = { year: number; value: number };

/**
 * A measure's trend in an area: the latest figure, the first one shown, and whether the change between them
 * is for the better (by the measure's direction). Null without figures; `better` is null with a single figure
 * or no change.
 */
export function statisticTrend(
  values: readonly YearValue[],
  direction: IndicatorDirection,
): { latest: YearValue; first: YearValue; change: number; better: boolean | null } | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a.year - b.year);
  const first = sorted[0] as YearValue;
  const latest = sorted[sorted.length - 1] as YearValue;
  const change = latest.value - first.value;
  const better = sorted.length < 2 || change === 0 ? null : direction === "lower" ? change < 0 : change > 0;
  return { latest, first, change, better };
}

/** What a spreadsheet row of statistics names: an area and a measure as people write them, and a year. */
export type StatisticRowKey = { area: string; measure: string; year: number };

/** The areas and measures a row may name, as stored. */
export type StatisticLookup = {
  areas: readonly { id: number; slug: string; name: string }[];
  measures: readonly { id: number; code: string; nameDa: string; nameEn: string }[];
};

export type StatisticRowProblem = { field: "area" | "measure" | "year"; problem: "area-unknown" | "measure-unknown" | "duplicate" };

export type ResolvedStatisticRow = { ok: true; areaId: number; measureId: number } | { ok: false; problems: StatisticRowProblem[] };

const fold = (text: string) => text.normalize("NFC").trim().toLocaleLowerCase("da-DK");

/**
 * Finds the area (by slug or name) and measure (by code, Danish or English name) each row names, ignoring
 * case and spaces at the ends, and refuses a row for the same area, measure and year as an earlier row: the
 * file would say two things about one figure. A row with `null` (its fields did not parse) takes part in
 * nothing. Pure: the caller gives the areas and measures. Results are in the rows' order.
 */
export function resolveStatisticRows(rows: readonly (StatisticRowKey | null)[], lookup: StatisticLookup): (ResolvedStatisticRow | null)[] {
  const areaBy = new Map<string, number>();
  for (const a of lookup.areas) for (const key of [a.slug, a.name]) areaBy.set(fold(key), a.id);
  const measureBy = new Map<string, number>();
  for (const m of lookup.measures) for (const key of [m.code, m.nameDa, m.nameEn]) measureBy.set(fold(key), m.id);
  const seen = new Set<string>();
  return rows.map((row) => {
    if (row === null) return null;
    const problems: StatisticRowProblem[] = [];
    const areaId = areaBy.get(fold(row.area));
    const measureId = measureBy.get(fold(row.measure));
    if (areaId === undefined) problems.push({ field: "area", problem: "area-unknown" });
    if (measureId === undefined) problems.push({ field: "measure", problem: "measure-unknown" });
    if (areaId === undefined || measureId === undefined) return { ok: false, problems };
    const key = `${areaId}|${measureId}|${row.year}`;
    if (seen.has(key)) return { ok: false, problems: [{ field: "year", problem: "duplicate" }] };
    seen.add(key);
    return { ok: true, areaId, measureId };
  });
}
