import type { IndicatorKind } from "./constants";

export type Actual = { reportedOn: string; order: number; value: number };

/**
 * The indicator's current value: the sum of the period actuals for a cumulative indicator, the latest
 * actual otherwise (latest by report date, then by the order it was reported). Null before any actual.
 */
export function currentValue(kind: IndicatorKind, actuals: readonly Actual[]): number | null {
  if (actuals.length === 0) return null;
  if (kind === "cumulative") return actuals.reduce((sum, a) => sum + a.value, 0);
  let latest = actuals[0] as Actual;
  for (const a of actuals) {
    if (a.reportedOn > latest.reportedOn || (a.reportedOn === latest.reportedOn && a.order > latest.order)) latest = a;
  }
  return latest.value;
}

export type Progress =
  | { kind: "undefined" }
  | { kind: "progress"; /** 0–1, clamped */ share: number; /** unclamped, for "exceeded" */ raw: number; exceeded: boolean };

/**
 * Progress toward target = (current − baseline) ÷ (target − baseline). The same formula serves
 * higher-is-better and lower-is-better (where the target lies below the baseline, both differences are
 * negative). Shown clamped to 0–100 %, with "exceeded" above 100 %. Undefined (shown "—", never 0 %) when
 * the target equals the baseline or nothing has been reported yet.
 */
export function indicatorProgress(baseline: number, target: number, current: number | null): Progress {
  if (current === null || target === baseline || !Number.isFinite(current)) return { kind: "undefined" };
  const raw = (current - baseline) / (target - baseline);
  return { kind: "progress", share: Math.min(1, Math.max(0, raw)), raw, exceeded: raw > 1 };
}
