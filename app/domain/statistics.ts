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
