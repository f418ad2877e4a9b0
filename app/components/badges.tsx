import type { ActivityStatus, FlagPriority, FundingState, Health } from "../domain/constants";
import type { Translator } from "../i18n/i18n";
import { useTranslation } from "../i18n/use-translation";

const HEALTH_ICON: Record<Health, string> = { green: "●", amber: "▲", red: "■" };

/** Health as colour, shape and word, so it never depends on colour alone. */
export function HealthBadge({ health }: { health: Health }) {
  const { t } = useTranslation();
  return (
    <span className={`health health-${health}`}>
      <span aria-hidden="true" className="health-icon">
        {HEALTH_ICON[health]}
      </span>
      {/* One text node: a space and the word as two would be split by a <!-- --> marker in every badge. */}
      {` ${t(`health.${health}`)}`}
    </span>
  );
}

/** How many activities are green, amber and red, in words that agree with each count ("1 grøn, 2 gule, 0 røde"). */
export function healthMixLabel({ t, tn }: Pick<Translator, "t" | "tn">, mix: Record<Health, number>): string {
  return t("dashboard.healthMixLabel", {
    green: tn("healthMix.green", mix.green),
    amber: tn("healthMix.amber", mix.amber),
    red: tn("healthMix.red", mix.red),
  });
}

export function StatusBadge({ status }: { status: ActivityStatus }) {
  const { t } = useTranslation();
  return <span className={`status status-${status}`}>{t(`status.${status}`)}</span>;
}

export function FundingBadge({ state }: { state: FundingState }) {
  const { t } = useTranslation();
  return <span className={`funding funding-${state}`}>{t(`funding.${state}`)}</span>;
}

/** A fundraising flag's priority (here with the other badges: lists show it without the flag panel's forms). */
export function FlagBadge({ priority }: { priority: FlagPriority }) {
  const { t } = useTranslation();
  return <span className={`flag flag-${priority}`}>{`⚑ ${t(`flag.priority.${priority}`)}`}</span>;
}
