import { Link } from "@remix-run/react";

import type { Progress } from "../../domain/indicators";
import { formatDate, formatNumber, formatPercent } from "../../i18n/format";
import { useTranslation } from "../../i18n/use-translation";
import type { IndicatorView } from "../../models/status-update.server";
import { ScrollArea } from "../scroll-area";

function ProgressText({ progress }: { progress: Progress }) {
  const { t, lang } = useTranslation();
  if (progress.kind === "undefined") return <span title={t("indicator.undefinedHint")}>{t("common.none")}</span>;
  return (
    <span className="progress">
      <span className="progress-bar" aria-hidden="true">
        <span className="progress-fill" style={{ width: `${Math.round(progress.share * 100)}%` }} />
      </span>
      {formatPercent(lang, progress.share)}
      {progress.exceeded ? <> ({t("indicator.exceeded")})</> : null}
    </span>
  );
}

/**
 * The activity's indicators with their progress. A retired one keeps its row and its last value, marked
 * retired instead of a progress figure. `editBase` (for those who may change them) adds an edit link per row.
 */
export function IndicatorsTable({ indicators, editBase }: { indicators: IndicatorView[]; editBase?: string }) {
  const { t, lang } = useTranslation();
  const n = (v: number | null) => (v === null ? t("common.none") : formatNumber(lang, v, 2));
  if (indicators.length === 0) return <p>{t("indicator.none")}</p>;
  return (
    <ScrollArea label={t("indicator.heading")}>
      <table className="table table--compact">
        <thead>
          <tr>
            <th scope="col">{t("indicator.name")}</th>
            <th scope="col" className="num">
              {t("indicator.baseline")}
            </th>
            <th scope="col" className="num">
              {t("indicator.target")}
            </th>
            <th scope="col" className="num">
              {t("indicator.current")}
            </th>
            <th scope="col">{t("indicator.progress")}</th>
            {editBase ? (
              <th scope="col">
                <span className="sr-only">{t("indicatorEdit.link")}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {indicators.map((i) => (
            <tr key={i.id} className={i.retiredOn ? "indicator-retired" : undefined}>
              <th scope="row">
                {i.name} <span className="muted">({i.unit})</span>
                <br />
                <span className="muted small">
                  {t(`indicator.direction.${i.direction}`)} · {t(`indicator.kind.${i.kind}`)}
                  {i.shared ? <> · {t("shared.linkedTo", { name: lang === "da" ? i.shared.nameDa : i.shared.nameEn })}</> : null}
                </span>
              </th>
              <td className="num">{n(i.baseline)}</td>
              <td className="num">{n(i.target)}</td>
              <td className="num">{n(i.current)}</td>
              <td>
                {i.retiredOn ? (
                  <span className="muted">{t("indicatorEdit.retired", { date: formatDate(lang, i.retiredOn) })}</span>
                ) : (
                  <ProgressText progress={i.progress} />
                )}
              </td>
              {editBase ? (
                <td>
                  <Link to={`${editBase}/${i.id}`} aria-label={t("indicatorEdit.linkLabel", { name: i.name })}>
                    {t("indicatorEdit.link")}
                  </Link>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}
