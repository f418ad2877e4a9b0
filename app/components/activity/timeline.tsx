import type { IndicatorDirection, IndicatorKind } from "../../domain/constants";
import { formatDate, formatNumber } from "../../i18n/format";
import type { MessageKey } from "../../i18n/i18n";
import { useTranslation } from "../../i18n/use-translation";
import type { HistoryEntry, HistoryRevision, HistoryUpdate } from "../../models/history.server";
import { HealthBadge, StatusBadge } from "../badges";

/**
 * The activity's history, newest first: status updates, and changes to its indicators' definitions. Neither
 * is ever edited: a correction is a new entry.
 */
export function Timeline({ entries }: { entries: HistoryEntry[] }) {
  const { t } = useTranslation();
  if (entries.length === 0) return <p>{t("timeline.empty")}</p>;
  return (
    <ol className="timeline">
      {entries.map((e) =>
        e.type === "update" ? <UpdateEntry key={`update-${e.id}`} entry={e} /> : <RevisionItem key={`revision-${e.id}`} entry={e} />,
      )}
    </ol>
  );
}

// Text next to text is written as one template string: React separates adjacent text children with <!-- -->.
function UpdateEntry({ entry: e }: { entry: HistoryUpdate }) {
  const { t, lang } = useTranslation();
  return (
    <li className="timeline-entry">
      <p className="timeline-meta">
        <strong>{formatDate(lang, e.reportedOn)}</strong>
        {` · ${t("timeline.by", { name: e.reportedBy })}`}
      </p>
      <p>
        {e.previousStatus && e.previousStatus !== e.status ? (
          <>
            {`${t("timeline.statusChange")} `}
            <StatusBadge status={e.previousStatus} /> → <StatusBadge status={e.status} />{" "}
          </>
        ) : (
          <>
            <StatusBadge status={e.status} />{" "}
          </>
        )}
        <HealthBadge health={e.health} />
        {e.healthReason ? ` ${e.healthReason}` : null}
      </p>
      {e.note ? <p className="timeline-note">{e.note}</p> : null}
      {e.actuals.length > 0 ? (
        <ul className="timeline-actuals">
          {e.actuals.map((a) => (
            <li key={a.indicatorId}>{`${a.name}: ${formatNumber(lang, a.value, 2)} ${a.unit}`}</li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

const FIELD_LABELS: Record<string, MessageKey> = {
  name: "timeline.field.name",
  unit: "indicator.unit",
  baseline: "indicator.baseline",
  target: "indicator.target",
  direction: "indicator.directionLabel",
  kind: "indicator.kindLabel",
};

/** "Indikator ændret: Mål 20 → 25 · Begrundelse: …", or "Indikator udgået · Begrundelse: …". */
function RevisionItem({ entry: e }: { entry: HistoryRevision }) {
  const { t, lang } = useTranslation();
  const show = (field: string, value: unknown): string => {
    if (typeof value === "number") return formatNumber(lang, value, 2);
    if (field === "direction") return t(`indicator.direction.${value as IndicatorDirection}`);
    if (field === "kind") return t(`indicator.kind.${value as IndicatorKind}`);
    return String(value);
  };
  const changes = Object.keys(FIELD_LABELS)
    .filter((field) => field in e.after)
    .map((field) => {
      const before = e.before[field as keyof typeof e.before];
      const after = e.after[field as keyof typeof e.after];
      return `${t(FIELD_LABELS[field] as MessageKey)} ${show(field, before)} → ${show(field, after)}`;
    });
  return (
    <li className="timeline-entry timeline-revision">
      <p className="timeline-meta">
        <strong>{formatDate(lang, e.changedOn)}</strong>
        {` · ${t("timeline.by", { name: e.changedBy })} · ${t("timeline.indicator", { name: e.indicatorName })}`}
      </p>
      <p>
        {e.kind === "retire" ? t("timeline.indicatorRetired") : `${t("timeline.indicatorChanged")} ${changes.join(", ")}`}
        {e.reason ? ` · ${t("timeline.reason", { reason: e.reason })}` : null}
      </p>
    </li>
  );
}
