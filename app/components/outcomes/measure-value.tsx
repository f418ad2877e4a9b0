import { formatDate, formatMeasure } from "../../i18n/format";
import { useTranslation } from "../../i18n/use-translation";

type Threshold = {
  threshold: number | null;
  thresholdInclusive: boolean;
  thresholdSource: string;
  direction: "higher" | "lower";
  unit: string;
};

/** Where a measure's criterion lies, in words: "Kriterium: over 40 %" (and its legal source). */
export function ThresholdText({ measure }: { measure: Threshold }) {
  const { t, lang } = useTranslation();
  if (measure.threshold === null) return <>{t("common.none")}</>;
  const value = formatMeasure(lang, measure.threshold, measure.unit);
  const key =
    measure.direction === "lower"
      ? measure.thresholdInclusive
        ? "statistics.threshold.lowerInclusive"
        : "statistics.threshold.lower"
      : measure.thresholdInclusive
        ? "statistics.threshold.higherInclusive"
        : "statistics.threshold.higher";
  return (
    <>
      {t(key, { value })}
      {measure.thresholdSource ? <span className="muted small"> ({measure.thresholdSource})</span> : null}
    </>
  );
}

/** Whether a value meets the measure's criterion, in words (never by colour alone). */
export function CriterionBadge({ meets }: { meets: boolean | null }) {
  const { t } = useTranslation();
  if (meets === null) return null;
  return (
    <span className={`criterion ${meets ? "criterion-met" : "criterion-not-met"}`}>
      <span aria-hidden="true">{meets ? "▲ " : "● "}</span>
      {t(meets ? "statistics.meets" : "statistics.notMet")}
    </span>
  );
}

/** "Kilde: Danmarks Statistik, 2024 (1. dec. 2024)": where a figure comes from, and for which year. */
export function SourceLine({ source, year, sourceDate }: { source: string; year: number; sourceDate: string | null }) {
  const { t, lang } = useTranslation();
  return (
    <span className="source-line">
      {sourceDate
        ? t("statistics.sourceDated", { source, year: String(year), date: formatDate(lang, sourceDate) })
        : t("statistics.source", { source, year: String(year) })}
    </span>
  );
}

/**
 * A small line of a measure's values over the years, drawn on the server (no script): it repeats the figures
 * beside it for sighted readers, so assistive technology skips it.
 */
export function Sparkline({ values }: { values: { year: number; value: number }[] }) {
  if (values.length < 2) return null;
  const width = 96;
  const height = 24;
  const min = Math.min(...values.map((v) => v.value));
  const max = Math.max(...values.map((v) => v.value));
  const span = max - min || 1;
  const points = values
    .map((v, i) => {
      const x = (i / (values.length - 1)) * (width - 4) + 2;
      const y = height - 2 - ((v.value - min) / span) * (height - 4);
      return `${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(" ");
  return (
    <svg className="sparkline" width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false">
      <polyline points={points} fill="none" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}
