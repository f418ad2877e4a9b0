import { formatDate } from "../i18n/format";
import { useTranslation } from "../i18n/use-translation";
import type { Change } from "../models/board-pack.server";
import { HealthBadge, StatusBadge } from "./badges";
import { useHydrated } from "./charts/use-hydrated";

/** Status and health changes, newest first: what moved since the last meeting. */
export function ChangeList({ changes }: { changes: Change[] }) {
  const { t, lang } = useTranslation();
  if (changes.length === 0) return <p>{t("boardPack.noChanges")}</p>;
  return (
    <ul className="pack-list">
      {changes.map((c, i) => (
        <li key={`${c.activityId}-${i}`}>
          {formatDate(lang, c.reportedOn)}: <strong>{c.title}</strong>{" "}
          {c.previousStatus && c.previousStatus !== c.status ? (
            <>
              <StatusBadge status={c.previousStatus} /> → <StatusBadge status={c.status} />{" "}
            </>
          ) : null}
          {c.previousHealth && c.previousHealth !== c.health ? (
            <>
              <HealthBadge health={c.previousHealth} /> → <HealthBadge health={c.health} />
            </>
          ) : null}
          {!c.previousStatus ? (
            <>
              {t("boardPack.firstReport")} <HealthBadge health={c.health} />
            </>
          ) : null}
          {c.healthReason ? <> – {c.healthReason}</> : null}
        </li>
      ))}
    </ul>
  );
}

/** Opens the browser's print dialogue (print or save as PDF); without JavaScript the hint beside it says how. */
export function PrintButton() {
  const { t } = useTranslation();
  const hydrated = useHydrated();
  if (!hydrated) return null;
  return (
    <button type="button" className="button button-secondary" onClick={() => window.print()}>
      {t("boardPack.print")}
    </button>
  );
}
