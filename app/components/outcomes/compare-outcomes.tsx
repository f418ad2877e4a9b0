import { formatDate, formatMeasure, formatNumber } from "../../i18n/format";
import { useTranslation } from "../../i18n/use-translation";
import type { CompareStatistics, SharedOutcomeView } from "../../views/outcomes.server";
import { ScrollArea } from "../scroll-area";
import { CriterionBadge, SourceLine, ThresholdText } from "./measure-value";

type Area = { slug: string; name: string };

/** The chosen areas' statistics for one year, side by side, each figure with its source and year. */
export function CompareStatisticsTable({ areas, statistics }: { areas: Area[]; statistics: CompareStatistics }) {
  const { t, lang } = useTranslation();
  if (statistics.year === null) return <p>{t("compare.noStatistics")}</p>;
  const title = t("compare.statisticsTitle", { year: String(statistics.year) });
  return (
    <ScrollArea label={title}>
      <table className="table table--compact statistics-table">
        <caption className="sr-only">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t("statistics.col.measure")}</th>
            {areas.map((a) => (
              <th scope="col" key={a.slug}>
                {a.name}
              </th>
            ))}
            <th scope="col">{t("statistics.col.threshold")}</th>
          </tr>
        </thead>
        <tbody>
          {statistics.rows.map(({ measure, cells }) => (
            <tr key={measure.code}>
              <th scope="row">{measure.name}</th>
              {areas.map((a) => {
                const cell = cells[a.slug];
                return (
                  <td key={a.slug}>
                    {cell ? (
                      <>
                        <strong className="figure-value">{formatMeasure(lang, cell.value, measure.unit)}</strong>
                        <br />
                        <CriterionBadge meets={cell.meets} />
                        <br />
                        <SourceLine source={cell.source} year={cell.year} sourceDate={cell.sourceDate} />
                      </>
                    ) : (
                      <span title={t("compare.noFigure")}>{t("common.none")}</span>
                    )}
                  </td>
                );
              })}
              <td>
                <ThresholdText measure={measure} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}

/** What the activities reached, by shared indicator: per area the total, the rate per 1,000 residents and who reports. */
export function CompareSharedTable({ areas, outcomes, asOf }: { areas: Area[]; outcomes: SharedOutcomeView[]; asOf: string }) {
  const { t, tn, lang } = useTranslation();
  if (outcomes.length === 0) return <p>{t("compare.noShared")}</p>;
  return (
    <>
      <ScrollArea label={t("outcomes.sharedHeading")}>
        <table className="table table--compact statistics-table">
          <caption className="sr-only">{t("outcomes.sharedHeading")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("shared.col.name")}</th>
              {areas.map((a) => (
                <th scope="col" key={a.slug}>
                  {a.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {outcomes.map((o) => (
              <tr key={o.id}>
                <th scope="row">
                  {o.name} <span className="muted">({o.unit})</span>
                </th>
                {areas.map((a) => {
                  const cell = o.cells[a.slug];
                  return (
                    <td key={a.slug}>
                      {cell ? (
                        <>
                          <strong className="figure-value">
                            {cell.perThousand === null
                              ? t("common.none")
                              : t("outcomes.perThousandShort", { rate: formatNumber(lang, cell.perThousand, 1) })}
                          </strong>
                          <br />
                          {t("outcomes.total", { total: formatNumber(lang, cell.total, 1), unit: o.unit })}
                          <br />
                          <span className="small">{tn("outcomes.reporting", cell.activities, { reporting: cell.reporting })}</span>
                        </>
                      ) : (
                        <span className="small">{t("outcomes.noActivity")}</span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>
      <p className="small source-line">{t("outcomes.sharedSourceAsOf", { date: formatDate(lang, asOf) })}</p>
    </>
  );
}
