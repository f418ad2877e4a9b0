import { formatMeasure } from "../../i18n/format";
import { useTranslation } from "../../i18n/use-translation";
import type { AreaMeasure } from "../../views/outcomes.server";
import { ScrollArea } from "../scroll-area";
import { CriterionBadge, SourceLine, Sparkline, ThresholdText } from "./measure-value";

/**
 * An area's statistics (`/areas/:slug`): each measure's latest figure with its source and year, the trend
 * since the first year shown (a line drawn on the server beside the words), the criterion and whether it is
 * met; and every year's figures in a table of their own.
 */
export function AreaStatistics({ measures, years }: { measures: AreaMeasure[]; years: number[] }) {
  const { t, lang } = useTranslation();
  if (measures.every((m) => m.figures.length === 0)) return <p>{t("area.noStatistics")}</p>;
  return (
    <>
      <ScrollArea label={t("area.statistics")}>
        <table className="table table--compact statistics-table">
          <thead>
            <tr>
              <th scope="col">{t("statistics.col.measure")}</th>
              <th scope="col">{t("statistics.col.latest")}</th>
              <th scope="col">{t("statistics.col.trend")}</th>
              <th scope="col">{t("statistics.col.threshold")}</th>
            </tr>
          </thead>
          <tbody>
            {measures.map(({ measure, figures, latest, trend }) => (
              <tr key={measure.code}>
                <th scope="row">
                  {measure.name}
                  {measure.description ? (
                    <>
                      <br />
                      <span className="muted small">{measure.description}</span>
                    </>
                  ) : null}
                </th>
                <td>
                  {latest ? (
                    <>
                      <strong className="figure-value">{formatMeasure(lang, latest.value, measure.unit)}</strong> ({latest.year})
                      <br />
                      <CriterionBadge meets={latest.meets} />
                      <br />
                      <SourceLine source={latest.source} year={latest.year} sourceDate={latest.sourceDate} />
                    </>
                  ) : (
                    t("common.none")
                  )}
                </td>
                <td>
                  {trend && figures.length > 1 ? (
                    <>
                      <Sparkline values={figures} />
                      <br />
                      {t("statistics.trendFrom", {
                        value: formatMeasure(lang, trend.first.value, measure.unit),
                        year: String(trend.first.year),
                      })}
                      {trend.better === null ? null : <> · {t(trend.better ? "statistics.better" : "statistics.worse")}</>}
                    </>
                  ) : (
                    t("common.none")
                  )}
                </td>
                <td>
                  <ThresholdText measure={measure} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>
      {years.length > 1 ? (
        <details className="chart-figures">
          <summary>{t("statistics.allYears")}</summary>
          <ScrollArea label={t("statistics.allYears")}>
            <table className="table table--compact">
              <thead>
                <tr>
                  <th scope="col">{t("statistics.col.measure")}</th>
                  {years.map((y) => (
                    <th scope="col" className="num" key={y}>
                      {y}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {measures.map(({ measure, figures }) => (
                  <tr key={measure.code}>
                    <th scope="row">{measure.name}</th>
                    {years.map((y) => {
                      const f = figures.find((x) => x.year === y);
                      return (
                        <td className="num" key={y}>
                          {f ? formatMeasure(lang, f.value, measure.unit) : t("common.none")}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollArea>
          <p className="small">
            {t("statistics.sourcesOf", {
              sources: [...new Set(measures.flatMap((m) => m.figures.map((f) => f.source)))].join("; "),
            })}
          </p>
        </details>
      ) : null}
    </>
  );
}
