import { formatDate, formatNumber } from "../../i18n/format";
import { useTranslation } from "../../i18n/use-translation";
import type { TimelineEntry } from "../../models/status-update.server";
import { HealthBadge, StatusBadge } from "../badges";

/** Every status update, newest first. Updates are never edited: a correction is a new entry. */
export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  const { t, lang } = useTranslation();
  if (entries.length === 0) return <p>{t("timeline.empty")}</p>;
  return (
    <ol className="timeline">
      {entries.map((e) => (
        <li key={e.id} className="timeline-entry">
          <p className="timeline-meta">
            <strong>{formatDate(lang, e.reportedOn)}</strong> · {t("timeline.by", { name: e.reportedBy })}
          </p>
          <p>
            {e.previousStatus && e.previousStatus !== e.status ? (
              <>
                {t("timeline.statusChange")} <StatusBadge status={e.previousStatus} /> → <StatusBadge status={e.status} />{" "}
              </>
            ) : (
              <>
                <StatusBadge status={e.status} />{" "}
              </>
            )}
            <HealthBadge health={e.health} />
            {e.healthReason ? <> {e.healthReason}</> : null}
          </p>
          {e.note ? <p className="timeline-note">{e.note}</p> : null}
          {e.actuals.length > 0 ? (
            <ul className="timeline-actuals">
              {e.actuals.map((a) => (
                <li key={a.indicatorId}>
                  {a.name}: {formatNumber(lang, a.value, 2)} {a.unit}
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
