/**
 * Outcomes the board can compare (issue 14): activities' indicators linked to a shared indicator add up per
 * area, and an LBF report reads goal achievement from indicators against their targets.
 */
import type { IndicatorKind } from "./constants";
import { type Actual, currentValue, indicatorProgress, type Progress } from "./indicators";

/** An activity's indicator linked to a shared indicator, with the areas its activity runs in. */
export type LinkedIndicator = {
  activityId: number;
  kind: IndicatorKind;
  /** Retired indicators count in nothing (decision 012). */
  retiredOn: string | null;
  /** The areas (slugs) the activity runs in: its figures are split evenly across them, as budgets are. */
  areas: readonly string[];
  actuals: readonly Actual[];
};

export type AreaOutcome = {
  /** The sum over linked indicators of each one's current value ÷ its activity's number of areas. */
  total: number;
  /** Activities in the area with a linked (not retired) indicator. */
  activities: number;
  /** Of those, the ones that have reported a figure for it. */
  reporting: number;
};

/**
 * Adds up linked indicators per area: each indicator's current value (the sum of its actuals when
 * cumulative, the latest otherwise) is split evenly across its activity's areas, so that the areas add up to
 * the city's total. An activity counts once in each of its areas; one with two linked indicators counts once.
 * Areas with no linked activity are absent.
 */
export function aggregateLinked(linked: readonly LinkedIndicator[]): Map<string, AreaOutcome> {
  const out = new Map<string, AreaOutcome & { seen: Set<number>; reported: Set<number> }>();
  for (const indicator of linked) {
    if (indicator.retiredOn !== null || indicator.areas.length === 0) continue;
    const value = currentValue(indicator.kind, indicator.actuals);
    const share = value === null ? 0 : value / indicator.areas.length;
    for (const area of indicator.areas) {
      const entry = out.get(area) ?? { total: 0, activities: 0, reporting: 0, seen: new Set(), reported: new Set() };
      entry.total += share;
      entry.seen.add(indicator.activityId);
      if (value !== null) entry.reported.add(indicator.activityId);
      entry.activities = entry.seen.size;
      entry.reporting = entry.reported.size;
      out.set(area, entry);
    }
  }
  return new Map([...out].map(([area, { total, activities, reporting }]) => [area, { total, activities, reporting }]));
}

/**
 * A link from an activity's indicator to a shared one must count the same thing in the same way: the same
 * unit (ignoring case and spaces at the ends) and the same kind. Null when it may link, else what differs.
 */
export function linkMismatch(
  indicator: { unit: string; kind: IndicatorKind },
  shared: { unit: string; kind: IndicatorKind },
): "unit" | "kind" | null {
  const fold = (u: string) => u.normalize("NFC").trim().toLocaleLowerCase("da-DK");
  if (fold(indicator.unit) !== fold(shared.unit)) return "unit";
  if (indicator.kind !== shared.kind) return "kind";
  return null;
}

/** An indicator measured against its target for a report. */
export type Achievement = { progress: Progress; met: boolean };

/**
 * Goal achievement (målopfyldelse): progress = (current − baseline) ÷ (target − baseline), the same formula
 * for lower-is-better indicators (their target lies below the baseline, so both differences are negative and
 * a fall counts as progress). Met when the target is reached or passed in the better direction.
 */
export function goalAchievement(baseline: number, target: number, current: number | null): Achievement {
  const progress = indicatorProgress(baseline, target, current);
  return { progress, met: progress.kind === "progress" && progress.raw >= 1 };
}

export type AchievementSummary = {
  indicators: number;
  /** Indicators with a progress figure (a figure reported, target ≠ baseline). */
  measured: number;
  met: number;
  /** The mean of the clamped (0–100 %) progress of the measured ones; null when none is measured. */
  averageProgress: number | null;
};

export function summariseAchievement(achievements: readonly Achievement[]): AchievementSummary {
  const measured = achievements.flatMap((a) => (a.progress.kind === "progress" ? [a.progress.share] : []));
  return {
    indicators: achievements.length,
    measured: measured.length,
    met: achievements.filter((a) => a.met).length,
    averageProgress: measured.length === 0 ? null : measured.reduce((n, s) => n + s, 0) / measured.length,
  };
}
