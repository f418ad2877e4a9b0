import { formatMoney, formatPercent } from "../../i18n/format";
import { useTranslation } from "../../i18n/use-translation";

/**
 * Plan years below LBF's 25 % local co-financing, with the amount that would lift each to 25 %. A module of
 * its own: the dashboard and the board pack show it without loading the funding tables' code.
 */
export function CoFinancingWarnings({
  warnings,
}: {
  warnings: { plan: { name: string }; year: number | null; share: number | null; amountMissing: number }[];
}) {
  const { t, lang } = useTranslation();
  if (warnings.length === 0) return null;
  return (
    <div className="alert alert-warning cofinancing-warning" role="status">
      <div className="alert-body">
        <p className="alert-heading">{t("cofinancing.warningHeading")}</p>
        <ul className="alert-text">
          {warnings.map((w) => (
            <li key={`${w.plan.name}-${w.year ?? "all"}`}>
              {t(w.year === null ? "cofinancing.warningPlan" : "cofinancing.warningYear", {
                plan: w.plan.name,
                year: String(w.year ?? ""),
                share: formatPercent(lang, w.share ?? 0, 1),
                missing: formatMoney(lang, w.amountMissing),
              })}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
